import type * as z from 'zod/mini';
import { SijitongError } from '../errors.js';
import { errorFromIssue } from '../i18n/zod.js';
import { commonMessages } from '../i18n/messages/common.js';

/**
 * Turns the first issue of a zod error into a {@link SijitongError} keeping its code, params and
 * path, for APIs that return or throw one error rather than a list of issues.
 * @internal
 */
export function errorFromZod(error: z.core.$ZodError, prefix: readonly (string | number)[] = []): SijitongError {
  const issue = error.issues[0];
  if (issue === undefined) return new SijitongError(commonMessages, 'SCHEMA_INVALID', {}, { path: prefix });
  return errorFromIssue(issue, prefix, error);
}

/** Copies `value` without its `undefined` properties, so optional fields stay absent. @internal */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}
