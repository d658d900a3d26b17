import * as z from 'zod/mini';
import { localizeIssue, type Messages } from '@sijitong/core';
import { AdapterError } from '../errors.js';
import { contractMessages } from '../i18n/messages/contract.js';

/** Options of {@link parseResponse} and {@link parseInput}. */
export interface ParseOptions {
  /** What was called, shown in the message, e.g. `cases.lookup` or `GET /api/items`. */
  readonly what: string;
  /** Where `value` sits in a larger document (e.g. `['data']`); prefixed to the reported path. */
  readonly path?: readonly (string | number)[];
}

/** Options of {@link errorFromZod}. @internal */
export interface ErrorFromZodOptions extends ParseOptions {
  /** Mask every string of `value` (of 3 characters or more), not only the offending one: for configurations holding secrets. */
  readonly maskAllStrings?: boolean;
}

/** One step of a path into a response: a property name or an array index. */
export type PathSegment = string | number;
const MASK = '***';

/** `['data', 'items', 3, 'TASK_CODE']` → `data.items[3].TASK_CODE`; the root is `$`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out === '' ? '$' : out;
}

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function stringLeaves(value: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof value === 'string' && value.length >= 3) out.push(value);
  else if (value !== null && typeof value === 'object' && depth < 8 && !ArrayBuffer.isView(value)) {
    for (const entry of Object.values(value)) stringLeaves(entry, out, depth + 1);
  }
  return out;
}

function primitives(...values: unknown[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    // Strings, and numbers long enough to be an identifier sent as a number; small counts stay readable.
    if ((typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Math.abs(v) >= 10_000)) out.push(String(v));
  }
  // Longest first, so a value containing another is masked whole.
  return out.sort((a, b) => b.length - a.length);
}

/** A message with every occurrence of the offending input replaced, so no personal data leaks. */
function redact(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const secret of secrets) out = out.split(secret).join(MASK);
  return out;
}

/**
 * One zod issue's code and zh-CN/en messages with the offending value masked (`***`), so no
 * personal data or secret shows; `maskAllStrings` masks every string of `value` too.
 * @internal
 */
export function describeIssueSafely(
  issue: z.core.$ZodIssue,
  value: unknown,
  maskAllStrings = false,
): { readonly code: string; readonly message: string; readonly messageEn: string } {
  const secrets = primitives(issue.input, at(value, issue.path), ...(maskAllStrings ? stringLeaves(value) : []));
  const zh = localizeIssue(issue, 'zh-CN');
  return { code: zh.code, message: redact(zh.message, secrets), messageEn: redact(localizeIssue(issue, 'en').message, secrets) };
}

/**
 * The {@link AdapterError} of a failed zod parse, in a catalogue whose message takes `{what}`,
 * `{field}`, `{detail}`, `{detailEn}` and `{count}`: the first issue's path and localized
 * explanation with the offending value masked; `cause` lists each issue's path and code only.
 * @internal
 */
export function errorFromZod<C extends string>(
  messages: Messages<C>,
  code: NoInfer<C>,
  error: z.core.$ZodError,
  value: unknown,
  options: ErrorFromZodOptions,
): AdapterError<C> {
  const issues = error.issues;
  const first = issues[0];
  const prefix = options.path ?? [];
  if (first === undefined) {
    return new AdapterError(messages, code, { what: options.what, field: formatPath(prefix), detail: '', detailEn: '', count: 0 }, { path: prefix });
  }
  const { message: detail, messageEn: detailEn } = describeIssueSafely(first, value, options.maskAllStrings === true);
  const path = [...prefix, ...first.path.filter((p): p is PathSegment => typeof p !== 'symbol')];
  // The cause keeps where and what for each issue, never the values.
  const cause = { issues: issues.map((issue) => ({ path: issue.path.map(String), code: localizeIssue(issue).code })) };
  return new AdapterError(
    messages,
    code,
    {
      what: options.what,
      field: formatPath(path),
      detail,
      detailEn,
      count: issues.length,
    },
    { path, cause },
  );
}

/**
 * Parses what a province returned with `schema` and returns the typed value. A mismatch throws
 * {@link AdapterError} `RESPONSE_INVALID` naming the first bad field's path (e.g.
 * `data.items[3].implementationCode`) with core's localized explanation; the offending value is
 * masked in the message (a response may carry personal data) and `cause` lists every issue's path
 * and code, never values.
 *
 * @example const progress = parseResponse(caseProgressSchema, mapped, { what: 'cases.lookup', path: ['data'] });
 */
export function parseResponse<S extends z.core.$ZodType>(schema: S, value: unknown, options: ParseOptions): z.output<S> {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return result.data;
  throw errorFromZod(contractMessages, 'RESPONSE_INVALID', result.error, value, options);
}

/**
 * Like {@link parseResponse} for what a caller hands an adapter (an application, a lookup query, a
 * configuration…): a mismatch throws `INPUT_INVALID` naming the field, values masked.
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, value: unknown, options: ParseOptions): z.output<S> {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return result.data;
  throw errorFromZod(contractMessages, 'INPUT_INVALID', result.error, value, options);
}
