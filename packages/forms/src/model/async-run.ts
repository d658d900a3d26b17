import { FormsError } from '../errors.js';
import { isEmptyValue } from '../expressions/values.js';
import { validationMessages } from '../i18n/messages/validation.js';
import type { FormSchema } from '../schema/form.js';
import { fieldsOf } from '../schema/walk.js';
import type { AsyncValidationResult, AsyncValidator, AsyncValidators } from './async.js';
import type { EvaluateOptions, FieldError } from './run.js';
import { validateValues } from './validate.js';
import type { FormValues } from './values.js';

/** Options of {@link runAsyncValidators}. */
export interface AsyncRunOptions extends EvaluateOptions {
  /** Cancels every check still running; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /** Only these fields (e.g. one step's); every field with a validator when omitted. */
  readonly keys?: Iterable<string> | undefined;
}

/**
 * Runs one asynchronous check and turns its outcome into a {@link FieldError} (or `undefined`
 * when the value is fine). A validator that throws or rejects (the network is down) gives
 * `FIELD_ASYNC_UNAVAILABLE`: the value could not be checked, so it is not accepted yet. An abort
 * rejects with the signal's reason. @internal
 */
export async function runAsyncValidator(
  validator: AsyncValidator,
  key: string,
  label: { readonly 'zh-CN': string; readonly en: string },
  values: FormValues,
  options: EvaluateOptions & { readonly signal: AbortSignal },
): Promise<FieldError | undefined> {
  const locale = options.locale ?? 'zh-CN';
  const { signal } = options;
  let result: AsyncValidationResult;
  try {
    result = await validator({ key, value: values[key], values, locale, signal });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    const problem = new FormsError(validationMessages, 'FIELD_ASYNC_UNAVAILABLE', { label: label['zh-CN'], labelEn: label.en });
    return { key, path: [key], code: problem.code, params: problem.params, message: problem.localized(locale) };
  }
  if (signal.aborted) throw signal.reason;
  if (result.ok) return undefined;
  return { key, path: [key], code: result.code, params: {}, message: result.message };
}

/**
 * The asynchronous checks of a form (e.g. "this ID number already has an open case"), run the way
 * `<sjt-form>` runs them on submit: concurrently, only for fields that are visible, filled in and
 * valid by `validateValues` (a malformed ID number is not sent to the network). Returns their
 * errors in document order; the synchronous errors are `validateValues`'s business. A server that
 * re-checks a submission may call it with its own validators.
 *
 * @example
 * ```ts
 * const errors = await runAsyncValidators(schema, values, {
 *   'applicant.idNumber': async ({ value, signal }) =>
 *     (await hasOpenCase(String(value), signal)) ? { ok: false, code: 'OPEN_CASE', message: '该身份证号码已有在办件。' } : { ok: true },
 * });
 * ```
 */
export async function runAsyncValidators(
  schema: FormSchema,
  values: FormValues,
  validators: AsyncValidators,
  options: AsyncRunOptions = {},
): Promise<FieldError[]> {
  const sync = validateValues(schema, values, options);
  const failed = new Set(sync.errors.map((e) => e.key));
  const wanted = options.keys === undefined ? undefined : new Set(options.keys);
  const signal = options.signal ?? new AbortController().signal;
  const labels = new Map(fieldsOf(schema).map(({ field }) => [field.key, field.label]));
  const checks: Promise<FieldError | undefined>[] = [];
  for (const [key, label] of labels) {
    const validator = validators[key];
    if (validator === undefined || failed.has(key) || (wanted !== undefined && !wanted.has(key))) continue;
    if (!Object.hasOwn(sync.values, key) || isEmptyValue(sync.values[key])) continue;
    checks.push(runAsyncValidator(validator, key, label, sync.values, { ...options, signal }));
  }
  return (await Promise.all(checks)).filter((e): e is FieldError => e !== undefined);
}
