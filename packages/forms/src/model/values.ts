import type { FormColumn, FormField } from '../schema/form.js';

/**
 * The values of a form by field key. Value shapes: `string` for text-like types, identifiers,
 * `select`, `radio`, `date` (YYYY-MM-DD), `division` (a GB/T 2260 code, 6 or 12 digits) and `money`
 * (a decimal string, e.g. `'1200.50'`); `number`; `boolean` for `switch` and `declaration`;
 * `string[]` for `checkboxGroup`; `{ from, to }` for `dateRange`; {@link FileRef}`[]` for `file`;
 * {@link TableRow}`[]` for `table`.
 */
export type FormValues = Readonly<Record<string, unknown>>;

/** One row of a table: values by column key. */
export type TableRow = Readonly<Record<string, unknown>>;

/** An uploaded file as a form holds it: the upload itself is stored elsewhere (an adapter) and named by `id`. */
export interface FileRef {
  /** Id of the stored upload. */
  readonly id: string;
  /** File name, e.g. `营业执照.pdf`. */
  readonly name: string;
  /** Size in bytes. */
  readonly size: number;
  /** MIME type, e.g. `application/pdf`. */
  readonly type: string;
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** A field value as expressions see it: money as a number, `undefined` as `null`. @internal */
export function toExpressionValue(spec: FormField | FormColumn | undefined, value: unknown): unknown {
  if (value === undefined) return null;
  if (spec?.type === 'money' && typeof value === 'string' && DECIMAL.test(value.trim())) return Number(value);
  return value;
}

/** An expression's result stored as a field value: money as a decimal string of the field's scale. @internal */
export function fromExpressionValue(spec: FormField | FormColumn, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (spec.type === 'money' && typeof value === 'number') {
    const scale = spec.constraints?.scale ?? 2;
    return (Math.round(value * 10 ** scale) / 10 ** scale).toFixed(scale);
  }
  return value;
}

/** Today's date in China (Asia/Shanghai), YYYY-MM-DD: the default for `today()`. @internal */
export function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
