import * as z from 'zod/mini';
import { SijitongError } from '../errors.js';
import type { Locale } from '../i18n/define.js';
import { issuePathOf, localizeIssue } from '../i18n/zod.js';
import { AUDIT_RULES } from './audit-rules.js';
import { INTEGRITY_RULES } from './integrity-rules.js';
import { findingsOfZodError, itemIssueMessage, type ItemFinding } from './issues.js';
import { itemSchema, itemShapeSchema, type Item } from './item.js';
import type { ItemRule } from './rule.js';
import { itemsMessages } from '../i18n/messages/items.js';

/** Result of {@link validateItem}. */
export interface ItemValidationResult {
  /** True when there is no finding of severity `error` (warnings allowed). */
  readonly valid: boolean;
  /** The parsed item, when it satisfies {@link itemSchema} (shape and integrity), even if audit rules fail. */
  readonly item?: Item;
  /** Every finding: field problems first, then integrity and audit rules, in a stable order. */
  readonly findings: ItemFinding[];
}

type Shape = typeof itemShapeSchema.shape;
type FieldName = keyof Shape;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks an item against its schema and every consistency rule, reporting all findings at once.
 *
 * - Field problems come from the schema (codes such as `ITEM_BASIC_CODE_INVALID` or zod's own,
 *   mapped to `SCHEMA_*`).
 * - Integrity rules (errors): the implementation code embeds the basic code; `validTo` ≥
 *   `validFrom`; material ids unique; scenario questions, options, conditions and effects resolve.
 * - Audit rules: 即办 ⇔ promised limit 0 ⇔ case kind immediate; promised ≤ legal limit (same
 *   unit); visits > 0 ⇒ reason; zero visits without online ⇒ post; 全程网办 ⇒ zero visits and
 *   online channel; charged ⇒ fee items each with a basis (errors); complaint phone ≠
 *   consultation phone; every result has a sample (warnings).
 *
 * A rule runs whenever the fields it reads are valid, so one broken field hides nothing else.
 * Messages are zh-CN unless `locale` says otherwise; {@link localizeFinding} converts later.
 *
 * @example
 * ```ts
 * const { valid, findings } = validateItem(json);
 * for (const f of findings) console.log(f.severity, f.path.join('.'), f.message);
 * ```
 */
export function validateItem(input: unknown, locale: Locale = 'zh-CN'): ItemValidationResult {
  const findings: ItemFinding[] = [];
  const shaped = z.safeParse(itemShapeSchema, input);
  if (!shaped.success) findings.push(...findingsOfZodError(shaped.error, locale));
  if (isRecord(input)) {
    const fields = new Map<FieldName, { ok: boolean; value: unknown }>();
    const field = (name: FieldName) => {
      // A valid shape already holds every field parsed; only a broken one is read field by field.
      if (shaped.success) return { ok: true, value: shaped.data[name] };
      let parsed = fields.get(name);
      if (parsed === undefined) {
        const result = z.safeParse(itemShapeSchema.shape[name] as z.core.$ZodType, input[name]);
        parsed = { ok: result.success, value: result.data };
        fields.set(name, parsed);
      }
      return parsed;
    };
    const run = (rule: ItemRule) => {
      const picked: Record<string, unknown> = {};
      for (const name of rule.fields) {
        const parsed = field(name);
        if (!parsed.ok) return;
        picked[name] = parsed.value;
      }
      for (const issue of rule.check(picked as Item)) {
        findings.push({ ...issue, severity: rule.severity, message: itemIssueMessage(issue, locale) });
      }
    };
    INTEGRITY_RULES.forEach(run);
    const integrityFailed = findings.length > 0;
    AUDIT_RULES.forEach(run);
    if (shaped.success && !integrityFailed) {
      return { valid: !findings.some((f) => f.severity === 'error'), item: shaped.data, findings };
    }
  }
  return { valid: false, findings };
}

/**
 * Parses an item with {@link itemSchema} (shape and integrity; audit rules are not applied: use
 * {@link validateItem} for those).
 *
 * @throws {@link SijitongError} `ITEM_INVALID` naming the number of problems and the first one;
 * its `path` is the first problem's path and its `cause` the zod error.
 */
export function parseItem(input: unknown): Item {
  const result = z.safeParse(itemSchema, input);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const path = issuePathOf(first);
  const detail = first === undefined ? '' : localizeIssue(first).message;
  throw new SijitongError(
    itemsMessages,
    'ITEM_INVALID',
    {
      count: result.error.issues.length,
      path: path.length === 0 ? '/' : path.join('.'),
      detail,
    },
    { path, cause: result.error },
  );
}
