import * as z from 'zod/mini';

/**
 * The canonical lifecycle states of a case (办件), onto which every provincial status list maps:
 *
 * - `draft` 草稿 — being filled in, not yet sent;
 * - `submitted` 收件 — received by the office;
 * - `preReview` 预审 — materials being checked before acceptance;
 * - `accepted` 受理 — formally accepted: the deadline clock starts on `acceptedOn`;
 * - `notAccepted` 不予受理 — refused at the door (terminal);
 * - `correctionRequested` 补齐补正 — the applicant must supply or fix materials;
 * - `processing` 审查/决定 — under review or awaiting the decision;
 * - `suspended` 挂起/特别程序 — clock stopped (inspection, expert review, hearing, publicity…);
 * - `concluded` 办结 — decided; whether approved or denied is in `result.decision` (terminal);
 * - `withdrawn` 退件/撤回 — returned by the office or withdrawn by the applicant (terminal).
 */
export const CASE_STATUSES = [
  'draft',
  'submitted',
  'preReview',
  'accepted',
  'notAccepted',
  'correctionRequested',
  'processing',
  'suspended',
  'concluded',
  'withdrawn',
] as const;

/** zod schema of a canonical {@link CaseStatus}. */
export const caseStatusSchema = /* @__PURE__ */ z.enum(CASE_STATUSES);

/** One canonical lifecycle state of a case; see {@link CASE_STATUSES}. */
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/** The states a case never leaves: 不予受理, 办结, 退件/撤回. */
export const TERMINAL_CASE_STATUSES: readonly CaseStatus[] = ['notAccepted', 'concluded', 'withdrawn'];

/** True when a case in `status` is closed for good (不予受理, 办结 or 退件/撤回). */
export function isTerminalCaseStatus(status: CaseStatus): boolean {
  return TERMINAL_CASE_STATUSES.includes(status);
}

/** The two decisions a concluded case can carry: 准予 (`approved`) or 不予 (`denied`). */
export const CASE_DECISIONS = ['approved', 'denied'] as const;

/** zod schema of a {@link CaseDecision}. */
export const caseDecisionSchema = /* @__PURE__ */ z.enum(CASE_DECISIONS);

/** The decision of a concluded case. */
export type CaseDecision = z.infer<typeof caseDecisionSchema>;

/** Why a deadline clock is stopped: waiting for a correction (补正) or a special procedure (特别程序). */
export const SUSPENSION_REASONS = ['correction', 'specialProcedure'] as const;

/** Why a deadline clock is stopped; see {@link SUSPENSION_REASONS}. */
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];
