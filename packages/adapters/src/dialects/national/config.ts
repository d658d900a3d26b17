import * as z from 'zod/mini';
import { statusMappingSchema, type StatusMappingDefinition } from '@sijitong/core';
import type { Adapter } from '../../contract/adapter.js';
import { httpUrlSchema } from '../../parse/fields.js';
import { displayNameSchema, transportConfigShape, type OAuthClientConfig, type TransportConfig } from '../shared/http-config.js';

const secret = () => z.string().check(z.minLength(1), z.maxLength(4096));

/**
 * The national adapter's configuration, as written (see {@link nationalConfigSchema}). Only
 * `baseUrl`, `accessKey` and `secretKey` are required.
 */
export interface NationalConfig extends TransportConfig {
  /** Adapter id; default `national`. */
  readonly id?: string | undefined;
  /** Display name; default 全国一体化政务服务平台（国家标准接口）. */
  readonly name?: Adapter['name'] | undefined;
  /** The gateway's base URL, e.g. `https://gw.example.gov.cn/national` (the simulator's `${sim.url}/national`). */
  readonly baseUrl: string;
  /** Zhejiang-style HMAC access key. */
  readonly accessKey: string;
  /** Zhejiang-style HMAC secret key (server side only). */
  readonly secretKey: string;
  /** The province (name or 2-digit division code), shown in status-table errors. */
  readonly province?: string | undefined;
  /** The province's own status table, when it differs from the national dialect's. */
  readonly statusTable?: StatusMappingDefinition | undefined;
  /** The OAuth client of the unified login; enables `identity`. */
  readonly oauth?: OAuthClientConfig | undefined;
  /** The secret that signs payment callbacks; enables `payments`. */
  readonly paymentSecret?: string | undefined;
  /** Header carrying the callback's signature; default `x-sim-payment-signature` (the simulator's). */
  readonly paymentSignatureHeader?: string | undefined;
}

/** The national adapter's configuration after validation (the same shape as {@link NationalConfig}). */
export type NationalConfigParsed = NationalConfig;

/**
 * zod schema of the national adapter's configuration. Only `baseUrl`, `accessKey` and
 * `secretKey` are required; `oauth` turns on the identity capability and `paymentSecret` the
 * payments capability. Secrets never appear in error messages (the factory masks every value).
 */
export const nationalConfigSchema: z.ZodMiniType<NationalConfigParsed, NationalConfig> = /* @__PURE__ */ z.object({
  /** Adapter id; default `national`. */
  id: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9-]{1,63}$/))),
  /** Display name; default 全国一体化政务服务平台（国家标准接口）. */
  name: z.optional(displayNameSchema),
  /** The gateway's base URL, e.g. `https://gw.example.gov.cn/national` (the simulator's `${sim.url}/national`). */
  baseUrl: httpUrlSchema,
  /** Zhejiang-style HMAC access key. */
  accessKey: secret(),
  /** Zhejiang-style HMAC secret key (server side only). */
  secretKey: secret(),
  /** The province (name or 2-digit division code), shown in status-table errors. */
  province: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  /** The province's own status table, when it differs from the national dialect's. */
  statusTable: z.optional(statusMappingSchema),
  /** The OAuth client of the unified login; enables `identity`. */
  oauth: z.optional(z.object({ clientId: secret(), clientSecret: secret() })),
  /** The secret that signs payment callbacks; enables `payments`. */
  paymentSecret: z.optional(secret()),
  /** Header carrying the callback's signature; default `x-sim-payment-signature` (the simulator's). */
  paymentSignatureHeader: z.optional(z.string().check(z.minLength(1))),
  ...transportConfigShape,
});

