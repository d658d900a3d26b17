import * as z from 'zod/mini';
import type { PaymentsCapability } from '../../contract/capabilities.js';
import { submitOptionsSchema } from '../../parse/cases-schemas.js';
import { textSchema } from '../../parse/fields.js';
import { PAYMENT_STATUSES, paymentOrderSchema, paymentRequestSchema } from '../../parse/payment-schemas.js';
import { parseInput } from '../../parse/parse-response.js';
import { withProvinceErrors } from '../mapping/province-errors.js';
import { callOptions } from '../shared/http-config.js';
import { requestOf, responseOf } from '../shared/mapped-io.js';
import { DEFAULT_PAYMENT_SIGNATURE_HEADER, verifyHmacCallback } from '../shared/payment-callback.js';
import { NATIONAL_ORDER_FIELDS, NATIONAL_ORDER_REQUEST } from './record-fields.js';
import { NATIONAL_ERRORS, type NationalRuntime } from './runtime.js';

/** The simulator's callback signature header; real provinces name theirs in the configuration. */
export const NATIONAL_PAYMENT_SIGNATURE_HEADER = DEFAULT_PAYMENT_SIGNATURE_HEADER;

const callbackSchema = z.object({ orderId: textSchema, status: z.enum(PAYMENT_STATUSES) });

/** National unified payment: `POST /payments`, `GET /payments/{ORDER_ID}`, HMAC-signed callbacks. @internal */
export function nationalPayments(rt: NationalRuntime, secret: string): PaymentsCapability {
  async function status(orderId: string, options: { signal?: AbortSignal; timeoutMs?: number } = {}) {
    const id = parseInput(textSchema, orderId, { what: 'payments.status' });
    const data = await withProvinceErrors(
      () => rt.client.request({ method: 'GET', path: `/payments/${encodeURIComponent(id)}`, ...callOptions(options) }),
      NATIONAL_ERRORS.order,
    );
    return responseOf(rt, paymentOrderSchema, NATIONAL_ORDER_FIELDS, data, 'payments.status');
  }

  return {
    async createOrder(order, options) {
      const { idempotencyKey } = parseInput(submitOptionsSchema, options, { what: 'payments.createOrder' });
      const o = parseInput(paymentRequestSchema, order, { what: 'payments.createOrder' });
      const json = requestOf(rt, NATIONAL_ORDER_REQUEST, o, 'payments.createOrder');
      const data = await withProvinceErrors(
        () => rt.client.request({ method: 'POST', path: '/payments', json, idempotencyKey, ...callOptions(options) }),
        NATIONAL_ERRORS.order,
        { key: idempotencyKey },
      );
      return responseOf(rt, paymentOrderSchema, NATIONAL_ORDER_FIELDS, data, 'payments.createOrder');
    },

    async verifyCallback(callback) {
      const body = await verifyHmacCallback(callback, { secret, header: rt.config.paymentSignatureHeader ?? NATIONAL_PAYMENT_SIGNATURE_HEADER });
      // The callback names the order; its full record (pay URL included) is read back from the province.
      const { orderId } = responseOf(rt, callbackSchema, { orderId: NATIONAL_ORDER_FIELDS.orderId, status: NATIONAL_ORDER_FIELDS.status }, body, 'payments.verifyCallback');
      return status(orderId);
    },

    status,
  };
}
