import * as z from 'zod/mini';
import { civilDateSchema } from '../dates/civil-date.js';
import { SijitongError } from '../errors.js';
import { checkWith } from '../i18n/zod.js';
import { instantSchema } from './instant.js';
import { caseDecisionSchema, SUSPENSION_REASONS } from './status.js';
import { casesMessages } from '../i18n/messages/cases.js';

/** Every lifecycle event a case can receive, in the usual order of a case's life. */
export const CASE_EVENT_TYPES = [
  'submit',
  'startPreReview',
  'accept',
  'reject',
  'requestCorrection',
  'supplyCorrection',
  'startProcessing',
  'suspend',
  'resume',
  'extend',
  'conclude',
  'withdraw',
] as const;

/** The name of a lifecycle event; see {@link CASE_EVENT_TYPES}. */
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** Fields every event carries; they become the history entry the event appends. */
const common = {
  /** When it happened (ISO 8601 with offset). */
  at: instantSchema,
  /** 环节名称 as the province calls it. */
  step: z.optional(z.string()),
  /** Public opinion (办理意见) for the history. */
  opinion: z.optional(z.string()),
  /** The department that acted. */
  department: z.optional(z.string()),
  /** The official who acted. */
  handler: z.optional(z.string()),
};

const reasonText = /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1));

/** The applicant sends a draft (提交). */
export const submitEventSchema = /* @__PURE__ */ z.object({
  /** The event's name. */
  type: z.literal('submit'),
  ...common,
});
/** The office starts checking the materials (预审). */
export const startPreReviewEventSchema = /* @__PURE__ */ z.object({
  /** The event's name. */
  type: z.literal('startPreReview'),
  ...common,
});
/** Formal acceptance (受理) on `on`: the deadline clock starts. */
export const acceptEventSchema = /* @__PURE__ */ z.object({
  /** The event's name. */
  type: z.literal('accept'),
  /** 受理日期: the clock counts from the day after. */
  on: civilDateSchema,
  ...common,
});
/** Refusal to accept (不予受理) with the reason the applicant is told. */
export const rejectEventSchema = /* @__PURE__ */ z.object({
  /** The event's name. */
  type: z.literal('reject'),
  /** Why the application is not accepted (required). */
  reason: reasonText,
  ...common,
});
/** Ask the applicant to supply or fix materials (补齐补正), listing them in `items`. */
export const requestCorrectionEventSchema = /* @__PURE__ */ z.object({
  /** The event's name. */
  type: z.literal('requestCorrection'),
  /** The day of the notice; after acceptance the clock stands still from this day. */
  on: civilDateSchema,
  /** The materials to supply or fix (一次性告知). */
  items: z.optional(z.array(z.string())),
  ...common,
});
/** The applicant supplied the corrections on `on`. */
export const supplyCorrectionEventSchema = /* @__PURE__ */ z.object({
  /** The event's name. */
  type: z.literal('supplyCorrection'),
  /** The day the corrections arrived: the last day of the correction suspension. */
  on: civilDateSchema,
  ...common,
});
/** Review starts (审查). */
export const startProcessingEventSchema = /* @__PURE__ */ z.object({
  /** The event's name. */
  type: z.literal('startProcessing'),
  ...common,
});
/** The clock stops from `on` (挂起/特别程序开始). */
export const suspendEventSchema = /* @__PURE__ */ z.object({
  /** The event's name. */
  type: z.literal('suspend'),
  /** The first day the clock stands still. */
  on: civilDateSchema,
  /** Correction wait or special procedure. */
  reason: z.enum(SUSPENSION_REASONS),
  /** The special procedure: 检验检测, 专家评审, 听证, 公示… */
  procedure: z.optional(z.string()),
  ...common,
});
/** The suspension ends on `on` (特别程序结束); the clock runs again from the next day. */
export const resumeEventSchema = /* @__PURE__ */ z.object({
  /** The event's name. */
  type: z.literal('resume'),
  /** The last day the clock stands still. */
  on: civilDateSchema,
  ...common,
});
/** An approved extension (延期) of `workingDays`. */
export const extendEventSchema = /* @__PURE__ */ z.object({
  /** The event's name. */
  type: z.literal('extend'),
  /** Working days added to the limit. */
  workingDays: z.int().check(z.minimum(1)),
  /** The day the extension was approved. */
  approvedOn: civilDateSchema,
  /** Why (told to the applicant). */
  reason: z.optional(z.string()),
  ...common,
});

function assertDenialReason(e: { decision: string; reason?: string | undefined }): void {
  if (e.decision === 'denied' && (e.reason === undefined || e.reason.trim() === '')) {
    throw new SijitongError(casesMessages, 'CASE_DENIAL_REASON_REQUIRED', {}, { path: ['reason'] });
  }
}

/** The decision (办结) on `on`: approved with its certificate, or denied with a reason. */
export const concludeEventSchema = /* @__PURE__ */ z
  .object({
    /** The event's name. */
    type: z.literal('conclude'),
    /** 办结日期. */
    on: civilDateSchema,
    /** 准予 (`approved`) or 不予 (`denied`). */
    decision: caseDecisionSchema,
    /** 结果名称 / 证照名称. */
    name: z.optional(z.string()),
    /** 证照编号. */
    licenceNumber: z.optional(z.string()),
    /** Issue date of the result; defaults to `on` when approved. */
    issuedOn: z.optional(civilDateSchema),
    /** Required when denied. */
    reason: z.optional(z.string()),
    /** Fee charged in fen (integer). */
    feeFen: z.optional(z.int().check(z.minimum(0))),
    ...common,
  })
  .check(checkWith(assertDenialReason));
/** The case is returned by the office or withdrawn by the applicant (退件/撤回). */
export const withdrawEventSchema = /* @__PURE__ */ z.object({
  /** The event's name. */
  type: z.literal('withdraw'),
  /** The day the case was returned or withdrawn. */
  on: civilDateSchema,
  /** Why (told to the applicant). */
  reason: z.optional(z.string()),
  ...common,
});

/** zod schema of any lifecycle event, discriminated by `type`. */
export const caseEventSchema = /* @__PURE__ */ z.discriminatedUnion('type', [
  submitEventSchema,
  startPreReviewEventSchema,
  acceptEventSchema,
  rejectEventSchema,
  requestCorrectionEventSchema,
  supplyCorrectionEventSchema,
  startProcessingEventSchema,
  suspendEventSchema,
  resumeEventSchema,
  extendEventSchema,
  concludeEventSchema,
  withdrawEventSchema,
]);

/** A lifecycle event given to {@link transitionCase}; a discriminated union on `type`. */
export type CaseEvent = z.infer<typeof caseEventSchema>;
/** The event of one `type`, e.g. `CaseEventOf<'accept'>`. */
export type CaseEventOf<T extends CaseEventType> = Extract<
  CaseEvent,
  {
    /** The event's name. */
    type: T;
  }
>;
