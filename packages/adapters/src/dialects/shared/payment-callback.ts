import { AdapterError } from '../../errors.js';
import { contractMessages } from '../../i18n/messages/contract.js';
import { dialectsMessages } from '../../i18n/messages/dialects.js';
import { paymentCallbackSchema } from '../../parse/payment-schemas.js';
import { parseInput } from '../../parse/parse-response.js';
import { hmacSha256, timingSafeEqual, toHex } from '../../signing/crypto.js';

/** The header of the simulator's callback signature; real provinces name theirs in the configuration. */
export const DEFAULT_PAYMENT_SIGNATURE_HEADER = 'x-sim-payment-signature';

/** How a province signs its payment callbacks: hex(HMAC-SHA256(secret, raw body)) in a header. */
export interface HmacCallbackOptions {
  /** The payment secret agreed with the province. */
  readonly secret: string;
  /** The header carrying the signature (compared case-insensitively). */
  readonly header: string;
}

/**
 * Checks a payment callback's signature over the raw body and returns the body's JSON. A missing
 * or wrong signature throws `ADAPTER_CALLBACK_INVALID` before anything in the body is read.
 */
export async function verifyHmacCallback(callback: unknown, options: HmacCallbackOptions): Promise<unknown> {
  const c = parseInput(paymentCallbackSchema, callback, { what: 'payments.verifyCallback' });
  const wanted = options.header.toLowerCase();
  const given = Object.entries(c.headers).find(([name]) => name.toLowerCase() === wanted)?.[1];
  const expected = toHex(await hmacSha256(options.secret, c.body));
  if (given === undefined || !timingSafeEqual(expected, given.trim().toLowerCase())) {
    throw new AdapterError(contractMessages, 'ADAPTER_CALLBACK_INVALID');
  }
  try {
    return JSON.parse(c.body) as unknown;
  } catch (cause) {
    throw new AdapterError(dialectsMessages, 'CALLBACK_NOT_JSON', {}, { cause });
  }
}

