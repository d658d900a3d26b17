import * as z from 'zod/mini';
import { instantSchema } from '@sijitong/core';
import { contractMessages } from '../i18n/messages/contract.js';
import { httpUrlSchema, issueParams, textSchema } from './fields.js';

/** The states of a payment order. */
export const PAYMENT_STATUSES = ['pending', 'paid', 'failed', 'expired'] as const;

/** zod schema of a `PaymentOrder` (integer fen; a paid order carries `paidAt`). */
export const paymentOrderSchema = /* @__PURE__ */ z
  .object({
    /** The province's order id. */
    orderId: textSchema,
    /** The case paid for. */
    caseNumber: textSchema,
    /** Amount in fen. */
    amountFen: z.int().check(z.gte(0)),
    /** State. */
    status: z.enum(PAYMENT_STATUSES),
    /** Where to pay. */
    payUrl: httpUrlSchema,
    /** When it was paid. */
    paidAt: z.optional(instantSchema),
  })
  .check(
    z.superRefine((o, ctx) => {
      if (o.status !== 'paid' || o.paidAt !== undefined) return;
      ctx.addIssue({ code: 'custom', path: ['paidAt'], input: o, params: issueParams(contractMessages, 'PAYMENT_PAID_AT_MISSING') });
    }),
  );

/** zod schema of `PaymentsCapability.createOrder`'s order: a positive amount in fen and absolute URLs. */
export const paymentRequestSchema = /* @__PURE__ */ z.object({
  /** The case paid for. */
  caseNumber: textSchema,
  /** Amount in fen, at least 1. */
  amountFen: z.int().check(z.gte(1)),
  /** What is paid for. */
  description: textSchema,
  /** Where the payer returns. */
  returnUrl: httpUrlSchema,
  /** Where the province posts the callback. */
  notifyUrl: httpUrlSchema,
});

/** zod schema of a payment callback as received: headers and the raw body. */
export const paymentCallbackSchema = /* @__PURE__ */ z.object({
  /** Request headers. */
  headers: z.record(z.string(), z.string()),
  /** The raw body, exactly as received. */
  body: z.string(),
});
