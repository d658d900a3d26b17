import * as z from 'zod/mini';
import { statusMappingSchema, type StatusMappingDefinition } from '@sijitong/core';
import type { Adapter } from '../../contract/adapter.js';
import { httpUrlSchema } from '../../parse/fields.js';
import { displayNameSchema, transportConfigShape, type OAuthClientConfig, type TransportConfig } from '../shared/http-config.js';

const secret = () => z.string().check(z.minLength(1), z.maxLength(4096));
const hex = (length: number) => z.string().check(z.regex(new RegExp(`^[0-9a-fA-F]{${String(length)}}$`)));

/**
 * The guangdong adapter's configuration, as written (see {@link guangdongConfigSchema}): TIF
 * credentials, the SM4 key and both SM2 keys are required.
 */
export interface GuangdongConfig extends TransportConfig {
  /** Adapter id; default `guangdong`. */
  readonly id?: string | undefined;
  /** Display name; default 广东政务服务网. */
  readonly name?: Adapter['name'] | undefined;
  /** The gateway's base URL (the simulator's `${sim.url}/guangdong`). */
  readonly baseUrl: string;
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
  /** The province (name or code), shown in status-table errors. */
  readonly province?: string | undefined;
  /** The province's own status table, when it differs from the dialect's. */
  readonly statusTable?: StatusMappingDefinition | undefined;
  /** The OAuth client of the unified login; enables `identity`. */
  readonly oauth?: OAuthClientConfig | undefined;
  /** The secret that signs payment callbacks; enables `payments`. */
  readonly paymentSecret?: string | undefined;
  /** Header carrying the callback's signature; default `x-sim-payment-signature`. */
  readonly paymentSignatureHeader?: string | undefined;
}

/** The guangdong adapter's configuration after validation (the same shape as {@link GuangdongConfig}). */
export type GuangdongConfigParsed = GuangdongConfig;

/**
 * zod schema of the guangdong adapter's configuration: TIF credentials (`paasId`, `token`), the
 * SM4 key, the integrator's SM2 private key (signs requests) and the province's SM2 public key
 * (verifies responses). `oauth` turns on identity, `paymentSecret` payments. Secrets never appear
 * in error messages.
 */
export const guangdongConfigSchema: z.ZodMiniType<GuangdongConfigParsed, GuangdongConfig> = /* @__PURE__ */ z.object({
  /** Adapter id; default `guangdong`. */
  id: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9-]{1,63}$/))),
  /** Display name; default 广东政务服务网. */
  name: z.optional(displayNameSchema),
  /** The gateway's base URL (the simulator's `${sim.url}/guangdong`). */
  baseUrl: httpUrlSchema,
  /** TIF paasId. */
  paasId: secret(),
  /** TIF paasToken (server side only). */
  token: secret(),
  /** SM4 key, 32 hex characters. */
  sm4Key: hex(32),
  /** The integrator's SM2 private key (64 hex), signing request envelopes. */
  sm2PrivateKey: hex(64),
  /** The province's SM2 public key (130 hex, `04…`), verifying response envelopes. */
  sm2PublicKey: hex(130),
  /** SM2 user id of both sides; default `1234567812345678`. */
  sm2UserId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  /** The province (name or code), shown in status-table errors. */
  province: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  /** The province's own status table, when it differs from the dialect's. */
  statusTable: z.optional(statusMappingSchema),
  /** The OAuth client of the unified login; enables `identity`. */
  oauth: z.optional(z.object({ clientId: secret(), clientSecret: secret() })),
  /** The secret that signs payment callbacks; enables `payments`. */
  paymentSecret: z.optional(secret()),
  /** Header carrying the callback's signature; default `x-sim-payment-signature`. */
  paymentSignatureHeader: z.optional(z.string().check(z.minLength(1))),
  ...transportConfigShape,
});

