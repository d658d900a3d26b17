import type { SimOrder } from '../state.js';
import { beijingDateTime } from '../time.js';

const NATIONAL_PAY_STATES = { pending: '0', paid: '1', failed: '2', expired: '3' } as const;
const GUANGDONG_PAY_STATES = { pending: 'WAIT', paid: 'PAID', failed: 'FAIL', expired: 'EXPIRED' } as const;

/** The pay page of an order. */
export function payUrlOf(baseUrl: string, order: SimOrder): string {
  return `${baseUrl}/${order.dialect}/pay/${encodeURIComponent(order.orderId)}`;
}

/** An order in national fields. */
export function nationalOrder(order: SimOrder, baseUrl: string): Record<string, unknown> {
  return {
    ORDER_ID: order.orderId,
    PROJID: order.caseNumber,
    AMOUNT: order.amountFen,
    PAY_STATE: NATIONAL_PAY_STATES[order.status],
    PAY_URL: payUrlOf(baseUrl, order),
    PAY_TIME: order.paidAt === undefined ? undefined : beijingDateTime(order.paidAt),
  };
}

/** An order in guangdong fields. */
export function guangdongOrder(order: SimOrder, baseUrl: string): Record<string, unknown> {
  return {
    orderNo: order.orderId,
    serialNo: order.caseNumber,
    amount: order.amountFen,
    payStatus: GUANGDONG_PAY_STATES[order.status],
    payUrl: payUrlOf(baseUrl, order),
    payTime: order.paidAt?.getTime(),
  };
}

/** The raw body of the payment callback in the order's dialect (plain JSON in both): the order's fields without its pay URL. */
export function callbackBody(order: SimOrder): string {
  const { PAY_URL: _national, payUrl: _guangdong, ...fields } = order.dialect === 'national' ? nationalOrder(order, '') : guangdongOrder(order, '');
  return JSON.stringify(fields);
}
