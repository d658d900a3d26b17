import * as z from 'zod/mini';
import type { PaymentOrder, PaymentsCapability } from '../../contract/capabilities.js';
import type { HttpRequest } from '../../http/client.js';
import { submitOptionsSchema } from '../../parse/cases-schemas.js';
import { textSchema } from '../../parse/fields.js';
import { PAYMENT_STATUSES, paymentOrderSchema, paymentRequestSchema } from '../../parse/payment-schemas.js';
import { parseInput } from '../../parse/parse-response.js';
import { withProvinceErrors, type ProvinceErrorTable } from '../mapping/province-errors.js';
import type { ObjectSpec, ObjectSpecOf } from '../mapping/spec.js';
import type { DialectRuntime } from './dialect-runtime.js';
import { callOptions } from './http-config.js';
import { requestOf, responseOf } from './mapped-io.js';
import { DEFAULT_PAYMENT_SIGNATURE_HEADER, verifyHmacCallback } from './payment-callback.js';

const callbackSchema = /* @__PURE__ */ z.object({ orderId: textSchema, status: z.enum(PAYMENT_STATUSES) });

/** What differs between the dialects' unified payments: paths, field tables, refusals. @internal */
export interface PaymentsDialect {
  /** Where a new order is POSTed (under the caller's idempotency key). */
  readonly createPath: string;
  /** The request reading one order. */
  readonly statusRequest: (orderId: string) => HttpRequest;
  /** A payment request → the create body. */
  readonly orderRequest: ObjectSpec;
  /** An order answer (and the callback's `orderId`, `status`) → `PaymentOrder`. */
  readonly orderFields: ObjectSpecOf<PaymentOrder>;
  /** What order refusals mean. */
  readonly errors: ProvinceErrorTable;
}

/**
 * A dialect's unified payment: create an order, read its status, verify HMAC-signed callbacks
 * (the callback names the order; its full record, pay URL included, is read back). @internal
 */
export function dialectPayments(rt: DialectRuntime, secret: string, dialect: PaymentsDialect): PaymentsCapability {
  async function status(orderId: string, options: { signal?: AbortSignal; timeoutMs?: number } = {}) {
    const id = parseInput(textSchema, orderId, { what: 'payments.status' });
    const data = await withProvinceErrors(() => rt.client.request({ ...dialect.statusRequest(id), ...callOptions(options) }), dialect.errors);
    return responseOf(rt, paymentOrderSchema, dialect.orderFields, data, 'payments.status');
  }

  return {
    async createOrder(order, options) {
      const { idempotencyKey } = parseInput(submitOptionsSchema, options, { what: 'payments.createOrder' });
      const o = parseInput(paymentRequestSchema, order, { what: 'payments.createOrder' });
      const json = requestOf(rt, dialect.orderRequest, o, 'payments.createOrder');
      const data = await withProvinceErrors(
        () => rt.client.request({ method: 'POST', path: dialect.createPath, json, idempotencyKey, ...callOptions(options) }),
        dialect.errors,
        { key: idempotencyKey },
      );
      return responseOf(rt, paymentOrderSchema, dialect.orderFields, data, 'payments.createOrder');
    },

    async verifyCallback(callback) {
      const body = await verifyHmacCallback(callback, { secret, header: rt.config.paymentSignatureHeader ?? DEFAULT_PAYMENT_SIGNATURE_HEADER });
      const fields = { orderId: dialect.orderFields.orderId, status: dialect.orderFields.status };
      const { orderId } = responseOf(rt, callbackSchema, fields, body, 'payments.verifyCallback');
      return status(orderId);
    },

    status,
  };
}
