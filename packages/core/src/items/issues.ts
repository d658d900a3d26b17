import * as z from 'zod/mini';
import type { IssuePath } from '../errors.js';
import { translate, type Locale, type MessageKey, type MessageParams } from '../i18n/define.js';
import { formatMessage, type MessageCode } from '../i18n/index.js';
import { itemsMessages } from '../i18n/messages/items.js';
import { issuePathOf, localizeIssue, type SijitongIssueParams } from '../i18n/zod.js';

/** A problem found in an item or a bundle: where (path), what (stable code) and its facts. */
export interface ItemIssue {
  /** Where in the item or bundle, e.g. `['materials', 2, 'id']`. */
  readonly path: IssuePath;
  /** Stable code; branch on it, never on a message. */
  readonly code: ItemMessageCode;
  /** Values the message is built from. */
  readonly params: MessageParams;
}

/** A code of the items catalogue. */
export type ItemMessageCode = MessageKey<typeof itemsMessages>;

/** The zh-CN or en message of an {@link ItemIssue}. @internal */
export function itemIssueMessage(issue: ItemIssue, locale: Locale = 'zh-CN'): string {
  return translate(itemsMessages, issue.code, issue.params, locale);
}

/** How serious a finding is: an `error` makes an item invalid, a `warning` does not. */
export type FindingSeverity = 'error' | 'warning';

/**
 * One finding of {@link validateItem}: where, what (a code of the items catalogue, or of the
 * catalogue of the field that failed, e.g. `RESIDENT_ID_CHECKSUM`), a severity and a message.
 */
export interface ItemFinding {
  /** Where in the item or bundle, e.g. `['materials', 2, 'id']`. */
  readonly path: IssuePath;
  /** Stable code; branch on it, never on a message. */
  readonly code: MessageCode;
  /** Values the message is built from. */
  readonly params: MessageParams;
  /** `error` (the item fails validation) or `warning` (it passes, but an audit would flag it). */
  readonly severity: FindingSeverity;
  /** The message, zh-CN unless a locale was asked for; see {@link localizeFinding}. */
  readonly message: string;
}

/**
 * Every issue of a zod error as an `error` finding with its message in `locale`. @internal
 */
export function findingsOfZodError(error: z.core.$ZodError, locale: Locale = 'zh-CN'): ItemFinding[] {
  return error.issues.map((issue) => {
    const { code, params, message } = localizeIssue(issue, locale);
    return { path: issuePathOf(issue), code, params, severity: 'error', message };
  });
}

/**
 * The same finding with its message in `locale`. (It reads the package's whole message
 * catalogue, since a finding's code may come from any concept.)
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
      const message = itemIssueMessage(issue);
      const params: SijitongIssueParams = {
        code: issue.code,
        values: issue.params,
        messages: { 'zh-CN': message, en: itemIssueMessage(issue, 'en') },
      };
      ctx.addIssue({
        code: 'custom',
        message,
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
