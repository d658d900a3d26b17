import * as z from 'zod/mini';
import {
  caseStatusSchema,
  civilDateSchema,
  instantSchema,
  localIdSchema,
  mobileNumberSchema,
  residentIdNumberSchema,
  unifiedSocialCreditCodeSchema,
} from '@sijitong/core';
import { bytesSchema, publicNameSchema, textSchema } from './fields.js';

/** zod schema of one public history step (`CaseProgressStep`). */
export const caseProgressStepSchema = /* @__PURE__ */ z.object({
  /** When. */
  at: instantSchema,
  /** The canonical state after the step. */
  status: caseStatusSchema,
  /** 环节名称. */
  step: z.optional(z.string()),
  /** Public opinion. */
  opinion: z.optional(z.string()),
  /** Department. */
  department: z.optional(z.string()),
});

/**
 * zod schema of a public lookup's result (`CaseProgress`). The applicant's name is masked on the
 * way through when the province sent it whole (see {@link publicNameSchema}).
 */
export const caseProgressSchema = /* @__PURE__ */ z.object({
  /** 申办流水号. */
  caseNumber: textSchema,
  /** The item's name. */
  itemName: textSchema,
  /** The applicant's name, masked. */
  applicantName: publicNameSchema,
  /** The canonical state. */
  status: caseStatusSchema,
  /** The province's own state. */
  nativeStatus: z.optional(
    z.object({
      /** The province's code. */
      code: textSchema,
      /** The province's label. */
      label: z.optional(z.string()),
    }),
  ),
  /** 收件时间. */
  receivedAt: instantSchema,
  /** 受理日期. */
  acceptedOn: z.optional(civilDateSchema),
  /** 承诺办结日期. */
  deadline: z.optional(civilDateSchema),
  /** 办结日期. */
  concludedOn: z.optional(civilDateSchema),
  /** History, oldest first. */
  steps: z.array(caseProgressStepSchema),
});

/** zod schema of a case in an applicant's list (`CaseSummary`). */
export const caseSummarySchema = /* @__PURE__ */ z.object({
  /** 申办流水号. */
  caseNumber: textSchema,
  /** The item's name. */
  itemName: textSchema,
  /** The canonical state. */
  status: caseStatusSchema,
  /** 收件时间. */
  receivedAt: instantSchema,
});

/** zod schema of a `SubmissionReceipt`. */
export const submissionReceiptSchema = /* @__PURE__ */ z.object({
  /** 申办流水号. */
  caseNumber: textSchema,
  /** 查询密码. */
  queryPassword: z.optional(textSchema),
  /** When received. */
  receivedAt: instantSchema,
  /** The idempotency key. */
  idempotencyKey: textSchema,
});

/** zod schema of a `CaseLookupQuery` (case number, second factor, optional captcha). */
export const caseLookupQuerySchema = /* @__PURE__ */ z.object({
  /** 申办流水号. */
  caseNumber: textSchema,
  /** The second factor. */
  verification: z.discriminatedUnion('kind', [
    z.object({
      /** By the applicant's name. */
      kind: z.literal('applicantName'),
      /** The name, unmasked. */
      name: textSchema,
    }),
    z.object({
      /** By the query password. */
      kind: z.literal('queryPassword'),
      /** 查询密码. */
      password: textSchema,
    }),
  ]),
  /** The captcha. */
  captcha: z.optional(
    z.object({
      /** The captcha's id. */
      id: textSchema,
      /** What was typed. */
      answer: textSchema,
    }),
  ),
});

/** zod schema of an `ApplicationMaterial`. */
export const applicationMaterialSchema = /* @__PURE__ */ z.object({
  /** The material's id in the item. */
  materialId: localIdSchema,
  /** File name. */
  fileName: textSchema,
  /** MIME type. */
  contentType: textSchema,
  /** The file. */
  content: bytesSchema,
});

/**
 * zod schema of an `Application`. The applicant's resident ID number, credit code and mobile
 * number are checked with core's identifier schemas (checksums included).
 */
export const applicationSchema = /* @__PURE__ */ z.object({
  /** 实施编码. */
  implementationCode: textSchema,
  /** The item version the form was filled against. */
  itemVersion: textSchema,
  /** The applicant. */
  applicant: z.discriminatedUnion('kind', [
    z.object({
      /** A person. */
      kind: z.literal('person'),
      /** Name. */
      name: textSchema,
      /** 居民身份证号 (GB 11643). */
      idNumber: residentIdNumberSchema,
      /** Mobile number. */
      mobile: z.optional(mobileNumberSchema),
    }),
    z.object({
      /** An organisation. */
      kind: z.literal('organization'),
      /** Registered name. */
      name: textSchema,
      /** 统一社会信用代码 (GB 32100). */
      creditCode: unifiedSocialCreditCodeSchema,
      /** Mobile number. */
      mobile: z.optional(mobileNumberSchema),
    }),
  ]),
  /** Form values by data-element key. */
  form: z.record(z.string(), z.unknown()),
  /** Scenario answers. */
  answers: z.optional(z.record(z.string(), z.union([z.string(), z.array(z.string())]))),
  /** Uploaded materials. */
  materials: z.optional(z.array(applicationMaterialSchema)),
});

/** zod schema of `SubmitOptions` (an idempotency key of 1–200 characters is required). */
export const submitOptionsSchema = /* @__PURE__ */ z.object({
  /** The client's idempotency key. */
  idempotencyKey: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
});
