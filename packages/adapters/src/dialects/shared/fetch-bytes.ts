import { translate } from '@sijitong/core';
import { AdapterError } from '../../errors.js';
import { contractMessages } from '../../i18n/messages/contract.js';
import { dialectsMessages } from '../../i18n/messages/dialects.js';
import { buildUrl } from '../../http/client.js';
import { unwrapEnvelope, type EnvelopeRule } from '../../http/envelope.js';
import { httpStatusError, toAdapterError } from '../../http/map-error.js';
import type { FetchLike } from '../../http/signing-fetch.js';
import { httpMessages } from '../../i18n/messages/http.js';
import type { Signer } from '../../signing/signer.js';
import type { ELicenceFile } from '../../contract/capabilities.js';
import { eLicenceFileSchema } from '../../parse/licence-schemas.js';
import { parseResponse } from '../../parse/parse-response.js';
import { withProvinceErrors, type ProvinceErrorTable } from '../mapping/province-errors.js';

/** What {@link fetchBytes} needs. */
export interface FetchBytesOptions {
  /** The gateway's base URL. */
  readonly baseUrl: string;
  /** Path under it. */
  readonly path: string;
  /** `GET` or `POST`. */
  readonly method: 'GET' | 'POST';
  /** A JSON body (POST). */
  readonly json?: unknown;
  /** Signs the request. */
  readonly signer: Signer;
  /** The `fetch` to use. */
  readonly fetch?: FetchLike | undefined;
  /** Budget of the call in ms; default 10000. */
  readonly timeoutMs?: number | undefined;
  /** The envelope of a JSON error answer. */
  readonly envelope: EnvelopeRule;
  /** Opens an enveloped JSON error body (SM4/SM2) before reading it. */
  readonly decodeBody?: ((text: string, response: Response) => string | Promise<string>) | undefined;
  /** Cancels the call. */
  readonly signal?: AbortSignal | undefined;
  /** Headers sent with the request. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Downloads a file (an e-licence's OFD or PDF): signed like every call, the raw bytes returned
 * with their content type. A JSON answer is the province's error envelope and throws its error
 * (`PROVINCE_ERROR`), an HTTP error status `ADAPTER_HTTP_STATUS`. One attempt, no retries: the
 * http client reads text only, so binary answers take this path.
 */
export async function fetchBytes(options: FetchBytesOptions): Promise<{ contentType: string; content: Uint8Array }> {
  const url = buildUrl(options.baseUrl, options.path, undefined);
  const what = `${options.method} ${url.pathname}`;
  const started = performance.now();
  const headers = new Headers({ accept: '*/*', ...options.headers });
  let body = options.json === undefined ? undefined : JSON.stringify(options.json);
  if (body !== undefined) headers.set('content-type', 'application/json');
  const parts = await options.signer.sign({ method: options.method, url, headers: new Headers(headers), body });
  for (const [name, value] of Object.entries(parts.headers ?? {})) headers.set(name, value);
  if (parts.body !== undefined) body = parts.body;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const signal = options.signal === undefined ? timeout : AbortSignal.any([options.signal, timeout]);
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await doFetch(url, { method: options.method, headers, signal, ...(body === undefined ? {} : { body }) });
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw toAdapterError(error, { what, signal: options.signal, elapsedMs: performance.now() - started });
  }
  if (!response.ok) throw httpStatusError(response.status, what);
  const contentType = (response.headers.get('content-type') ?? 'application/octet-stream').split(';')[0]?.trim() ?? 'application/octet-stream';
  if (!contentType.endsWith('json')) return { contentType, content: bytes };
  const text = new TextDecoder().decode(bytes);
  const decoded = options.decodeBody === undefined ? text : await options.decodeBody(text, response);
  let json: unknown;
  try {
    json = JSON.parse(decoded);
  } catch (cause) {
    throw new AdapterError(httpMessages, 'RESPONSE_NOT_JSON', { what, status: response.status }, { cause });
  }
  unwrapEnvelope(json, options.envelope, what);
  // A JSON "success" is not a file.
  const params = { what, field: '$', count: 1 };
  throw new AdapterError(contractMessages, 'RESPONSE_INVALID', {
    ...params,
    detail: translate(dialectsMessages, 'detail.notFile'),
    detailEn: translate(dialectsMessages, 'detail.notFile', {}, 'en'),
  });
}

/**
 * An e-licence file of a dialect: `request` (path, method, body) signed with the runtime's signer,
 * within the call's budget (or the configured one), errors read with `envelope` (and `decodeBody`)
 * and translated with `errors`, the answer parsed as an `ELicenceFile`. @internal
 */
export async function licenceFile(
  rt: { readonly config: { readonly baseUrl: string; readonly fetch?: FetchLike | undefined; readonly timeoutMs?: number | undefined }; readonly signer: Signer },
  request: Pick<FetchBytesOptions, 'path' | 'method' | 'json' | 'envelope' | 'decodeBody'>,
  errors: ProvinceErrorTable,
  options: { readonly signal?: AbortSignal | undefined; readonly timeoutMs?: number | undefined },
): Promise<ELicenceFile> {
  const file = await withProvinceErrors(
    () =>
      fetchBytes({
        baseUrl: rt.config.baseUrl,
        ...request,
        signer: rt.signer,
        fetch: rt.config.fetch,
        timeoutMs: options.timeoutMs ?? rt.config.timeoutMs,
        signal: options.signal,
      }),
    errors,
  );
  return parseResponse(eLicenceFileSchema, file, { what: 'eLicences.file' });
}
