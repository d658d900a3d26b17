import { FULLY_ONLINE_DEPTH } from './enums.js';
import type { ItemIssue } from './issues.js';
import { defineRule, type ItemRule } from './rule.js';

/*
 * Audit rules: the quality rules real provincial audits enforce on implementation lists. Items
 * breaking them still parse (provincial data is imperfect); `validateItem` reports them.
 */

/** 即办 ⇔ promised limit 0 ⇔ case kind immediate. */
const immediateMeansZeroDays = defineRule({
  fields: ['promisedLimit', 'caseKind'],
  severity: 'error',
  *check({ promisedLimit, caseKind }): Iterable<ItemIssue> {
    if (caseKind === 'immediate' && promisedLimit.value !== 0) {
      yield { path: ['promisedLimit', 'value'], code: 'ITEM_IMMEDIATE_LIMIT_NOT_ZERO', params: { value: promisedLimit.value } };
    }
    if (caseKind !== 'immediate' && promisedLimit.value === 0) {
      yield { path: ['caseKind'], code: 'ITEM_ZERO_LIMIT_NOT_IMMEDIATE', params: { caseKind } };
    }
  },
});

/** The promised limit does not exceed the legal one (compared only when the units are equal). */
const promisedWithinLegal = defineRule({
  fields: ['promisedLimit', 'legalLimit'],
  severity: 'error',
  *check({ promisedLimit, legalLimit }): Iterable<ItemIssue> {
    if (promisedLimit.unit === legalLimit.unit && promisedLimit.value > legalLimit.value) {
      yield {
        path: ['promisedLimit', 'value'],
        code: 'ITEM_PROMISED_LIMIT_EXCEEDS_LEGAL',
        params: { promised: promisedLimit.value, legal: legalLimit.value, unit: promisedLimit.unit },
      };
    }
  },
});

/** Visits > 0 ⇒ a reason why the applicant must come. */
const visitsNeedReason = defineRule({
  fields: ['visits'],
  severity: 'error',
  *check({ visits }): Iterable<ItemIssue> {
    if (visits.count > 0 && visits.reason === undefined) {
      yield { path: ['visits', 'reason'], code: 'ITEM_VISIT_REASON_REQUIRED', params: { count: visits.count } };
    }
  },
});

/** Zero visits and no online channel ⇒ the applicant can apply by post (channel or delivery). */
const zeroVisitsNeedPost = defineRule({
  fields: ['visits', 'channels', 'delivery'],
  severity: 'error',
  *check({ visits, channels, delivery }): Iterable<ItemIssue> {
    if (visits.count === 0 && !channels.includes('online') && !channels.includes('post') && delivery !== true) {
      yield { path: ['channels'], code: 'ITEM_POST_REQUIRED', params: {} };
    }
  },
});

/** 全程网办 ⇒ zero visits, and the online channel. */
const fullyOnline = defineRule({
  fields: ['onlineDepth', 'visits', 'channels'],
  severity: 'error',
  *check({ onlineDepth, visits, channels }): Iterable<ItemIssue> {
    if (onlineDepth !== FULLY_ONLINE_DEPTH) return;
    if (visits.count > 0) yield { path: ['visits', 'count'], code: 'ITEM_FULLY_ONLINE_HAS_VISITS', params: { count: visits.count } };
    if (!channels.includes('online')) yield { path: ['channels'], code: 'ITEM_FULLY_ONLINE_NOT_ONLINE', params: {} };
  },
});

/** Charged ⇒ at least one fee item, each with a basis. */
const feesNeedItemsAndBasis = defineRule({
  fields: ['fee'],
  severity: 'error',
  *check({ fee }): Iterable<ItemIssue> {
    if (!fee.charged) return;
    if (fee.items.length === 0) yield { path: ['fee', 'items'], code: 'ITEM_FEE_ITEMS_REQUIRED', params: {} };
    for (const [i, feeItem] of fee.items.entries()) {
      if (feeItem.basis === undefined) {
        yield { path: ['fee', 'items', i, 'basis'], code: 'ITEM_FEE_BASIS_REQUIRED', params: { name: feeItem.name } };
      }
    }
  },
});

/** A phone number without spaces, dashes, dots and brackets, for comparison. */
function phoneDigits(phone: string): string {
  return phone.replace(/[\s\-–—.()（）]/g, '');
}

/** The complaint phone differs from the consultation phone. */
const complaintPhoneDiffers = defineRule({
  fields: ['consultation', 'complaint'],
  severity: 'warning',
  *check({ consultation, complaint }): Iterable<ItemIssue> {
    if (consultation.phone === undefined || complaint.phone === undefined) return;
    if (phoneDigits(consultation.phone) === phoneDigits(complaint.phone)) {
      yield { path: ['complaint', 'phone'], code: 'ITEM_COMPLAINT_PHONE_SAME', params: { phone: complaint.phone } };
    }
  },
});

/** Every result has a sample. */
const resultsHaveSamples = defineRule({
  fields: ['results'],
  severity: 'warning',
  *check({ results }): Iterable<ItemIssue> {
    for (const [i, result] of results.entries()) {
      if (result.sample === undefined) {
        yield { path: ['results', i, 'sample'], code: 'ITEM_RESULT_SAMPLE_MISSING', params: { name: result.name } };
      }
    }
  },
});

/** The audit rules, in reporting order. @internal */
export const AUDIT_RULES: readonly ItemRule[] = [
  immediateMeansZeroDays,
  promisedWithinLegal,
  visitsNeedReason,
  zeroVisitsNeedPost,
  fullyOnline,
  feesNeedItemsAndBasis,
  complaintPhoneDiffers,
  resultsHaveSamples,
];
