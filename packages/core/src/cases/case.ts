import * as z from 'zod/mini';
import { civilDateSchema, toDayNumber } from '../dates/civil-date.js';
import { SijitongError } from '../errors.js';
import { checkWith } from '../i18n/zod.js';
import { mobileNumberSchema, residentIdNumberSchema, unifiedSocialCreditCodeSchema } from '../identifiers/index.js';
import { instantSchema } from './instant.js';
import { satisfactionSchema } from './satisfaction.js';
import { CASE_EVENT_TYPES } from './events.js';
import { caseDecisionSchema, caseStatusSchema, SUSPENSION_REASONS } from './status.js';
import { calendarMessages } from '../i18n/messages/calendar.js';
import { casesMessages } from '../i18n/messages/cases.js';
import { PERSON_ID_TYPES } from '../identifiers/person-id-types.js';

const text = () => z.string().check(z.trim(), z.minLength(1));

/** The exact version of the service item (事项) a case was filed against. */
export const caseItemSchema = /* @__PURE__ */ z.object({
  /** 实施编码 (31 characters observed; not checked here, provinces differ). */
  implementationCode: text(),
  /** 基本编码 (12 characters). */
  basicCode: z.optional(text()),
  /** 事项名称 as it read when the case was filed. */
  name: text(),
  /** The item version the case points at; items are versioned and a case never floats. */
  version: text(),
});

export { PERSON_ID_TYPES, type PersonIdType } from '../identifiers/person-id-types.js';

function checkPersonId(value: { idType: string; idNumber: string }, ctx: z.core.$RefinementCtx<unknown>): void {
  if (value.idType !== 'residentId') return;
  const result = z.safeParse(residentIdNumberSchema, value.idNumber);
  if (result.success) return;
  for (const issue of result.error.issues) {
    ctx.addIssue({ ...issue, input: value.idNumber, path: ['idNumber', ...issue.path] } as z.core.$ZodRawIssue);
  }
}

/**
 * A natural person (自然人) as applicant or agent. With `idType: 'residentId'` the number is checked
 * against GB 11643 (checksum, birth date); passports and other documents are only required non-empty.
 */
export const personPartySchema = /* @__PURE__ */ z
  .object({
    /** Tells a person from an organisation. */
    kind: z.literal('person'),
    /** Full name as on the identity document. */
    name: text(),
    /** The identity document: 居民身份证, passport or other. */
    idType: z.enum(PERSON_ID_TYPES),
    /** The document's number; GB 11643-checked for a resident ID card. */
    idNumber: text(),
    /** Mainland mobile number for notices. */
    mobile: z.optional(mobileNumberSchema),
  })
  .check(z.superRefine(checkPersonId));

/** A legal person or other organisation (法人/其他组织), identified by its unified social credit code. */
export const organizationPartySchema = /* @__PURE__ */ z.object({
  /** Tells an organisation from a person. */
  kind: z.literal('organization'),
  /** Registered name. */
  name: text(),
  /** 统一社会信用代码 (GB 32100, checksum verified). */
  creditCode: unifiedSocialCreditCodeSchema,
  /** 法定代表人 (name). */
  legalRepresentative: z.optional(text()),
  /** Contact mobile number. */
  mobile: z.optional(mobileNumberSchema),
});

/** The applicant of a case: a person or an organisation, told apart by `kind`. */
export const applicantSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [personPartySchema, organizationPartySchema]);

/** The applicant of a case; see {@link applicantSchema}. */
export type Applicant = z.infer<typeof applicantSchema>;

/** Where a case came in: 窗口, PC web, mobile app, mini-program, from a higher or a lower level. */
export const CASE_CHANNELS = ['window', 'web', 'app', 'miniProgram', 'higherLevel', 'lowerLevel'] as const;

/** A promised time limit (承诺办结时限) copied from the item version. */
export const caseLimitSchema = /* @__PURE__ */ z.object({
  /** The number of days; 0 means 即办 (due on the day of acceptance). */
  value: z.int().check(z.minimum(0)),
  /** Working days (工作日, the norm) or natural days (自然日). */
  unit: z.enum(['workingDay', 'naturalDay']),
});

/** One entry of a case's history (办理环节): what happened, when, where and the public opinion. */
export const caseHistoryEntrySchema = /* @__PURE__ */ z.object({
  /** When it happened. */
  at: instantSchema,
  /** The status the case was in after this step. */
  status: caseStatusSchema,
  /** The lifecycle event that produced the entry, when recorded through `transitionCase`. */
  event: z.optional(z.enum(CASE_EVENT_TYPES)),
  /** 环节名称 as the province calls it. */
  step: z.optional(z.string()),
  /** Public opinion (办理意见) shown to the applicant. */
  opinion: z.optional(z.string()),
  /** Reason given with the event (不予受理, 挂起, 延期, 撤回…). */
  reason: z.optional(z.string()),
  /** Materials asked for by a correction request (补正材料). */
  items: z.optional(z.array(z.string())),
  /** The department that acted. */
  department: z.optional(z.string()),
  /** The official who acted (internal; mask before showing the public). */
  handler: z.optional(z.string()),
});

/**
 * A period during which the deadline clock stands still. `to` is absent while it is still open;
 * both ends are inclusive days on which the clock does not run, as `computeDeadline` counts them.
 */
export const caseSuspensionSchema = /* @__PURE__ */ z
  .object({
    /** First day the clock stands still. */
    from: civilDateSchema,
    /** Last day the clock stands still; absent while the suspension lasts. */
    to: z.optional(civilDateSchema),
    /** Correction wait (补正) or special procedure (特别程序). */
    reason: z.enum(SUSPENSION_REASONS),
    /** The special procedure (检验检测, 专家评审, 听证, 公示…). */
    procedure: z.optional(z.string()),
  })
  .check(
    checkWith((s: { from: string; to?: string | undefined }) => {
      if (s.to !== undefined && toDayNumber(s.to) < toDayNumber(s.from)) {
        throw new SijitongError(calendarMessages, 'SUSPENSION_INVERTED', { from: s.from, to: s.to }, { path: ['to'] });
      }
    }),
  );

/** An approved extension (延期) adding working days to the limit. */
export const caseExtensionSchema = /* @__PURE__ */ z.object({
  /** Working days added to the limit. */
  workingDays: z.int().check(z.minimum(1)),
  /** Why the extension was granted (told to the applicant). */
  reason: z.optional(z.string()),
  /** The day it was approved. */
  approvedOn: civilDateSchema,
});

/** One material received with the case (收取材料). */
export const receivedMaterialSchema = /* @__PURE__ */ z.object({
  /** The material's id in the item version, when known. */
  materialId: z.optional(z.string()),
  /** 材料名称. */
  name: text(),
  /** Number of copies received. */
  count: z.optional(z.int().check(z.minimum(1))),
  /** When it was received. */
  receivedAt: z.optional(instantSchema),
  /** Accepted as 容缺后补: the material may follow later. */
  deferred: z.optional(z.boolean()),
});

function assertDenialReason(r: { decision: string; reason?: string | undefined }): void {
  if (r.decision === 'denied' && (r.reason === undefined || r.reason.trim() === '')) {
    throw new SijitongError(casesMessages, 'CASE_DENIAL_REASON_REQUIRED', {}, { path: ['reason'] });
  }
}

/** The result of a concluded case: the decision, the certificate issued, or the reason for denial. */
export const caseResultSchema = /* @__PURE__ */ z
  .object({
    /** 准予 (`approved`) or 不予 (`denied`). */
    decision: caseDecisionSchema,
    /** 结果名称 / 证照名称. */
    name: z.optional(z.string()),
    /** 证照编号. */
    licenceNumber: z.optional(z.string()),
    /** The day the result was issued. */
    issuedOn: z.optional(civilDateSchema),
    /** Required when denied (error `CASE_DENIAL_REASON_REQUIRED`). */
    reason: z.optional(z.string()),
  })
  .check(checkWith(assertDenialReason));

function assertResultOnlyWhenConcluded(c: { status: string; result?: unknown }): void {
  if (c.result !== undefined && c.status !== 'concluded') {
    throw new SijitongError(casesMessages, 'CASE_RESULT_WITHOUT_CONCLUSION', { status: c.status }, { path: ['result'] });
  }
}

/**
 * zod schema of a case (办件): the source of truth of the {@link Case} type. Parse every case that
 * comes from outside with it; `localizeZodError` renders its errors in zh-CN or en with paths such
 * as `['applicant', 'idNumber']`. The lists (`history`, `suspensions`…) default to empty.
 */
export const caseSchema = /* @__PURE__ */ z
  .object({
    /** 申办流水号; provincial formats differ, so only non-empty is required. */
    number: text(),
    /** 查询密码 for the public lookup. */
    queryPassword: z.optional(text()),
    /** The exact item version the case was filed against. */
    item: caseItemSchema,
    /** The applicant: a person or an organisation. */
    applicant: applicantSchema,
    /** 代办人/经办人. */
    agent: z.optional(personPartySchema),
    /** Where the case came in. */
    channel: z.enum(CASE_CHANNELS),
    /** The department handling the case. */
    department: z.optional(text()),
    /** 收件时间. */
    receivedAt: instantSchema,
    /** 受理日期: the deadline clock starts here. */
    acceptedOn: z.optional(civilDateSchema),
    /** The promised limit (承诺时限), copied from the item version. */
    limit: z.optional(caseLimitSchema),
    /** The canonical lifecycle state; change it only through `transitionCase`. */
    status: caseStatusSchema,
    /** The province's own status code and label, kept beside the canonical one. */
    nativeStatus: z.optional(
      z.object({
        /** The province's status code, e.g. `05`. */
        code: text(),
        /** The province's label for it, e.g. 受理. */
        label: z.optional(z.string()),
      }),
    ),
    /** What happened so far, oldest first (办理环节). */
    history: z._default(z.array(caseHistoryEntrySchema), []),
    /** Periods the deadline clock stood still, oldest first. */
    suspensions: z._default(z.array(caseSuspensionSchema), []),
    /** Approved extensions of the limit. */
    extensions: z._default(z.array(caseExtensionSchema), []),
    /** Materials received with the case. */
    materialsReceived: z._default(z.array(receivedMaterialSchema), []),
    /** The result, present only once concluded. */
    result: z.optional(caseResultSchema),
    /** 办结日期. */
    concludedOn: z.optional(civilDateSchema),
    /** Fee charged, in fen (分) as an integer: never a float of yuan. */
    feeFen: z.optional(z.int().check(z.minimum(0))),
    /** The applicant's evaluation (好差评). */
    satisfaction: z.optional(satisfactionSchema),
    /** For a sub-case of a joint approval (并联办理): the parent's number. */
    parentNumber: z.optional(text()),
    /** For the parent of a joint approval: the numbers of its sub-cases, one per department. */
    subCases: z.optional(z.array(text())),
  })
  .check(checkWith(assertResultOnlyWhenConcluded));

/** A case (办件); see {@link caseSchema}. */
export type Case = z.infer<typeof caseSchema>;
/** A case as accepted by {@link caseSchema} before defaults are filled in. */
export type CaseInput = z.input<typeof caseSchema>;
/** A submission channel; see {@link CASE_CHANNELS}. */
export type CaseChannel = Case['channel'];
/** A promised time limit; see {@link caseLimitSchema}. */
export type CaseLimit = z.infer<typeof caseLimitSchema>;
/** The item version a case points at; see {@link caseItemSchema}. */
export type CaseItem = z.infer<typeof caseItemSchema>;
/** A natural person (applicant or agent); see {@link personPartySchema}. */
export type PersonParty = z.infer<typeof personPartySchema>;
/** An organisation applicant; see {@link organizationPartySchema}. */
export type OrganizationParty = z.infer<typeof organizationPartySchema>;
/** One history entry; see {@link caseHistoryEntrySchema}. */
export type CaseHistoryEntry = z.infer<typeof caseHistoryEntrySchema>;
/** One clock-stopping period; see {@link caseSuspensionSchema}. */
export type CaseSuspension = z.infer<typeof caseSuspensionSchema>;
/** One extension; see {@link caseExtensionSchema}. */
export type CaseExtension = z.infer<typeof caseExtensionSchema>;
/** One received material; see {@link receivedMaterialSchema}. */
export type ReceivedMaterial = z.infer<typeof receivedMaterialSchema>;
/** The result of a concluded case; see {@link caseResultSchema}. */
export type CaseResult = z.infer<typeof caseResultSchema>;
