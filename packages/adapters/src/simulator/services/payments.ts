import { createHmac } from 'node:crypto';
import type { DialectName } from '../credentials.js';
import { SimError } from '../sim-error.js';
import type { SimCallback, SimOrder, SimulatorState } from '../state.js';
import { idempotent } from './idempotency.js';
import { isLoopbackUrl } from './identity.js';

/** What creating an order needs, dialect-neutral. */
export interface OrderInput {
  /** The case paid for. */
  readonly caseNumber: string;
  /** Fen, positive integer. */
  readonly amountFen: number;
  /** What it pays for. */
  readonly description: string;
  /** Where the browser returns. */
  readonly returnUrl: string;
  /** Where the callback goes. */
  readonly notifyUrl: string;
}

/** The largest amount the simulator takes (fen): 100 000 yuan. */
export const MAX_AMOUNT_FEN = 10_000_000;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Creates a pending order, idempotent by `key`. */
export function createOrder(state: SimulatorState, dialect: DialectName, client: string, key: string, input: OrderInput): SimOrder {
  return idempotent(state, client, 'order', key, input, () => {
    const c = state.cases.get(input.caseNumber);
    if (c === undefined || c.case.status === 'draft') throw new SimError('NOT_FOUND');
    if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0 || input.amountFen > MAX_AMOUNT_FEN) {
      throw new SimError('PARAM_INVALID', { detail: 'amount' });
    }
    for (const [name, url] of [['returnUrl', input.returnUrl], ['notifyUrl', input.notifyUrl]] as const) {
      if (!isHttpUrl(url)) throw new SimError('PARAM_INVALID', { detail: name });
    }
    const order: SimOrder = { orderId: state.nextId('PAY'), dialect, client, ...input, status: 'pending' };
    state.orders.set(order.orderId, order);
    return order;
  });
}

/** The order `orderId`, or `NOT_FOUND` (also for another client's order when `client` is given). */
export function getOrder(state: SimulatorState, orderId: string, client?: string): SimOrder {
  const order = state.orders.get(orderId);
  if (order === undefined || (client !== undefined && order.client !== client)) throw new SimError('NOT_FOUND');
  return order;
}

/** `hex(HMAC-SHA256(secret, body))`: the `X-Sim-Payment-Signature` of a callback. */
export function paymentSignature(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}

/** The header names of a payment callback. */
export interface PaymentHeaderNames {
  /** Names the gateway client (accessKey / paasId) the order belongs to. */
  readonly client: 'X-Sim-Payment-Client';
  /** `hex(HMAC-SHA256(paymentSecret, rawBody))`. */
  readonly signature: 'X-Sim-Payment-Signature';
}

/** Header names of the payment callback. */
export const PAYMENT_HEADERS: PaymentHeaderNames = {
  client: 'X-Sim-Payment-Client',
  signature: 'X-Sim-Payment-Signature',
};

/**
 * Marks the order paid (once) and POSTs the signed callback to its notify URL, waiting at most
 * 5 s; only loopback URLs are called. The callback is recorded in `state.callbacks` whether it
 * was delivered or not.
 */
export async function payOrder(state: SimulatorState, order: SimOrder, callback: { readonly body: (order: SimOrder) => string; readonly secret: string }, now: Date): Promise<SimCallback> {
  if (order.status === 'pending') {
    order.status = 'paid';
    order.paidAt = now;
  }
  const body = callback.body(order);
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    [PAYMENT_HEADERS.client]: order.client,
    [PAYMENT_HEADERS.signature]: paymentSignature(callback.secret, body),
  };
  let delivered = false;
  let outcome = 'not sent: only loopback notify URLs are called';
  if (isLoopbackUrl(order.notifyUrl)) {
    try {
      const res = await fetch(order.notifyUrl, { method: 'POST', headers, body, signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      delivered = res.ok;
      outcome = String(res.status);
    } catch (error) {
      outcome = error instanceof Error ? error.message : String(error);
    }
  }
  const record: SimCallback = { orderId: order.orderId, url: order.notifyUrl, headers, body, delivered, outcome };
  state.callbacks.push(record);
  return record;
}
