import * as z from 'zod/mini';
import { civilDateSchema, residentIdNumberSchema, unifiedSocialCreditCodeSchema } from '@sijitong/core';
import { bytesSchema, textSchema } from './fields.js';

/** zod schema of an `ELicence`. */
export const eLicenceSchema = /* @__PURE__ */ z.object({
  /** Id in the licence library. */
  id: textSchema,
  /** Licence type. */
  type: z.object({
    /** Type code. */
    code: textSchema,
    /** Type name. */
    name: textSchema,
  }),
  /** Licence number. */
  number: textSchema,
  /** Holder's name. */
  holderName: textSchema,
  /** Issuing authority. */
  issuer: textSchema,
  /** Valid from. */
  validFrom: civilDateSchema,
  /** Valid to; absent when it does not expire. */
  validTo: z.optional(civilDateSchema),
});

/** zod schema of `ELicencesCapability.find`'s query: a person's ID number or an organisation's credit code. */
export const eLicenceQuerySchema = /* @__PURE__ */ z.object({
  /** The holder. */
  holder: z.union([
    z.object({
      /** A person's 居民身份证号. */
      idNumber: residentIdNumberSchema,
    }),
    z.object({
      /** An organisation's 统一社会信用代码. */
      creditCode: unifiedSocialCreditCodeSchema,
    }),
  ]),
  /** Only this licence type. */
  typeCode: z.optional(textSchema),
});

/** zod schema of a licence file (`ELicencesCapability.file`'s result). */
export const eLicenceFileSchema = /* @__PURE__ */ z.object({
  /** MIME type, e.g. `application/ofd` or `application/pdf`. */
  contentType: textSchema,
  /** The file. */
  content: bytesSchema,
});
