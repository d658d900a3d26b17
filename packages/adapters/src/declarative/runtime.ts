import { createStatusMapping, NATIONAL_EXCHANGE_STATUS_CODES } from '@sijitong/core';
import type { PageQuery } from '../contract/call.js';
import type { CallOptions } from '../contract/call.js';
import type { IdentitySession } from '../contract/capabilities.js';
import { AdapterError } from '../errors.js';
import { createHttpClient, type HttpClient, type QueryValue } from '../http/client.js';
import { pageParams, type PagingStyle } from '../http/envelope.js';
import { declarativeMessages } from '../i18n/messages/declarative.js';
import { appKeySigner } from '../signing/app-key.js';
import { combineSigners } from '../signing/combine.js';
import { gmEnvelopeDecoder, gmEnvelopeSigner } from '../signing/gm-envelope.js';
import { guangdongTifSigner } from '../signing/guangdong-tif.js';
import type { Signer } from '../signing/signer.js';
import { zhejiangHmacSigner } from '../signing/zhejiang-hmac.js';
import { createMemoryStore } from '../stores/memory-store.js';
import { createSubmission, type Submission } from '../submission/submit-idempotently.js';
import { valueAtPath } from '../dialects/mapping/apply.js';
import { withProvinceErrors } from '../dialects/mapping/province-errors.js';
import { NATIONAL_CODE_TABLES } from '../dialects/national/codes.js';
import { callOptions, readOnlyKey, transportOptions } from '../dialects/shared/http-config.js';
import { requestOf, type DialectTables } from '../dialects/shared/mapped-io.js';
import type { DeclarativeConfigParsed, DeclarativeEndpointName } from './config.js';

/** Everything the declarative capabilities share. @internal */
export interface DeclarativeRuntime extends DialectTables {
  /** The validated configuration. */
  readonly config: DeclarativeConfigParsed;
  /** The signed client. */
  readonly client: HttpClient;
  /** The paging style. */
  readonly paging: PagingStyle;
  /** The largest page. */
  readonly maxPageSize: number;
  /** Remembers submissions per idempotency key. */
  readonly submission: Submission;
}

function signerOf(config: DeclarativeConfigParsed): Signer | undefined {
  const s = config.signing;
  const header =
    s.kind === 'zhejiangHmac'
      ? zhejiangHmacSigner({ accessKey: s.accessKey, secretKey: s.secretKey })
      : s.kind === 'guangdongTif'
        ? guangdongTifSigner({ paasId: s.paasId, token: s.token })
        : s.kind === 'appKey'
          ? appKeySigner({ appKey: s.appKey, appSecret: s.appSecret, algorithm: s.algorithm })
          : undefined;
  const gm = config.gmEnvelope;
  if (gm === undefined) return header;
  const envelope = gmEnvelopeSigner({ sm4Key: gm.sm4Key, sm2PrivateKey: gm.sm2PrivateKey, ...(gm.userId === undefined ? {} : { userId: gm.userId }) });
  return header === undefined ? envelope : combineSigners(envelope, header);
}

function decoderOf(config: DeclarativeConfigParsed): ((text: string) => string) | undefined {
  const gm = config.gmEnvelope;
  if (gm === undefined) return undefined;
  return gmEnvelopeDecoder({ sm4Key: gm.sm4Key, sm2PublicKey: gm.sm2PublicKey, ...(gm.userId === undefined ? {} : { userId: gm.userId }) });
}

/** Builds the runtime of one declarative adapter. @internal */
export function declarativeRuntime(config: DeclarativeConfigParsed): DeclarativeRuntime {
  const signer = signerOf(config);
  const decodeBody = decoderOf(config);
  const client = createHttpClient({
    baseUrl: config.baseUrl,
    envelope: config.envelope,
    ...(signer === undefined ? {} : { signer }),
    ...(decodeBody === undefined ? {} : { decodeBody }),
    ...transportOptions(config),
  });
  const { in: _in, maxPageSize, ...paging } = config.paging;
  return {
    config,
    client,
    paging,
    maxPageSize: maxPageSize ?? 100,
    submission: createSubmission({ store: config.store ?? createMemoryStore(), prefix: `submission:${config.id}:` }),
    tables: { ...NATIONAL_CODE_TABLES, ...config.enums },
    status: createStatusMapping(config.statusMapping ?? { ...NATIONAL_EXCHANGE_STATUS_CODES, province: config.id }),
    dataPath: config.envelope.dataField === undefined ? [] : config.envelope.dataField.split('.'),
  };
}

/** What one endpoint call carries besides its mapped input. @internal */
export interface EndpointCall {
  /** The page to ask for (paged endpoints). */
  readonly page?: Required<PageQuery>;
  /** The signed-in user's session (bearer endpoints). */
  readonly session?: IdentitySession;
  /** Makes the call retryable (and deduplicated at the province). */
  readonly idempotencyKey?: string;
  /** Parameters of the contract errors the endpoint's `errors` table may raise. */
  readonly errorParams?: Readonly<Record<string, string | number>>;
}

function queryValue(value: unknown): QueryValue {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** Whether the configuration maps `name`. @internal */
export function hasEndpoint(rt: DeclarativeRuntime, name: DeclarativeEndpointName): boolean {
  return rt.config.endpoints[name] !== undefined;
}

/**
 * Calls endpoint `name`: path placeholders, query and body mapped from `input`, paging parameters
 * where the paging style says, the bearer token, an idempotency key (a fresh one for `readOnly`
 * POSTs), and the endpoint's error table. Returns the unwrapped payload. @internal
 */
export async function callEndpoint(
  rt: DeclarativeRuntime,
  name: DeclarativeEndpointName,
  input: unknown,
  options: CallOptions = {},
  extra: EndpointCall = {},
): Promise<unknown> {
  const endpoint = rt.config.endpoints[name];
  if (endpoint === undefined) throw new AdapterError(declarativeMessages, 'DECLARATIVE_NOT_CONFIGURED', { id: rt.config.id, operation: name });
  const path = endpoint.path.replace(/\{([^}]*)\}/g, (_whole, key: string) => encodeURIComponent(String(valueAtPath(input, key) ?? '')));
  const query: Record<string, QueryValue> = {};
  for (const [k, v] of Object.entries(endpoint.query === undefined ? {} : requestOf(rt, endpoint.query, input, name))) query[k] = queryValue(v);
  let json: Record<string, unknown> | undefined = endpoint.body === undefined ? undefined : requestOf(rt, endpoint.body, input, name);
  if (extra.page !== undefined) {
    const params = pageParams({ page: extra.page.page, pageSize: Math.min(extra.page.pageSize, rt.maxPageSize) }, rt.paging);
    if (rt.config.paging.in === 'body') json = { ...json, ...params };
    else Object.assign(query, params);
  }
  if (json === undefined && endpoint.method !== 'GET') json = {};
  const idempotencyKey = extra.idempotencyKey ?? (endpoint.readOnly === true ? readOnlyKey() : undefined);
  return withProvinceErrors(
    () =>
      rt.client.request({
        method: endpoint.method,
        path,
        query,
        ...(json === undefined ? {} : { json }),
        ...(extra.session === undefined ? {} : { headers: { authorization: `Bearer ${extra.session.accessToken}` } }),
        ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
        ...callOptions(options),
      }),
    endpoint.errors ?? {},
    extra.errorParams ?? {},
  );
}
