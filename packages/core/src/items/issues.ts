import * as z from 'zod/mini';
import type { IssuePath } from '../errors.js';
import { formatMessage, type Locale, type MessageCode, type MessageParams } from '../i18n/index.js';
import type { SijitongIssueParams } from '../i18n/zod.js';

/** A problem found in an item or a bundle: where (path), what (stable code) and its facts. */
export interface ItemIssue {
  /** Where in the item or bundle, e.g. `['materials', 2, 'id']`. */
  readonly path: IssuePath;
  /** Stable code; branch on it, never on a message. */
  readonly code: MessageCode;
  /** Values the message is built from. */
  readonly params: MessageParams;
}

/** How serious a finding is: an `error` makes an item invalid, a `warning` does not. */
export type FindingSeverity = 'error' | 'warning';

/** One finding of {@link validateItem}: an {@link ItemIssue} with a severity and a message. */
export interface ItemFinding extends ItemIssue {
  /** `error` (the item fails validation) or `warning` (it passes, but an audit would flag it). */
  readonly severity: FindingSeverity;
  /** The message, zh-CN unless a locale was asked for; see {@link localizeFinding}. */
  readonly message: string;
}

/**
 * The same finding with its message in `locale`.
 *
 * @example localizeFinding(result.findings[0], 'en').message
 */
export function localizeFinding(finding: ItemFinding, locale: Locale): ItemFinding {
  return { ...finding, message: formatMessage(finding.code, finding.params, locale) };
}

/**
 * A zod/mini check that reports every issue `collect` yields, each with a zh-CN message and params
 * keeping the code, like `checkWith` but for many issues at once. It runs only when the value has
 * no issue yet (cross-field rules on a half-valid value would only add noise).
 * @internal
 */
export function checkIssues<T>(collect: (value: T) => Iterable<ItemIssue>): z.core.$ZodCheck<T> {
  const report = (value: T, ctx: z.core.$RefinementCtx<T>): void => {
    for (const issue of collect(value)) {
      const params: SijitongIssueParams = { code: issue.code, values: issue.params };
      ctx.addIssue({
        code: 'custom',
        message: formatMessage(issue.code, issue.params),
        params,
        input: value,
        path: [...issue.path],
      });
    }
  };
  return z.superRefine<T>(report, { when: (payload) => payload.issues.length === 0 });
}

/** Prefixes the path of every issue. @internal */
export function prefixed(prefix: IssuePath, issues: Iterable<ItemIssue>): ItemIssue[] {
  return [...issues].map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}
