import type { PaymentsCapability } from '../../contract/capabilities.js';
import { dialectPayments } from '../shared/dialect-payments.js';
import { readOnlyKey } from '../shared/http-config.js';
import { GUANGDONG_ORDER_FIELDS, GUANGDONG_ORDER_REQUEST } from './record-fields.js';
import { GUANGDONG_ERRORS, type GuangdongRuntime } from './runtime.js';

/** Guangdong unified payment: `/pay/order/create`, `/pay/order/query`, HMAC-signed plain-JSON callbacks (not enveloped). @internal */
export function guangdongPayments(rt: GuangdongRuntime, secret: string): PaymentsCapability {
  return dialectPayments(rt, secret, {
    createPath: '/pay/order/create',
    statusRequest: (orderNo) => ({ method: 'POST', path: '/pay/order/query', json: { orderNo }, idempotencyKey: readOnlyKey() }),
    orderRequest: GUANGDONG_ORDER_REQUEST,
    orderFields: GUANGDONG_ORDER_FIELDS,
    errors: GUANGDONG_ERRORS.order,
  });
}
