import { translate } from '@sijitong/core';
import { simulatorMessages } from '../i18n/messages/simulator.js';

/** The kinds of error the simulated provinces answer with; each dialect renders them its own way. */
export const SIM_ERROR_KINDS = {
  PARAM_INVALID: { code: 40001, status: 200 },
  CAPTCHA_INVALID: { code: 40002, status: 200 },
  REASON_REQUIRED: { code: 40003, status: 200 },
  ITEM_VERSION_STALE: { code: 40004, status: 200 },
  SIGNATURE_INVALID: { code: 40100, status: 401 },
  TOKEN_INVALID: { code: 40101, status: 401 },
  NOT_FOUND: { code: 40400, status: 200 },
  NO_ROUTE: { code: 40401, status: 404 },
  IDEMPOTENCY_CONFLICT: { code: 40900, status: 200 },
  WRONG_STATE: { code: 40901, status: 200 },
  RATE_LIMITED: { code: 42900, status: 429 },
  SYSTEM_BUSY: { code: 50000, status: 200 },
} as const satisfies Record<string, { code: number; status: number }>;

/** One kind of simulator error; see {@link SIM_ERROR_KINDS}. */
export type SimErrorKind = keyof typeof SIM_ERROR_KINDS;

/**
 * A refusal raised by the simulator's services; the dialect layer renders it as its envelope
 * (`{ code, msg }` or `{ errcode, errmsg }`) with the HTTP status of its kind.
 */
export class SimError extends Error {
  /** Always `'SimError'`. */
  override readonly name = 'SimError';
  /** The kind. */
  readonly kind: SimErrorKind;
  /** Placeholder values of the message. */
  readonly params: Readonly<Record<string, string>>;

  /**
   * @param kind - what went wrong.
   * @param params - `{ detail }` and the like, filled into the zh-CN message.
   */
  constructor(kind: SimErrorKind, params: Readonly<Record<string, string>> = {}) {
    super(translate(simulatorMessages, `SIM_${kind}`, params));
    this.kind = kind;
    this.params = params;
  }

  /** The numeric error code of the kind (both dialects share the numbers). */
  get code(): number {
    return SIM_ERROR_KINDS[this.kind].code;
  }

  /** The HTTP status the kind is answered with. */
  get status(): number {
    return SIM_ERROR_KINDS[this.kind].status;
  }
}
