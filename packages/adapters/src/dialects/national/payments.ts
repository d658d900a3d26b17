import type { PaymentsCapability } from '../../contract/capabilities.js';
import { dialectPayments } from '../shared/dialect-payments.js';
import { DEFAULT_PAYMENT_SIGNATURE_HEADER } from '../shared/payment-callback.js';
import { NATIONAL_ORDER_FIELDS, NATIONAL_ORDER_REQUEST } from './record-fields.js';
import { NATIONAL_ERRORS, type NationalRuntime } from './runtime.js';

/** The simulator's callback signature header; real provinces name theirs in the configuration. */
export const NATIONAL_PAYMENT_SIGNATURE_HEADER = DEFAULT_PAYMENT_SIGNATURE_HEADER;

/** National unified payment: `POST /payments`, `GET /payments/{ORDER_ID}`, HMAC-signed callbacks. @internal */
export function nationalPayments(rt: NationalRuntime, secret: string): PaymentsCapability {
  return dialectPayments(rt, secret, {
    createPath: '/payments',
    statusRequest: (id) => ({ method: 'GET', path: `/payments/${encodeURIComponent(id)}` }),
    orderRequest: NATIONAL_ORDER_REQUEST,
    orderFields: NATIONAL_ORDER_FIELDS,
    errors: NATIONAL_ERRORS.order,
  });
}
