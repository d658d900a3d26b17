import * as z from 'zod/mini';
import { SijitongError, type IssuePath } from '../errors.js';
import { translate, type Locale, type MessageKey, type MessageParams, type Messages } from './define.js';
import type { MessageCode } from './index.js';
import { commonMessages } from './messages/common.js';

/** The `params` a zod issue raised by this kit carries, so it can be localised later. */
export interface SijitongIssueParams {
  /** The message code of the problem. */
  readonly code: MessageCode;
  /** The values its message is built from. */
  readonly values: MessageParams;
  /** The message in every locale, rendered when the issue was raised. */
  readonly messages: Readonly<Record<Locale, string>>;
}

/** One problem found in an input: where, what (stable code) and a message in the asked locale. */
export interface LocalizedIssue {
  /** Where in the input, as property names and array indexes. */
  readonly path: readonly PropertyKey[];
  /** Stable message code, e.g. `RESIDENT_ID_CHECKSUM` or `SCHEMA_INVALID_TYPE`. */
  readonly code: MessageCode;
  /** The values the message is built from. */
  readonly params: MessageParams;
  /** The message in the asked locale. */
  readonly message: string;
}

/** A zod issue read as a message code of the catalogue and its params. */
export interface DescribedIssue {
  /** Stable message code. */
  readonly code: MessageCode;
  /** The values the message is built from. */
  readonly params: MessageParams;
}

/**
 * A zod/mini check that runs `validate` (a function that throws {@link SijitongError}) and turns
 * its error into a zod issue whose message is zh-CN and whose params keep the code and values,
 * so {@link localizeIssue} can render it in any locale.
 */
export function checkWith<T>(validate: (value: T) => unknown): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => {
    try {
      validate(value);
    } catch (error) {
      if (!(error instanceof SijitongError)) throw error;
      const params: SijitongIssueParams = {
        code: error.code,
        values: error.params,
        messages: { 'zh-CN': error.message, en: error.localized('en') },
      };
      ctx.addIssue({ code: 'custom', message: error.message, params, input: value, path: [...error.path] });
    }
  });
}

function isIssueParams(value: unknown): value is SijitongIssueParams {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { messages?: unknown }).messages === 'object'
  );
}

function listOf(values: readonly unknown[] | undefined): string {
  return (values ?? []).map((v) => String(v)).join(', ');
}

type SchemaCode = MessageKey<typeof commonMessages>;

/** zod's own issues, read as a code of the common catalogue and its params. */
function describeZodIssue(issue: z.core.$ZodIssue): { code: SchemaCode; params: MessageParams } {
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'SCHEMA_INVALID_TYPE', params: { expected: issue.expected } };
    case 'too_small':
      return { code: 'SCHEMA_TOO_SMALL', params: { minimum: String(issue.minimum) } };
    case 'too_big':
      return { code: 'SCHEMA_TOO_BIG', params: { maximum: String(issue.maximum) } };
    case 'invalid_format':
      return { code: 'SCHEMA_INVALID_FORMAT', params: { format: issue.format } };
    case 'invalid_value':
      return { code: 'SCHEMA_INVALID_VALUE', params: { values: listOf(issue.values) } };
    case 'unrecognized_keys':
      return { code: 'SCHEMA_UNRECOGNIZED_KEYS', params: { keys: listOf(issue.keys) } };
    default:
      return { code: 'SCHEMA_INVALID', params: {} };
  }
}

/** Maps any zod issue (ours or zod's own) onto a message code and params of the catalogues. */
export function describeIssue(issue: z.core.$ZodIssue): DescribedIssue {
  if (issue.code === 'custom' && isIssueParams(issue.params)) return { code: issue.params.code, params: issue.params.values };
  return describeZodIssue(issue);
}

/** Renders one zod issue in `locale`, keeping its path. */
export function localizeIssue(issue: z.core.$ZodIssue, locale: Locale = 'zh-CN'): LocalizedIssue {
  if (issue.code === 'custom' && isIssueParams(issue.params)) {
    const { code, values, messages } = issue.params;
    return { path: issue.path, code, params: values, message: messages[locale] };
  }
  const { code, params } = describeZodIssue(issue);
  return { path: issue.path, code, params, message: translate(commonMessages, code, params, locale) };
}

/** Renders every issue of a zod error in `locale`. */
export function localizeZodError(error: z.core.$ZodError, locale: Locale = 'zh-CN'): LocalizedIssue[] {
  return error.issues.map((issue) => localizeIssue(issue, locale));
}

/**
 * The path of a zod issue (or `[]` for none) as an {@link IssuePath}; a symbol key, which the
 * kit's schemas never produce, becomes its text.
 * @internal
 */
export function issuePathOf(issue: z.core.$ZodIssue | undefined): (string | number)[] {
  return (issue?.path ?? []).map((key) => (typeof key === 'symbol' ? String(key) : key));
}

/**
 * Turns one zod issue into a {@link SijitongError} with its code, params, messages and path
 * (after `prefix`), for APIs that throw a single error rather than a list of issues.
 * @internal
 */
export function errorFromIssue(issue: z.core.$ZodIssue, prefix: IssuePath = [], cause?: unknown): SijitongError {
  const { code, params, message } = localizeIssue(issue, 'zh-CN');
  const en = localizeIssue(issue, 'en').message;
  const path = [...prefix, ...issuePathOf(issue)];
  // The messages are already filled in; a one-entry catalogue carries them.
  const messages = { 'zh-CN': { [code]: message }, en: { [code]: en } } as Messages<MessageCode>;
  return new SijitongError(messages, code, params, { path, cause });
}
