import * as z from 'zod/mini';
import { instantSchema } from '@sijitong/core';
import type { PaymentOrder, PaymentsCapability } from '../contract/capabilities.js';
import { AdapterError } from '../errors.js';
import { contractMessages } from '../i18n/messages/contract.js';
import { staticMessages } from '../i18n/messages/static.js';
import { submitOptionsSchema } from '../parse/cases-schemas.js';
import { textSchema } from '../parse/fields.js';
import { parseInput, parseResponse } from '../parse/parse-response.js';
import { paymentCallbackSchema, paymentOrderSchema, paymentRequestSchema, PAYMENT_STATUSES } from '../parse/payment-schemas.js';
import { fingerprintOf } from '../submission/fingerprint.js';
import type { StaticOrder, StaticState } from './state.js';
import type { PaymentCallback } from '../testing/fixtures.js';
import { instantOf } from './time.js';

/** Header carrying the callback's signature: base64url(HMAC-SHA256(secret, `callback\n{timestamp}\n{body}`)). */
export const STATIC_SIGNATURE_HEADER = 'x-sijitong-signature';
/** Header carrying the callback's timestamp (epoch ms). */
export const STATIC_TIMESTAMP_HEADER = 'x-sijitong-timestamp';

const callbackBodySchema = /* @__PURE__ */ z.object({
  orderId: textSchema,
  caseNumber: textSchema,
  amountFen: z.int(),
  status: z.enum(PAYMENT_STATUSES),
  paidAt: z.optional(instantSchema),
});

function publicOrder({ description: _d, notifyUrl: _n, returnUrl: _r, ...order }: StaticOrder): PaymentOrder {
  return parseResponse(paymentOrderSchema, order, { what: 'payments' });
}

function orderOf(state: StaticState, orderId: string): StaticOrder {
  const order = state.orders.get(orderId);
  if (order === undefined) throw new AdapterError(contractMessages, 'ADAPTER_ORDER_NOT_FOUND', {}, { path: ['orderId'] });
  return order;
}

function signedText(timestamp: string, body: string): string {
  return `callback\n${timestamp}\n${body}`;
}

/**
 * Plays the payer at the fake pay page: marks the order paid and returns the signed callback the
 * province posts to the order's notify URL. @internal
 */
export async function simulatePayment(state: StaticState, payUrl: string): Promise<PaymentCallback> {
  const prefix = new URL('/pay/', state.baseUrl).toString();
  const orderId = payUrl.startsWith(prefix) ? decodeURIComponent(payUrl.slice(prefix.length)) : '';
  const order = state.orders.get(orderId);
  if (order === undefined) throw new AdapterError(staticMessages, 'STATIC_PAY_URL_UNKNOWN');
  const paid: StaticOrder = order.status === 'paid' ? order : { ...order, status: 'paid', paidAt: instantOf(state.now()) };
  state.orders.set(orderId, paid);
  const body = JSON.stringify({ orderId, caseNumber: paid.caseNumber, amountFen: paid.amountFen, status: paid.status, paidAt: paid.paidAt });
  const timestamp = String(state.now());
  const signature = await state.hmac.sign(signedText(timestamp, body));
  return { headers: { 'content-type': 'application/json', [STATIC_TIMESTAMP_HEADER]: timestamp, [STATIC_SIGNATURE_HEADER]: signature }, body };
}

/** The payments capability of the static adapter: orders, a fake pay page and HMAC-signed callbacks. @internal */
export function staticPayments(state: StaticState): PaymentsCapability {
  const invalid = () => new AdapterError(contractMessages, 'ADAPTER_CALLBACK_INVALID');
  return {
    async createOrder(request, options) {
      const r = parseInput(paymentRequestSchema, request, { what: 'payments.createOrder' });
      const { idempotencyKey } = parseInput(submitOptionsSchema, options, { what: 'payments.createOrder' });
      const c = state.cases.get(r.caseNumber);
      if (c === undefined || c.status === 'draft') throw new AdapterError(contractMessages, 'ADAPTER_CASE_NOT_FOUND', {}, { path: ['caseNumber'] });
      const outcome = await state.submission.submit({
        key: `order:${idempotencyKey}`,
        fingerprint: await fingerprintOf(r),
        steps: [
          {
            name: 'create',
            run: async () => {
              const orderId = `PO${String(state.next('order')).padStart(8, '0')}`;
              const payUrl = new URL(`/pay/${orderId}`, state.baseUrl).toString();
              const order: StaticOrder = { ...r, orderId, status: 'pending', payUrl };
              state.orders.set(orderId, order);
              return orderId;
            },
          },
        ],
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
      return publicOrder(orderOf(state, String(outcome.result)));
    },
    async verifyCallback(callback) {
      const cb = parseInput(paymentCallbackSchema, callback, { what: 'payments.verifyCallback' });
      const headers = new Map(Object.entries(cb.headers).map(([k, v]) => [k.toLowerCase(), v]));
      const timestamp = headers.get(STATIC_TIMESTAMP_HEADER);
      const signature = headers.get(STATIC_SIGNATURE_HEADER);
      if (timestamp === undefined || signature === undefined || !(await state.hmac.verify(signedText(timestamp, cb.body), signature))) throw invalid();
      let parsed: unknown;
      try {
        parsed = JSON.parse(cb.body);
      } catch {
        throw invalid();
      }
      const body = z.safeParse(callbackBodySchema, parsed);
      const order = body.success ? state.orders.get(body.data.orderId) : undefined;
      if (!body.success || order === undefined || order.amountFen !== body.data.amountFen || order.caseNumber !== body.data.caseNumber) throw invalid();
      return publicOrder(order);
    },
    async status(orderId) {
      return publicOrder(orderOf(state, parseInput(textSchema, orderId, { what: 'payments.status' })));
    },
  };
}
