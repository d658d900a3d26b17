import type { Bundle, Case, Item, SatisfactionLevel } from '@sijitong/core';
import type { PaymentOrder } from '../contract/capabilities.js';
import type { KeyValueStore } from '../stores/store.js';
import type { Submission } from '../submission/submit-idempotently.js';
import type { Hmac } from './crypto.js';
import type { StaticLicence, StaticUser } from './data.js';

/** A payment order with what the static "province" keeps about it. @internal */
export interface StaticOrder extends PaymentOrder {
  /** What is paid for. */
  readonly description: string;
  /** Where the callback goes. */
  readonly notifyUrl: string;
  /** Where the payer returns. */
  readonly returnUrl: string;
}

/** A rating stored by the static adapter. */
export interface StaticEvaluation {
  /** Its id. */
  readonly evaluationId: string;
  /** The case rated. */
  readonly caseNumber: string;
  /** The level. */
  readonly level: SatisfactionLevel;
  /** The reason (levels 1–2). */
  readonly reason?: string;
  /** Free text. */
  readonly comment?: string;
  /** When it was given. */
  readonly at: string;
}

/** The in-memory state every capability of one static adapter shares. @internal */
export interface StaticState {
  readonly id: string;
  readonly baseUrl: string;
  readonly items: readonly Item[];
  readonly itemsByCode: ReadonlyMap<string, Item>;
  readonly bundles: readonly Bundle[];
  readonly cases: Map<string, Case>;
  readonly users: ReadonlyMap<string, StaticUser>;
  readonly licences: readonly StaticLicence[];
  readonly orders: Map<string, StaticOrder>;
  readonly evaluations: StaticEvaluation[];
  readonly store: KeyValueStore;
  readonly submission: Submission;
  readonly hmac: Hmac;
  readonly captcha: { readonly id: string; readonly answer: string } | undefined;
  readonly caseNumberPrefix: string;
  readonly sessionTtlMs: number;
  now(): number;
  /** The next number of a sequence (`case`, `order`, `evaluation`), from 1. */
  next(sequence: string): number;
}
