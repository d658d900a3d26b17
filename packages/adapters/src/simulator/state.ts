import type { Bundle, Case, CaseStatus, Item, SatisfactionLevel } from '@sijitong/core';
import type { ELicence } from '../contract/capabilities.js';
import type { DialectName, SimulatorUser } from './credentials.js';

/** An item of the simulated catalogue, with the instant it last changed. */
export interface SimItem {
  /** The item. */
  item: Item;
  /** Last change (ISO instant). */
  updatedAt: string;
}

/** A file uploaded to a case being submitted. */
export interface SimAttachment {
  /** The attachment's id. */
  readonly id: string;
  /** The item material it is for. */
  readonly materialId: string;
  /** File name. */
  readonly fileName: string;
  /** MIME type. */
  readonly contentType: string;
  /** Size in bytes. */
  readonly size: number;
}

/** A case held by the simulator: the canonical case and what the submission steps left. */
export interface SimCase {
  /** The canonical case; its `status` is `draft` until confirmed. */
  case: Case;
  /** The gateway client that created it through the API, if any. */
  readonly client?: string;
  /** Uploaded files by `materialId + '/' + fileName`. */
  readonly attachments: Map<string, SimAttachment>;
}

/** An e-licence of the simulated licence library, with its holder's identifier. */
export interface SimLicence extends ELicence {
  /** The holder's resident ID number or credit code. */
  readonly holderId: string;
}

/** A payment order. */
export interface SimOrder {
  /** Order id. */
  readonly orderId: string;
  /** The dialect it was created through (decides the callback's shape). */
  readonly dialect: DialectName;
  /** The client (accessKey / paasId) that created it. */
  readonly client: string;
  /** The case paid for. */
  readonly caseNumber: string;
  /** Amount in fen. */
  readonly amountFen: number;
  /** What it pays for. */
  readonly description: string;
  /** Where the browser goes after paying. */
  readonly returnUrl: string;
  /** Where the callback goes. */
  readonly notifyUrl: string;
  /** State. */
  status: 'pending' | 'paid' | 'failed' | 'expired';
  /** When paid. */
  paidAt?: Date;
}

/** A payment callback the simulator sent (or tried to send). */
export interface SimCallback {
  /** The order. */
  readonly orderId: string;
  /** The notify URL. */
  readonly url: string;
  /** Headers sent. */
  readonly headers: Record<string, string>;
  /** Raw body sent. */
  readonly body: string;
  /** Whether the receiver answered with a 2xx status. */
  readonly delivered: boolean;
  /** The receiver's status or the network error. */
  readonly outcome: string;
}

/** A 好差评 rating received. */
export interface SimEvaluation {
  /** Its id. */
  readonly id: string;
  /** The case rated. */
  readonly caseNumber: string;
  /** 1–5. */
  readonly level: SatisfactionLevel;
  /** Reason (levels 1–2). */
  readonly reason?: string;
  /** Free comment. */
  readonly comment?: string;
}

/** An issued captcha. */
export interface SimCaptcha {
  /** The digits. */
  readonly answer: string;
  /** Epoch ms. */
  readonly expiresAt: number;
}

/** An idempotency record: the request's fingerprint and the answer given. */
export interface IdempotencyRecord {
  /** Fingerprint of the request body. */
  readonly fingerprint: string;
  /** The answer (dialect-neutral) to repeat. */
  readonly value: unknown;
}

/** An issued OAuth2 authorisation code. */
export interface SimAuthCode {
  /** The user who signed in. */
  readonly username: string;
  /** The OAuth client. */
  readonly clientId: string;
  /** The redirect URI it was issued for. */
  readonly redirectUri: string;
  /** Epoch ms. */
  readonly expiresAt: number;
}

/** An issued access token. */
export interface SimToken {
  /** The user. */
  readonly username: string;
  /** Epoch ms. */
  readonly expiresAt: number;
}

/**
 * Everything the simulator holds: the province's data (items, cases, users, licences) and the
 * records of the conversation (idempotency, codes, tokens, captchas, orders, callbacks). Tests may
 * read and change it (e.g. expire a token or touch an item).
 */
export class SimulatorState {
  /** Items by implementation code. */
  readonly items = new Map<string, SimItem>();
  /** 一件事 bundles. */
  readonly bundles: Bundle[] = [];
  /** Cases by number. */
  readonly cases = new Map<string, SimCase>();
  /** Test users. */
  readonly users: readonly SimulatorUser[];
  /** E-licences by id. */
  readonly licences = new Map<string, SimLicence>();
  /** Payment orders by id. */
  readonly orders = new Map<string, SimOrder>();
  /** Payment callbacks, oldest first. */
  readonly callbacks: SimCallback[] = [];
  /** Ratings, oldest first. */
  readonly evaluations: SimEvaluation[] = [];
  /** Idempotency records by `client|scope|key`. */
  readonly idempotency = new Map<string, IdempotencyRecord>();
  /** Authorisation codes. */
  readonly authCodes = new Map<string, SimAuthCode>();
  /** Access tokens. */
  readonly tokens = new Map<string, SimToken>();
  /** Captchas by id. */
  readonly captchas = new Map<string, SimCaptcha>();
  /** TIF nonces seen, with when they may be forgotten (epoch ms). */
  readonly nonces = new Map<string, number>();
  #sequence = 900000;
  #ids = 0;

  /** @param users - the test users. */
  constructor(users: readonly SimulatorUser[]) {
    this.users = users;
  }

  /** A fresh id with `prefix`, unique in this simulator. */
  nextId(prefix: string): string {
    this.#ids += 1;
    return `${prefix}${String(this.#ids).padStart(8, '0')}`;
  }

  /** A new case number in the generated format (`JN` + yyyymmdd + 6 digits; API cases from 900001). */
  nextCaseNumber(day: string): string {
    this.#sequence += 1;
    return `JN${day.replaceAll('-', '')}${String(this.#sequence).padStart(6, '0')}`;
  }

  /** Counts of cases per canonical status. */
  statusCounts(): Partial<Record<CaseStatus, number>> {
    const counts: Partial<Record<CaseStatus, number>> = {};
    for (const { case: c } of this.cases.values()) counts[c.status] = (counts[c.status] ?? 0) + 1;
    return counts;
  }

  /** Replaces an item (e.g. a new version) and stamps it as changed at `at`. */
  putItem(item: Item, at: Date = new Date()): void {
    this.items.set(item.implementationCode, { item, updatedAt: at.toISOString() });
  }

  /** The user called `username`, if any. */
  user(username: string): SimulatorUser | undefined {
    return this.users.find((u) => u.username === username);
  }
}
