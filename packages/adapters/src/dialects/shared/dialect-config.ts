import * as z from 'zod/mini';
import { statusMappingSchema, type StatusMappingDefinition } from '@sijitong/core';
import type { Adapter } from '../../contract/adapter.js';
import { httpUrlSchema } from '../../parse/fields.js';
import { displayNameSchema, transportConfigShape, type OAuthClientConfig, type TransportConfig } from './http-config.js';

/**
 * The fields every dialect adapter's configuration has, besides its credentials: id, display
 * name, base URL, province and status table, OAuth client, payment secret, transport.
 */
export interface DialectConfig extends TransportConfig {
  /** Adapter id; default the dialect's name (`national`, `guangdong`). */
  readonly id?: string | undefined;
  /** Display name; default the dialect's ({@link NATIONAL_ADAPTER_NAME}, {@link GUANGDONG_ADAPTER_NAME}). */
  readonly name?: Adapter['name'] | undefined;
  /** The gateway's base URL, e.g. `https://gw.example.gov.cn/national` (the simulator's `${sim.url}/<dialect>`). */
  readonly baseUrl: string;
  /** The province (name or code, e.g. a 2-digit division code), shown in status-table errors. */
  readonly province?: string | undefined;
  /** The province's own status table, when it differs from the dialect's. */
  readonly statusTable?: StatusMappingDefinition | undefined;
  /** The OAuth client of the unified login; enables `identity`. */
  readonly oauth?: OAuthClientConfig | undefined;
  /** The secret that signs payment callbacks; enables `payments`. */
  readonly paymentSecret?: string | undefined;
  /** Header carrying the callback's signature; default `x-sim-payment-signature` (the simulator's). */
  readonly paymentSignatureHeader?: string | undefined;
}

/** zod schema of a secret (1–4096 characters; never shown in error messages). */
export const secretSchema = (): z.ZodMiniString<string> => z.string().check(z.minLength(1), z.maxLength(4096));

/** zod schema of `length` hex characters (keys). */
export const hexSchema = (length: number): z.ZodMiniString<string> => z.string().check(z.regex(new RegExp(`^[0-9a-fA-F]{${String(length)}}$`)));

/**
 * The zod shape of a dialect adapter's configuration: `id`, `name`, `baseUrl`, then the dialect's
 * own credentials (`credentials`), then the fields every dialect shares (province, status table,
 * OAuth client, payment secret) and the transport overrides. Keys keep this order, so validation
 * reports problems in the order the fields are documented.
 */
export function dialectConfigShape<C extends z.core.$ZodLooseShape>(credentials: C) {
  return {
    /** Adapter id; default the dialect's name. */
    id: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9-]{1,63}$/))),
    /** Display name; default the dialect's. */
    name: z.optional(displayNameSchema),
    /** The gateway's base URL. */
    baseUrl: httpUrlSchema,
    ...credentials,
    /** The province (name or code), shown in status-table errors. */
    province: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    /** The province's own status table, when it differs from the dialect's. */
    statusTable: z.optional(statusMappingSchema),
    /** The OAuth client of the unified login; enables `identity`. */
    oauth: z.optional(z.object({ clientId: secretSchema(), clientSecret: secretSchema() })),
    /** The secret that signs payment callbacks; enables `payments`. */
    paymentSecret: z.optional(secretSchema()),
    /** Header carrying the callback's signature; default `x-sim-payment-signature`. */
    paymentSignatureHeader: z.optional(z.string().check(z.minLength(1))),
    ...transportConfigShape,
  };
}
