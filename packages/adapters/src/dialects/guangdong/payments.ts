import * as z from 'zod/mini';
import type { PaymentsCapability } from '../../contract/capabilities.js';
import { submitOptionsSchema } from '../../parse/cases-schemas.js';
import { textSchema } from '../../parse/fields.js';
import { PAYMENT_STATUSES, paymentOrderSchema, paymentRequestSchema } from '../../parse/payment-schemas.js';
import { parseInput } from '../../parse/parse-response.js';
import { withProvinceErrors } from '../mapping/province-errors.js';
import { callOptions, readOnlyKey } from '../shared/http-config.js';
import { requestOf, responseOf } from '../shared/mapped-io.js';
import { DEFAULT_PAYMENT_SIGNATURE_HEADER, verifyHmacCallback } from '../shared/payment-callback.js';
import { GUANGDONG_ORDER_FIELDS, GUANGDONG_ORDER_REQUEST } from './record-fields.js';
import { GUANGDONG_ERRORS, type GuangdongRuntime } from './runtime.js';

const callbackSchema = z.object({ orderId: textSchema, status: z.enum(PAYMENT_STATUSES) });

/** Guangdong unified payment: `/pay/order/create`, `/pay/order/query`, HMAC-signed plain-JSON callbacks. @internal */
export function guangdongPayments(rt: GuangdongRuntime, secret: string): PaymentsCapability {
  async function status(orderId: string, options: { signal?: AbortSignal; timeoutMs?: number } = {}) {
    const orderNo = parseInput(textSchema, orderId, { what: 'payments.status' });
    const data = await withProvinceErrors(
      () => rt.client.request({ method: 'POST', path: '/pay/order/query', json: { orderNo }, idempotencyKey: readOnlyKey(), ...callOptions(options) }),
      GUANGDONG_ERRORS.order,
    );
    return responseOf(rt, paymentOrderSchema, GUANGDONG_ORDER_FIELDS, data, 'payments.status');
  }

  return {
    async createOrder(order, options) {
      const { idempotencyKey } = parseInput(submitOptionsSchema, options, { what: 'payments.createOrder' });
      const o = parseInput(paymentRequestSchema, order, { what: 'payments.createOrder' });
      const json = requestOf(rt, GUANGDONG_ORDER_REQUEST, o, 'payments.createOrder');
      const data = await withProvinceErrors(
        () => rt.client.request({ method: 'POST', path: '/pay/order/create', json, idempotencyKey, ...callOptions(options) }),
        GUANGDONG_ERRORS.order,
        { key: idempotencyKey },
      );
      return responseOf(rt, paymentOrderSchema, GUANGDONG_ORDER_FIELDS, data, 'payments.createOrder');
    },

    async verifyCallback(callback) {
      const body = await verifyHmacCallback(callback, { secret, header: rt.config.paymentSignatureHeader ?? DEFAULT_PAYMENT_SIGNATURE_HEADER });
      // The callback (plain JSON, not enveloped) names the order; its full record is read back.
      const { orderId } = parseCallback(rt, body);
      return status(orderId);
    },

    status,
  };
}

function parseCallback(rt: GuangdongRuntime, body: unknown) {
  return responseOf(rt, callbackSchema, { orderId: GUANGDONG_ORDER_FIELDS.orderId, status: GUANGDONG_ORDER_FIELDS.status }, body, 'payments.verifyCallback');
}
