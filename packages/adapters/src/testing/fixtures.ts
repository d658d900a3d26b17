import type { CaseStatus } from '@sijitong/core';
import type { Application } from '../contract/capabilities.js';

/** A payment callback as the integrator's notify endpoint receives it. */
export interface PaymentCallback {
  /** Request headers. */
  headers: Record<string, string>;
  /** The raw body. */
  body: string;
}

/**
 * What {@link runAdapterConformance} needs to know about the system behind an adapter: known
 * records to look up, an application to submit, and how to play the user's part (logging in,
 * paying). Each group is optional; a capability whose group is missing is reported as skipped.
 */
export interface ConformanceFixtures {
  /** The catalogue capability. */
  readonly catalog?: {
    /** An implementation code (实施编码) the province has. */
    readonly implementationCode: string;
    /** A well-formed implementation code the province does not have (`get` must return `null`). */
    readonly missingImplementationCode: string;
    /** A division code to filter `list` by, when the province supports it. */
    readonly division?: string;
  };
  /** The public progress lookup of the cases capability. */
  readonly lookup?: {
    /** 申办流水号 of an existing case. */
    readonly caseNumber: string;
    /** That case's applicant name, unmasked (the second factor). */
    readonly applicantName: string;
    /** That case's query password (查询密码), when the province issues them. */
    readonly queryPassword?: string;
    /** A captcha the province accepts in tests (the simulator's test captcha). */
    readonly captcha?: {
      /** The captcha's id. */
      readonly id: string;
      /** Its answer. */
      readonly answer: string;
    };
    /** The canonical state the lookup must report, when known. */
    readonly expectedStatus?: CaseStatus;
    /** A well-formed case number that does not exist. */
    readonly unknownCaseNumber: string;
  };
  /** The submission part of the cases capability. */
  readonly submission?: {
    /** A valid application the province accepts; it is submitted several times. */
    readonly application: Application;
  };
  /** The identity capability (and `cases.listByApplicant`, which needs a session). */
  readonly identity?: {
    /** The redirect URI registered with the province for tests. */
    readonly redirectUri: string;
    /**
     * Plays the user: opens `authorizeUrl`, signs in (e.g. posts the simulator's login form) and
     * returns the code or ticket the province sends back to `redirectUri`.
     */
    readonly login: (authorizeUrl: string) => Promise<string>;
  };
  /** The e-licence capability. */
  readonly eLicences?: {
    /** A holder who has at least one licence. */
    readonly holder:
      | {
          /** A person's 居民身份证号. */
          readonly idNumber: string;
        }
      | {
          /** An organisation's 统一社会信用代码. */
          readonly creditCode: string;
        };
    /** A licence type code the holder has, to test filtering by type. */
    readonly typeCode?: string;
  };
  /** The payments capability. */
  readonly payments?: {
    /** The case to create an order for. */
    readonly caseNumber: string;
    /** The amount to order, in fen (positive integer). */
    readonly amountFen: number;
    /**
     * Plays the payer: completes the payment at `payUrl` and returns the callback (headers and raw
     * body) the province sent to the order's notify URL.
     */
    readonly pay: (payUrl: string) => Promise<PaymentCallback>;
  };
  /** The evaluation capability (好差评). */
  readonly evaluation?: {
    /** A case that can be rated. */
    readonly caseNumber: string;
  };
  /** The divisions capability; optional (its checks start from the adapter's own top level). */
  readonly divisions?: {
    /** A division whose children to check first; default: the first top-level division. */
    readonly parentCode?: string;
    /** A well-formed code the province does not have; default: the first province's `xx9999`. */
    readonly unknownParentCode?: string;
  };
}
