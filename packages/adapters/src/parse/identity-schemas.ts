import * as z from 'zod/mini';
import { instantSchema, mobileNumberSchema, residentIdNumberSchema, unifiedSocialCreditCodeSchema } from '@sijitong/core';
import { httpUrlSchema, textSchema } from './fields.js';

/** zod schema of an `IdentitySession`. */
export const identitySessionSchema = /* @__PURE__ */ z.object({
  /** The province's access token. */
  accessToken: textSchema,
  /** When it expires. */
  expiresAt: instantSchema,
});

/**
 * zod schema of a `VerifiedProfile`: a person must come with a resident ID number (GB 11643,
 * checksum verified), an organisation with a unified social credit code (GB 32100).
 */
export const verifiedProfileSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.object({
    /** A person. */
    kind: z.literal('person'),
    /** Name as verified. */
    name: textSchema,
    /** 居民身份证号. */
    idNumber: residentIdNumberSchema,
    /** Mobile number. */
    mobile: z.optional(mobileNumberSchema),
    /** Verification level. */
    assurance: z.optional(textSchema),
  }),
  z.object({
    /** An organisation. */
    kind: z.literal('organization'),
    /** Registered name. */
    name: textSchema,
    /** 统一社会信用代码. */
    creditCode: unifiedSocialCreditCodeSchema,
    /** Mobile number. */
    mobile: z.optional(mobileNumberSchema),
    /** Verification level. */
    assurance: z.optional(textSchema),
  }),
]);

/** zod schema of `IdentityCapability.authorizeUrl`'s parameters. */
export const authorizeParamsSchema = /* @__PURE__ */ z.object({
  /** Where the province sends the browser back. */
  redirectUri: httpUrlSchema,
  /** The CSRF state, echoed back. */
  state: textSchema,
});

/** zod schema of `IdentityCapability.exchange`'s parameters. */
export const exchangeParamsSchema = /* @__PURE__ */ z.object({
  /** The code or ticket. */
  code: textSchema,
  /** The redirect URI the code was issued for. */
  redirectUri: httpUrlSchema,
});
