import type { Bundle, CaseStatus, CivilDate, Instant, Item, SatisfactionLevel } from '@sijitong/core';
import type { CallOptions, Page, PageQuery } from './call.js';

// ————————————————————————————— catalogue —————————————————————————————

/** What to list from the province's catalogue. */
export interface CatalogListQuery extends PageQuery {
  /** Only items served in this division (and the divisions above it). */
  readonly division?: string;
}

/** Items that changed since a time, for keeping a local catalogue cache fresh. */
export interface CatalogChanges {
  /** Items added or changed (their latest version). */
  readonly changed: readonly Item[];
  /** Implementation codes of items removed or cancelled. */
  readonly removed: readonly string[];
  /** Ask for changes since this instant next time. */
  readonly until: Instant;
}

/** The catalogue capability: items (事项) and bundles (一件事) of the province. */
export interface CatalogCapability {
  /** One page of items. */
  list(query?: CatalogListQuery, options?: CallOptions): Promise<Page<Item>>;
  /** One item by implementation code (实施编码), or `null` when the province has none. */
  get(implementationCode: string, options?: CallOptions): Promise<Item | null>;
  /** Items changed since `since`. */
  changesSince(since: Instant, options?: CallOptions): Promise<CatalogChanges>;
  /** The province's bundles, when it publishes any. */
  bundles?(options?: CallOptions): Promise<readonly Bundle[]>;
}

// ————————————————————————————— cases —————————————————————————————

/**
 * The second factor of a public progress lookup. A case number alone never reveals a case:
 * provinces ask for the applicant's name or a query password (查询密码), often with a captcha.
 */
export type LookupVerification =
  | {
      /** Verify with the applicant's name. */
      readonly kind: 'applicantName';
      /** The applicant's name as written on the application. */
      readonly name: string;
    }
  | {
      /** Verify with the query password (查询密码). */
      readonly kind: 'queryPassword';
      /** The password printed on the receipt. */
      readonly password: string;
    };

/** A captcha answer, when the province asks for one. */
export interface CaptchaAnswer {
  /** The captcha's id as the province issued it. */
  readonly id: string;
  /** What the applicant typed. */
  readonly answer: string;
}

/** A public progress lookup. */
export interface CaseLookupQuery {
  /** 申办流水号. */
  readonly caseNumber: string;
  /** The second factor. */
  readonly verification: LookupVerification;
  /** The captcha, when required. */
  readonly captcha?: CaptchaAnswer;
}

/** One step of a case's public history. */
export interface CaseProgressStep {
  /** When. */
  readonly at: Instant;
  /** The canonical state after the step. */
  readonly status: CaseStatus;
  /** The step's name as the province calls it (环节名称). */
  readonly step?: string;
  /** The public opinion (办理意见), if any. */
  readonly opinion?: string;
  /** The department. */
  readonly department?: string;
}

/** What a public lookup shows: no identifiers, the applicant's name masked. */
export interface CaseProgress {
  /** 申办流水号. */
  readonly caseNumber: string;
  /** The item's name. */
  readonly itemName: string;
  /** The applicant's name, masked (张*三). */
  readonly applicantName: string;
  /** The canonical state. */
  readonly status: CaseStatus;
  /** The province's own state code and label. */
  readonly nativeStatus?: {
    /** The province's state code, e.g. `05`. */
    readonly code: string;
    /** Its label, e.g. 受理. */
    readonly label?: string;
  };
  /** When the case was received. */
  readonly receivedAt: Instant;
  /** When it was accepted (受理), if it was. */
  readonly acceptedOn?: CivilDate;
  /** The promised deadline (承诺办结日期), if known. */
  readonly deadline?: CivilDate;
  /** When it was concluded, if it was. */
  readonly concludedOn?: CivilDate;
  /** Public history, oldest first. */
  readonly steps: readonly CaseProgressStep[];
}

/** One material handed in with an application. */
export interface ApplicationMaterial {
  /** The material's id in the item. */
  readonly materialId: string;
  /** File name. */
  readonly fileName: string;
  /** MIME type. */
  readonly contentType: string;
  /** The file. */
  readonly content: Uint8Array;
}

/** Who applies: a person (resident ID number) or an organisation (unified social credit code). */
export type ApplicationApplicant =
  | {
      /** A natural person. */
      readonly kind: 'person';
      /** Name. */
      readonly name: string;
      /** Resident ID number. */
      readonly idNumber: string;
      /** Mobile number. */
      readonly mobile?: string;
    }
  | {
      /** An organisation. */
      readonly kind: 'organization';
      /** Name. */
      readonly name: string;
      /** Unified social credit code. */
      readonly creditCode: string;
      /** Contact mobile number. */
      readonly mobile?: string;
    };

/** An application (申请) for one item. */
export interface Application {
  /** The item's implementation code. */
  readonly implementationCode: string;
  /** The item version the form was filled against. */
  readonly itemVersion: string;
  /** The applicant; identifiers are validated with core's schemas. */
  readonly applicant: ApplicationApplicant;
  /** The form's values, keyed by data-element key (`applicant.idNumber` …). */
  readonly form: Readonly<Record<string, unknown>>;
  /** Scenario answers (情形). */
  readonly answers?: Readonly<Record<string, string | readonly string[]>>;
  /** Uploaded materials. */
  readonly materials?: readonly ApplicationMaterial[];
}

/** What a successful submission returns. */
export interface SubmissionReceipt {
  /** 申办流水号 of the new case. */
  readonly caseNumber: string;
  /** The query password for the public lookup, when the province issues one. */
  readonly queryPassword?: string;
  /** When the province received it. */
  readonly receivedAt: Instant;
  /** The idempotency key it was submitted under. */
  readonly idempotencyKey: string;
}

/** Options of a submission: an idempotency key is required, so a retry never makes two cases. */
export interface SubmitOptions extends CallOptions {
  /** A client-generated key (e.g. `crypto.randomUUID()`), the same for every retry. */
  readonly idempotencyKey: string;
}

/** A case in an applicant's list (我的办件). */
export interface CaseSummary {
  /** 申办流水号. */
  readonly caseNumber: string;
  /** The item's name. */
  readonly itemName: string;
  /** The canonical state. */
  readonly status: CaseStatus;
  /** When the case was received. */
  readonly receivedAt: Instant;
}

/** The cases capability. */
export interface CasesCapability {
  /** Public progress lookup with verification. */
  lookup(query: CaseLookupQuery, options?: CallOptions): Promise<CaseProgress>;
  /** Submits an application; idempotent under `options.idempotencyKey`. */
  submit(application: Application, options: SubmitOptions): Promise<SubmissionReceipt>;
  /** The signed-in applicant's cases (server side: needs the identity session's token). */
  listByApplicant(session: IdentitySession, query?: PageQuery, options?: CallOptions): Promise<Page<CaseSummary>>;
}

// ————————————————————————————— identity —————————————————————————————

/** The result of the province's unified login (统一身份认证), held on the integrator's server. */
export interface IdentitySession {
  /** The province's access token; never send it to a browser. */
  readonly accessToken: string;
  /** When it expires. */
  readonly expiresAt: Instant;
}

/** The signed-in user's verified profile, for prefill. */
export interface VerifiedProfile {
  /** Person or organisation. */
  readonly kind: 'person' | 'organization';
  /** Name as verified. */
  readonly name: string;
  /** Resident ID number (person). */
  readonly idNumber?: string;
  /** Unified social credit code (organisation). */
  readonly creditCode?: string;
  /** Mobile number. */
  readonly mobile?: string;
  /** Verification level the province reports (e.g. 实名, 实人). */
  readonly assurance?: string;
}

/** The identity capability: all of it runs on the integrator's server. */
export interface IdentityCapability {
  /** Where to send the browser to sign in. */
  authorizeUrl(params: { readonly redirectUri: string; readonly state: string }): string;
  /** Exchanges the ticket or OAuth2 code coming back for a session. */
  exchange(params: { readonly code: string; readonly redirectUri: string }, options?: CallOptions): Promise<IdentitySession>;
  /** The verified profile of the session's user. */
  profile(session: IdentitySession, options?: CallOptions): Promise<VerifiedProfile>;
}

// ————————————————————————————— e-licences —————————————————————————————

/** An e-licence (电子证照) found for a holder. */
export interface ELicence {
  /** The licence's id in the province's licence library. */
  readonly id: string;
  /** Licence type code (GB/T 36903 style) and name. */
  readonly type: {
    /** The licence type code. */
    readonly code: string;
    /** The licence type name, e.g. 营业执照. */
    readonly name: string;
  };
  /** The licence number printed on it. */
  readonly number: string;
  /** The holder's name. */
  readonly holderName: string;
  /** Issuing authority. */
  readonly issuer: string;
  /** Valid from / to. */
  readonly validFrom: CivilDate;
  /** Empty when it does not expire. */
  readonly validTo?: CivilDate;
}

/** An e-licence's file. */
export interface ELicenceFile {
  /** MIME type, e.g. `application/ofd` or `application/pdf`. */
  readonly contentType: string;
  /** The file. */
  readonly content: Uint8Array;
}

/** The e-licence capability (电子证照库). */
export interface ELicencesCapability {
  /** Licences of a holder, optionally of one type. */
  find(
    query: { readonly holder: { readonly idNumber: string } | { readonly creditCode: string }; readonly typeCode?: string },
    options?: CallOptions,
  ): Promise<readonly ELicence[]>;
  /** The licence's file (OFD or PDF). */
  file(id: string, options?: CallOptions): Promise<ELicenceFile>;
}

// ————————————————————————————— payments —————————————————————————————

/** A payment order (统一支付). Amounts are integer fen. */
export interface PaymentOrder {
  /** The province's order id. */
  readonly orderId: string;
  /** The case it pays for. */
  readonly caseNumber: string;
  /** Amount in fen. */
  readonly amountFen: number;
  /** State. */
  readonly status: 'pending' | 'paid' | 'failed' | 'expired';
  /** Where to send the applicant to pay. */
  readonly payUrl: string;
  /** When it was paid. */
  readonly paidAt?: Instant;
}

/** The payments capability. */
export interface PaymentsCapability {
  /** Creates an order; idempotent under `options.idempotencyKey`. */
  createOrder(
    order: { readonly caseNumber: string; readonly amountFen: number; readonly description: string; readonly returnUrl: string; readonly notifyUrl: string },
    options: SubmitOptions,
  ): Promise<PaymentOrder>;
  /** Verifies a payment callback's signature and reads it; a bad signature throws. */
  verifyCallback(callback: { readonly headers: Readonly<Record<string, string>>; readonly body: string }): Promise<PaymentOrder>;
  /** The order's current state. */
  status(orderId: string, options?: CallOptions): Promise<PaymentOrder>;
}

// ————————————————————————————— evaluation —————————————————————————————

/** A 好差评 rating of a case. */
export interface Evaluation {
  /** The case rated. */
  readonly caseNumber: string;
  /** 5 非常满意 … 1 非常不满意. */
  readonly level: SatisfactionLevel;
  /** Required for levels 1 and 2. */
  readonly reason?: string;
  /** Free text. */
  readonly comment?: string;
}

/** What a submitted rating returns. */
export interface EvaluationReceipt {
  /** The province's id of the rating. */
  readonly evaluationId: string;
}

/** The evaluation capability (好差评). */
export interface EvaluationCapability {
  /** Submits a rating. */
  submit(evaluation: Evaluation, options?: CallOptions): Promise<EvaluationReceipt>;
}

// ————————————————————————————— divisions —————————————————————————————

/** One administrative division in a list of children: its GB/T 2260 code and its name. */
export interface DivisionOption {
  /** Division code: 6 digits down to county level, 12 below (9 accepted), e.g. `371327100000`. */
  readonly code: string;
  /** Short name, e.g. 大店镇. */
  readonly name: string;
}

/**
 * The divisions capability (行政区划): the province's division tree, one level at a time, for
 * cascading pickers (省 → 市 → 县 → 乡镇 → 村). Structurally a `DivisionSource` of
 * `@sijitong/forms`, so `form.divisions = adapter.divisions` works as it is.
 */
export interface DivisionsCapability {
  /**
   * The divisions directly under `parentCode` (6, 9 or 12 digits), or the top level without it;
   * an empty list for a division without children. A well-formed code the province does not know
   * is `ADAPTER_DIVISION_NOT_FOUND` (or, when the province cannot tell it from a leaf, an empty
   * list); a malformed one is `INPUT_INVALID`.
   */
  children(parentCode?: string, options?: CallOptions): Promise<readonly DivisionOption[]>;
}
