import * as z from 'zod/mini';
import { dialectConfigShape, hexSchema, secretSchema, type DialectConfig } from '../shared/dialect-config.js';

/**
 * The guangdong adapter's configuration, as written (see {@link guangdongConfigSchema}): TIF
 * credentials, the SM4 key and both SM2 keys are required.
 */
export interface GuangdongConfig extends DialectConfig {
  /** TIF paasId. */
  readonly paasId: string;
  /** TIF paasToken (server side only). */
  readonly token: string;
  /** SM4 key, 32 hex characters. */
  readonly sm4Key: string;
  /** The integrator's SM2 private key (64 hex), signing request envelopes. */
  readonly sm2PrivateKey: string;
  /** The province's SM2 public key (130 hex, `04…`), verifying response envelopes. */
  readonly sm2PublicKey: string;
  /** SM2 user id of both sides; default `1234567812345678`. */
  readonly sm2UserId?: string | undefined;
}

/** The guangdong adapter's configuration after validation (the same shape as {@link GuangdongConfig}). */
export type GuangdongConfigParsed = GuangdongConfig;

/**
 * zod schema of the guangdong adapter's configuration: TIF credentials (`paasId`, `token`), the
 * SM4 key, the integrator's SM2 private key (signs requests) and the province's SM2 public key
 * (verifies responses). `oauth` turns on identity, `paymentSecret` payments. Secrets never appear
 * in error messages.
 */
export const guangdongConfigSchema: z.ZodMiniType<GuangdongConfigParsed, GuangdongConfig> = /* @__PURE__ */ z.object(
  dialectConfigShape({
    /** TIF paasId. */
    paasId: secretSchema(),
    /** TIF paasToken (server side only). */
    token: secretSchema(),
    /** SM4 key, 32 hex characters. */
    sm4Key: hexSchema(32),
    /** The integrator's SM2 private key (64 hex), signing request envelopes. */
    sm2PrivateKey: hexSchema(64),
    /** The province's SM2 public key (130 hex, `04…`), verifying response envelopes. */
    sm2PublicKey: hexSchema(130),
    /** SM2 user id of both sides; default `1234567812345678`. */
    sm2UserId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  }),
);
