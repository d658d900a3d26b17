import { expect } from 'vitest';
import { paymentOrderSchema } from '../../parse/payment-schemas.js';
import { expectAdapterError, expectValid, freshKey, type SuiteContext } from '../context.js';

/** Payment checks: idempotent order creation, pay, callback verification (tampering refused), status. @internal */
export function paymentsSuite({ capability: payments, fixtures, check }: SuiteContext<'payments'>): void {
  const f = fixtures.payments;
  if (f === undefined) return;
  const order = () => ({
    caseNumber: f.caseNumber,
    amountFen: f.amountFen,
    description: 'conformance',
    returnUrl: 'https://site.example.cn/paid',
    notifyUrl: 'https://site.example.cn/notify',
  });

  check('payments.createOrder', 'creates one pending order per idempotency key', async () => {
    const key = freshKey('order');
    const first = await payments.createOrder(order(), { idempotencyKey: key });
    expectValid(paymentOrderSchema, first, 'payments.createOrder');
    expect(first.status).toBe('pending');
    expect(first.amountFen).toBe(f.amountFen);
    expect(first.caseNumber).toBe(f.caseNumber);
    const again = await payments.createOrder(order(), { idempotencyKey: key });
    expect(again.orderId).toBe(first.orderId);
    const other = await payments.createOrder(order(), { idempotencyKey: freshKey('order') });
    expect(other.orderId).not.toBe(first.orderId);
  });

  check('payments.flow', 'pays, verifies the callback, refuses a tampered one, reports paid', async () => {
    const created = await payments.createOrder(order(), { idempotencyKey: freshKey('pay') });
    const callback = await f.pay(created.payUrl);
    const verified = await payments.verifyCallback(callback);
    expect(verified.orderId).toBe(created.orderId);
    expect(verified.status).toBe('paid');
    const amount = String(f.amountFen);
    const tamperedBody = callback.body.includes(amount) ? callback.body.replace(amount, String(f.amountFen + 1)) : `${callback.body} `;
    await expectAdapterError(payments.verifyCallback({ headers: callback.headers, body: tamperedBody }), 'a callback with a tampered body');
    const unsigned = Object.fromEntries(Object.entries(callback.headers).filter(([name]) => !/sign/i.test(name)));
    if (Object.keys(unsigned).length < Object.keys(callback.headers).length) {
      await expectAdapterError(payments.verifyCallback({ headers: unsigned, body: callback.body }), 'a callback without its signature');
    }
    const status = await payments.status(created.orderId);
    expectValid(paymentOrderSchema, status, 'payments.status');
    expect(status.status).toBe('paid');
    expect(status.paidAt).toBeDefined();
  });
}
