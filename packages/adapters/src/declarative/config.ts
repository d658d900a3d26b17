import * as z from 'zod/mini';
import { statusMappingSchema, type StatusMappingDefinition } from '@sijitong/core';
import type { Adapter } from '../contract/adapter.js';
import type { EnvelopeRule, PagingStyle } from '../http/envelope.js';
import { contractMessages } from '../i18n/messages/contract.js';
import { httpUrlSchema } from '../parse/fields.js';
import type { AppKeyAlgorithm } from '../signing/app-key.js';
import type { ProvinceErrorTable } from '../dialects/mapping/province-errors.js';
import { codeTableSchema, fieldSpecSchema, objectSpecSchema, type CodeTable, type FieldSpec, type ObjectSpec } from '../dialects/mapping/spec.js';
import { hexSchema, secretSchema } from '../dialects/shared/dialect-config.js';
import { displayNameSchema, transportConfigShape, type TransportConfig } from '../dialects/shared/http-config.js';
import { checkDeclarativeConfig } from './config-checks.js';

const name = () => z.string().check(z.minLength(1), z.maxLength(200));

/** Zhejiang-style HMAC signing (see `zhejiangHmacSigner`). */
export interface ZhejiangHmacSigningConfig {
  /** The signer. */
  readonly kind: 'zhejiangHmac';
  /** The access key. */
  readonly accessKey: string;
  /** The secret key (server side only). */
  readonly secretKey: string;
}

/** Guangdong-style TIF signing (see `guangdongTifSigner`). */
export interface GuangdongTifSigningConfig {
  /** The signer. */
  readonly kind: 'guangdongTif';
  /** TIF paasId. */
  readonly paasId: string;
  /** TIF paasToken (server side only). */
  readonly token: string;
}

/** appKey hash signing (see `appKeySigner`). */
export interface AppKeySigningConfig {
  /** The signer. */
  readonly kind: 'appKey';
  /** The app key. */
  readonly appKey: string;
  /** The app secret (server side only). */
  readonly appSecret: string;
  /** The hash. */
  readonly algorithm: AppKeyAlgorithm;
}

/** No signing (a gateway that authenticates otherwise, or a test double). */
export interface NoSigningConfig {
  /** The signer: none. */
  readonly kind: 'none';
}

/** How requests are signed: one of the kit's signers, with its credentials (see {@link signingConfigSchema}). */
export type SigningConfig = ZhejiangHmacSigningConfig | GuangdongTifSigningConfig | AppKeySigningConfig | NoSigningConfig;

/** The SM4/SM2 body envelope (国密) of a declarative configuration (see {@link gmEnvelopeConfigSchema}). */
export interface GmEnvelopeConfig {
  /** SM4 key, 32 hex. */
  readonly sm4Key: string;
  /** Our SM2 private key (signs requests). */
  readonly sm2PrivateKey: string;
  /** The province's SM2 public key (verifies responses). */
  readonly sm2PublicKey: string;
  /** SM2 user id; default `1234567812345678`. */
  readonly userId?: string | undefined;
}

/** http's {@link PagingStyle} as JSON, plus where the page parameters go and the largest page (see {@link pagingConfigSchema}). */
export interface PagingConfig extends PagingStyle {
  /** `query` (default) or `body`. */
  readonly in?: 'query' | 'body' | undefined;
  /** Page sizes are capped at this; default 100. */
  readonly maxPageSize?: number | undefined;
}

/** How requests are signed: one of the kit's signers, with its credentials. */
export const signingConfigSchema: z.ZodMiniType<SigningConfig, SigningConfig> = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('zhejiangHmac'), accessKey: secretSchema(), secretKey: secretSchema() }),
  z.object({ kind: z.literal('guangdongTif'), paasId: secretSchema(), token: secretSchema() }),
  z.object({ kind: z.literal('appKey'), appKey: secretSchema(), appSecret: secretSchema(), algorithm: z.enum(['sha1', 'md5', 'sha256']) }),
  z.object({ kind: z.literal('none') }),
]);

/** The SM4/SM2 body envelope (国密), when the province seals bodies both ways. */
export const gmEnvelopeConfigSchema: z.ZodMiniType<GmEnvelopeConfig, GmEnvelopeConfig> = /* @__PURE__ */ z.object({
  /** SM4 key, 32 hex. */
  sm4Key: hexSchema(32),
  /** Our SM2 private key (signs requests). */
  sm2PrivateKey: hexSchema(64),
  /** The province's SM2 public key (verifies responses). */
  sm2PublicKey: hexSchema(130),
  /** SM2 user id; default `1234567812345678`. */
  userId: z.optional(z.string().check(z.minLength(1))),
});

/** http's {@link EnvelopeRule} as JSON. */
export const envelopeConfigSchema: z.ZodMiniType<EnvelopeRule, EnvelopeRule> = /* @__PURE__ */ z.object({
  codeField: name(),
  successCodes: z.array(z.string()).check(z.minLength(1)),
  messageField: name(),
  dataField: z.optional(name()),
  retryableCodes: z.optional(z.array(z.string())),
});

/** http's `PagingStyle` as JSON, plus where the page parameters go and the largest page. */
export const pagingConfigSchema: z.ZodMiniType<PagingConfig, PagingConfig> = /* @__PURE__ */ z.object({
  pageField: name(),
  sizeField: name(),
  totalField: name(),
  itemsField: name(),
  firstPage: z.literal([0, 1]),
  /** `query` (default) or `body`. */
  in: z.optional(z.enum(['query', 'body'])),
  /** Page sizes are capped at this; default 100. */
  maxPageSize: z.optional(z.int().check(z.gte(1), z.lte(1000))),
});

const CONTRACT_CODES = Object.keys(contractMessages['zh-CN']) as [keyof (typeof contractMessages)['zh-CN'], ...(keyof (typeof contractMessages)['zh-CN'])[]];

/** One endpoint of a declarative configuration (see {@link endpointConfigSchema}). */
export interface EndpointConfig {
  /** The HTTP method. */
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Path under `baseUrl`; `{name}` is filled with the input's value (URL-encoded). */
  readonly path: string;
  /** Query parameters built from the input. */
  readonly query?: ObjectSpec | undefined;
  /** JSON body built from the input. */
  readonly body?: ObjectSpec | undefined;
  /** The payload mapped to the operation's result (create, confirm, upload, evaluation). */
  readonly response?: ObjectSpec | undefined;
  /** A POST that only reads: retried like a GET. */
  readonly readOnly?: boolean | undefined;
  /** Province error code (or `http:<status>`) → contract error code. */
  readonly errors?: ProvinceErrorTable | undefined;
}

/** One endpoint: where to send, what to send (mapped from the operation's input), what comes back. */
export const endpointConfigSchema: z.ZodMiniType<EndpointConfig, EndpointConfig> = /* @__PURE__ */ z.strictObject({
  /** The HTTP method. */
  method: z.enum(['GET', 'POST', 'PUT']),
  /** Path under `baseUrl`; `{name}` is filled with the input's value (URL-encoded). */
  path: z.string().check(z.regex(/^\/\S*$/)),
  /** Query parameters built from the input. */
  query: z.optional(objectSpecSchema),
  /** JSON body built from the input. */
  body: z.optional(objectSpecSchema),
  /** The payload mapped to the operation's result (create, confirm, upload, evaluation). */
  response: z.optional(objectSpecSchema),
  /** A POST that only reads: retried like a GET. */
  readOnly: z.optional(z.boolean()),
  /** Province error code (or `http:<status>`) → contract error code. */
  errors: z.optional(z.record(z.string(), z.enum(CONTRACT_CODES))),
});

/** The operations a declarative adapter can map. */
export const DECLARATIVE_ENDPOINTS = [
  'catalog.list',
  'catalog.get',
  'catalog.changes',
  'catalog.bundles',
  'cases.lookup',
  'cases.create',
  'cases.upload',
  'cases.confirm',
  'cases.mine',
  'evaluation.submit',
] as const;

/** An operation a declarative adapter can map. */
export type DeclarativeEndpointName = (typeof DECLARATIVE_ENDPOINTS)[number];

/** The operations of a declarative configuration, by name; the ones left out are not offered. */
export type DeclarativeEndpoints = { readonly [name in DeclarativeEndpointName]?: EndpointConfig | undefined };

/** The changes feed of a declarative configuration: where the changed items, removed codes and next `until` are. */
export interface ChangesFieldsConfig {
  /** Path of the changed items (mapped with `fields.item`). */
  readonly changed: string;
  /** Path of the removed implementation codes. */
  readonly removed: string;
  /** Where the next `until` comes from. */
  readonly until: FieldSpec;
}

/** Field mappings of the records several endpoints of a declarative configuration share. */
export interface DeclarativeFieldsConfig {
  /** Province item → core `Item` (catalog.list rows, catalog.get, changes). */
  readonly item?: ObjectSpec | undefined;
  /** The changes feed: paths of the changed items and removed codes, and the next `until`. */
  readonly changes?: ChangesFieldsConfig | undefined;
  /** Lookup answer → `CaseProgress`. */
  readonly progress?: ObjectSpec | undefined;
  /** "My cases" row → `CaseSummary`. */
  readonly caseSummary?: ObjectSpec | undefined;
}

/** A declarative adapter's configuration, as written (JSON); see {@link declarativeConfigSchema}. */
export interface DeclarativeConfig extends TransportConfig {
  /** Adapter id. */
  readonly id: string;
  /** Display name. */
  readonly name: Adapter['name'];
  /** The gateway's base URL. */
  readonly baseUrl: string;
  /** Request signing. */
  readonly signing: SigningConfig;
  /** The SM4/SM2 body envelope, if any. */
  readonly gmEnvelope?: GmEnvelopeConfig | undefined;
  /** How answers are wrapped. */
  readonly envelope: EnvelopeRule;
  /** How lists are paged. */
  readonly paging: PagingConfig;
  /** The operations, by name. */
  readonly endpoints: DeclarativeEndpoints;
  /** Field mappings of the records several endpoints share. */
  readonly fields: DeclarativeFieldsConfig;
  /** Native case status codes → canonical statuses. */
  readonly statusMapping?: StatusMappingDefinition | undefined;
  /** Code tables by name, over the built-in national ones (`itemType`, `level`…). */
  readonly enums?: Readonly<Record<string, CodeTable>> | undefined;
}

/** A declarative adapter's configuration after validation (the same shape as {@link DeclarativeConfig}). */
export type DeclarativeConfigParsed = DeclarativeConfig;

/**
 * zod schema of a declarative adapter's configuration (plain JSON): signing, envelope, paging,
 * endpoints, field mappings, the status table and code tables. Cross-checks: every code table a
 * mapping names exists (in `enums` or built in), the endpoints of a capability come together, and
 * the mappings they need are present.
 */
export const declarativeConfigSchema: z.ZodMiniType<DeclarativeConfigParsed, DeclarativeConfig> = /* @__PURE__ */ z
  .object({
    /** Adapter id. */
    id: z.string().check(z.regex(/^[a-z][a-z0-9-]{1,63}$/)),
    /** Display name. */
    name: displayNameSchema,
    /** The gateway's base URL. */
    baseUrl: httpUrlSchema,
    /** Request signing. */
    signing: signingConfigSchema,
    /** The SM4/SM2 body envelope, if any. */
    gmEnvelope: z.optional(gmEnvelopeConfigSchema),
    /** How answers are wrapped. */
    envelope: envelopeConfigSchema,
    /** How lists are paged. */
    paging: pagingConfigSchema,
    /** The operations, by name. */
    endpoints: z.strictObject(Object.fromEntries(DECLARATIVE_ENDPOINTS.map((e) => [e, z.optional(endpointConfigSchema)])) as Record<DeclarativeEndpointName, z.ZodMiniOptional<typeof endpointConfigSchema>>),
    /** Field mappings of the records several endpoints share. */
    fields: z.strictObject({
      /** Province item → core `Item` (catalog.list rows, catalog.get, changes). */
      item: z.optional(objectSpecSchema),
      /** The changes feed: paths of the changed items and removed codes, and the next `until`. */
      changes: z.optional(z.strictObject({ changed: name(), removed: name(), until: fieldSpecSchema })),
      /** Lookup answer → `CaseProgress`. */
      progress: z.optional(objectSpecSchema),
      /** "My cases" row → `CaseSummary`. */
      caseSummary: z.optional(objectSpecSchema),
    }),
    /** Native case status codes → canonical statuses. */
    statusMapping: z.optional(statusMappingSchema),
    /** Code tables by name, over the built-in national ones (`itemType`, `level`…). */
    enums: z.optional(z.record(z.string(), codeTableSchema)),
    ...transportConfigShape,
  })
  .check(z.superRefine(checkDeclarativeConfig));
