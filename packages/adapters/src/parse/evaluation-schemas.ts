import * as z from 'zod/mini';
import { satisfactionLevelSchema, satisfactionSchema } from '@sijitong/core';
import { textSchema } from './fields.js';

const SOME_INSTANT = '2000-01-01T00:00:00Z';

/**
 * zod schema of an `Evaluation` (好差评). Core's satisfaction rules apply: a level of 2 or 1 needs a
 * reason (core's `SATISFACTION_REASON_REQUIRED`, at path `reason`).
 */
export const evaluationSchema = /* @__PURE__ */ z
  .object({
    /** The case rated. */
    caseNumber: textSchema,
    /** 5 … 1. */
    level: satisfactionLevelSchema,
    /** Why, required for 2 and 1. */
    reason: z.optional(z.string()),
    /** Free text. */
    comment: z.optional(z.string()),
  })
  .check(
    z.superRefine((value, ctx) => {
      const { caseNumber: _, ...rating } = value;
      const result = z.safeParse(satisfactionSchema, { ...rating, at: SOME_INSTANT });
      if (result.success) return;
      for (const issue of result.error.issues) ctx.addIssue({ ...issue, input: value } as z.core.$ZodRawIssue);
    }),
  );

/** zod schema of what `EvaluationCapability.submit` returns. */
export const evaluationReceiptSchema = /* @__PURE__ */ z.object({
  /** The rating's id. */
  evaluationId: textSchema,
});
