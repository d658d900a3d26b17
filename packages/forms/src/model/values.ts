import type { FieldType } from '../schema/field-types.js';
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

const STRING_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set<string>([
  'text', 'textarea', 'money', 'date', 'select', 'radio', 'mobile', 'email', 'residentId', 'creditCode', 'division', 'address', 'computed',
]);

/** Whether `value` has the shape a field of `type` stores (see {@link FormValues}). @internal */
export function fitsType(type: FieldType, value: unknown): boolean {
  if (STRING_TYPES.has(type)) return typeof value === 'string';
  switch (type) {
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'switch':
    case 'declaration': return typeof value === 'boolean';
    case 'checkboxGroup': return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'dateRange': return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'file':
    case 'table': return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null);
    default: return false;
  }
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
