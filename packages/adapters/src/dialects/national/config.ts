import * as z from 'zod/mini';
import { dialectConfigShape, secretSchema, type DialectConfig } from '../shared/dialect-config.js';

/**
 * The national adapter's configuration, as written (see {@link nationalConfigSchema}). Only
 * `baseUrl`, `accessKey` and `secretKey` are required.
 */
export interface NationalConfig extends DialectConfig {
  /** Zhejiang-style HMAC access key. */
  readonly accessKey: string;
  /** Zhejiang-style HMAC secret key (server side only). */
  readonly secretKey: string;
}

/** The national adapter's configuration after validation (the same shape as {@link NationalConfig}). */
export type NationalConfigParsed = NationalConfig;

/**
 * zod schema of the national adapter's configuration. Only `baseUrl`, `accessKey` and
 * `secretKey` are required; `oauth` turns on the identity capability and `paymentSecret` the
 * payments capability. Secrets never appear in error messages (the factory masks every value).
 */
export const nationalConfigSchema: z.ZodMiniType<NationalConfigParsed, NationalConfig> = /* @__PURE__ */ z.object(
  dialectConfigShape({
    /** Zhejiang-style HMAC access key. */
    accessKey: secretSchema(),
    /** Zhejiang-style HMAC secret key (server side only). */
    secretKey: secretSchema(),
  }),
);
