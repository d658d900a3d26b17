import * as z from 'zod/mini';
import { SijitongError } from '../errors.js';
import { translate, type Locale } from '../i18n/define.js';
import type { MessageCode } from '../i18n/index.js';
import { casesMessages } from '../i18n/messages/cases.js';
import { checkWith } from '../i18n/zod.js';
import { instantSchema } from './instant.js';

/** zod schema of a 好差评 level: 5 非常满意 … 1 非常不满意 (GB/T 39735-2020). */
export const satisfactionLevelSchema = /* @__PURE__ */ z.literal([5, 4, 3, 2, 1]);

/** A 好差评 level from 5 (非常满意, very satisfied) down to 1 (非常不满意, very dissatisfied). */
export type SatisfactionLevel = z.infer<typeof satisfactionLevelSchema>;

/** One level of the five-level scale with the catalogue key of its label. */
export interface SatisfactionLevelInfo {
  /** The level, 5 (best) to 1 (worst). */
  readonly level: SatisfactionLevel;
  /** Catalogue key of its label (非常满意 / Very satisfied …); render with {@link satisfactionLabel}. */
  readonly labelKey: MessageCode;
  /** True for 2 and 1: a reason is then required and the rating is followed up. */
  readonly reasonRequired: boolean;
}

/** The five levels, best first: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意. */
export const SATISFACTION_LEVELS: readonly SatisfactionLevelInfo[] = [
  { level: 5, labelKey: 'satisfaction.5', reasonRequired: false },
  { level: 4, labelKey: 'satisfaction.4', reasonRequired: false },
  { level: 3, labelKey: 'satisfaction.3', reasonRequired: false },
  { level: 2, labelKey: 'satisfaction.2', reasonRequired: true },
  { level: 1, labelKey: 'satisfaction.1', reasonRequired: true },
];

/** The label of a level in `locale`, e.g. `satisfactionLabel(5)` → 非常满意. */
export function satisfactionLabel(level: SatisfactionLevel, locale: Locale = 'zh-CN'): string {
  return translate(casesMessages, `satisfaction.${level}`, {}, locale);
}

/** True when a rating at `level` must give a reason (不满意 and 非常不满意). */
export function isLowSatisfaction(level: SatisfactionLevel): boolean {
  return level <= 2;
}

function assertReason(value: { level: SatisfactionLevel; reason?: string | undefined }): void {
  if (isLowSatisfaction(value.level) && (value.reason === undefined || value.reason.trim() === '')) {
    throw new SijitongError(casesMessages, 'SATISFACTION_REASON_REQUIRED', { level: value.level }, { path: ['reason'] });
  }
}

/**
 * zod schema of one evaluation (一次一评): a level, a reason (required for levels 2 and 1, error
 * `SATISFACTION_REASON_REQUIRED` at path `['reason']`), a free comment and when it was given.
 */
export const satisfactionSchema = /* @__PURE__ */ z
  .object({
    /** 5 非常满意 … 1 非常不满意. */
    level: satisfactionLevelSchema,
    /** Why the applicant is dissatisfied; required for levels 2 and 1. */
    reason: z.optional(z.string()),
    /** Free comment. */
    comment: z.optional(z.string()),
    /** When the evaluation was given. */
    at: instantSchema,
  })
  .check(checkWith(assertReason));

/** One evaluation of a case; see {@link satisfactionSchema}. */
export type Satisfaction = z.infer<typeof satisfactionSchema>;
