import * as z from 'zod/mini';
import { bundleSchema, itemSchema, translate, type Messages } from '@sijitong/core';
import type { Adapter } from '../contract/adapter.js';
import type { CallOptions } from '../contract/call.js';
import type { Application, CasesCapability, CatalogCapability, DivisionsCapability, EvaluationCapability } from '../contract/capabilities.js';
import { AdapterError } from '../errors.js';
import { httpMessages } from '../i18n/messages/http.js';
import { proxyMessages } from '../i18n/messages/proxy.js';
import {
  caseProgressSchema,
  catalogChangesSchema,
  divisionOptionsSchema,
  evaluationReceiptSchema,
  itemPageSchema,
  submissionReceiptSchema,
} from '../parse/index.js';
import { parseResponse } from '../parse/parse-response.js';
import { toBase64 } from '../signing/crypto.js';
import { PROXY_METHODS, proxyErrorBodySchema, proxyPath, type ProxyErrorPayload, type ProxyMethod, type WireMaterial } from './proxy-wire.js';
import type { FetchLike } from './signing-fetch.js';

/** Options of {@link createRemoteAdapter}. */
export interface RemoteAdapterOptions {
  /** Where the proxy is mounted, e.g. `/api/sijitong` (relative URLs resolve against the page). */
  readonly baseUrl: string | URL;
  /** The `fetch` to use; defaults to the global one. */
  readonly fetch?: FetchLike;
  /** The calls the proxy allows (mirror its `allow`), so widgets hide the rest; default all. */
  readonly methods?: readonly ProxyMethod[];
  /** The adapter's id; default `remote`. */
  readonly id?: string;
  /** Budget of a call in ms when the caller gives none; default 15000. */
  readonly timeoutMs?: number;
  /** Headers sent with every call (e.g. a CSRF token). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** An {@link AdapterError} rebuilt from the proxy's error body, with both messages as sent. */
export function adapterErrorFromPayload(payload: ProxyErrorPayload): AdapterError {
  const messages: Messages<string> = { 'zh-CN': { [payload.code]: payload.message }, en: { [payload.code]: payload.messageEn } };
  return new AdapterError(messages, payload.code, payload.params ?? {}, {
    retryable: payload.retryable,
    ...(payload.path === undefined ? {} : { path: payload.path }),
  });
}

function resolveBase(baseUrl: string | URL): string {
  const text = String(baseUrl).replace(/\/+$/, '');
  const origin = typeof location === 'undefined' ? undefined : location.href;
  return origin === undefined ? text : new URL(text, origin).href.replace(/\/+$/, '');
}

/**
 * An {@link Adapter} for the browser that calls the integrator's proxy
 * (`createProxyHandler` of `@sijitong/adapters/server`), so widgets get the province's catalogue,
 * lookups, submissions and division lists with no secret in the bundle. Results are parsed with the contract's
 * schemas; the proxy's errors come back as {@link AdapterError}s with the same code, both messages
 * and `retryable`. Calls the proxy does not offer (`cases.listByApplicant`, identity…) throw
 * `ADAPTER_CAPABILITY_FORBIDDEN` without a request.
 */
export function createRemoteAdapter(options: RemoteAdapterOptions): Adapter {
  const methods = new Set<ProxyMethod>(options.methods ?? PROXY_METHODS);
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const defaultTimeout = options.timeoutMs ?? 15_000;

  async function call<S extends z.core.$ZodType>(method: ProxyMethod, body: object, schema: S, callOptions: CallOptions = {}): Promise<z.output<S>> {
    if (!methods.has(method)) throw new AdapterError(proxyMessages, 'ADAPTER_CAPABILITY_FORBIDDEN', { method });
    const what = method;
    const timeoutMs = callOptions.timeoutMs ?? defaultTimeout;
    const signals = [AbortSignal.timeout(timeoutMs), ...(callOptions.signal === undefined ? [] : [callOptions.signal])];
    let response: Response;
    let text: string;
    try {
      response = await doFetch(`${resolveBase(options.baseUrl)}/${proxyPath(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
        body: JSON.stringify(callOptions.timeoutMs === undefined ? body : { ...body, timeoutMs: callOptions.timeoutMs }),
        signal: AbortSignal.any(signals),
      });
      text = await response.text();
    } catch (cause) {
      if (callOptions.signal?.aborted === true) throw new AdapterError(httpMessages, 'ADAPTER_ABORTED', { what }, { cause });
      if (cause instanceof DOMException && (cause.name === 'TimeoutError' || cause.name === 'AbortError')) {
        throw new AdapterError(httpMessages, 'ADAPTER_TIMEOUT', { what, ms: timeoutMs }, { retryable: true, cause });
      }
      throw new AdapterError(httpMessages, 'ADAPTER_NETWORK', { what }, { retryable: true, cause });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new AdapterError(proxyMessages, 'REMOTE_RESPONSE_INVALID', { what, status: response.status }, { cause });
    }
    if (response.ok && json !== null && typeof json === 'object' && 'result' in json) {
      return parseResponse(schema, json.result, { what, path: ['result'] });
    }
    const error = z.safeParse(proxyErrorBodySchema, json);
    if (error.success) throw adapterErrorFromPayload(error.data.error);
    throw new AdapterError(proxyMessages, 'REMOTE_RESPONSE_INVALID', { what, status: response.status });
  }

  const forbidden = (method: string) => () => Promise.reject(new AdapterError(proxyMessages, 'ADAPTER_CAPABILITY_FORBIDDEN', { method }));
  const has = (prefix: string) => [...methods].some((m) => m.startsWith(`${prefix}.`));

  const catalog: CatalogCapability = {
    list: (query, o) => call('catalog.list', { query: query ?? {} }, itemPageSchema, o),
    get: (implementationCode, o) => call('catalog.get', { implementationCode }, z.nullable(itemSchema), o),
    changesSince: (since, o) => call('catalog.changesSince', { since }, catalogChangesSchema, o),
    ...(methods.has('catalog.bundles') ? { bundles: (o?: CallOptions) => call('catalog.bundles', {}, z.array(bundleSchema), o) } : {}),
  };

  const cases: CasesCapability = {
    lookup: (query, o) => call('cases.lookup', { query }, caseProgressSchema, o),
    submit: (application, o) => {
      const { idempotencyKey, signal, timeoutMs } = o;
      const callOptions = { ...(signal === undefined ? {} : { signal }), ...(timeoutMs === undefined ? {} : { timeoutMs }) };
      return call('cases.submit', { application: toWire(application), idempotencyKey }, submissionReceiptSchema, callOptions);
    },
    listByApplicant: forbidden('cases.listByApplicant'),
  };

  const evaluation: EvaluationCapability = {
    submit: (rating, o) => call('evaluation.submit', { evaluation: rating }, evaluationReceiptSchema, o),
  };

  const divisions: DivisionsCapability = {
    children: (parentCode, o) => call('divisions.children', parentCode === undefined ? {} : { parentCode }, divisionOptionsSchema, o),
  };

  return {
    id: options.id ?? 'remote',
    name: { 'zh-CN': translate(proxyMessages, 'remote.name'), en: translate(proxyMessages, 'remote.name', {}, 'en') },
    ...(has('catalog') ? { catalog } : {}),
    ...(has('cases') ? { cases } : {}),
    ...(has('evaluation') ? { evaluation } : {}),
    ...(has('divisions') ? { divisions } : {}),
  };
}

/** An application with its materials' content in Base64, for JSON. */
function toWire(application: Application): Omit<Application, 'materials'> & { readonly materials?: readonly WireMaterial[] } {
  const { materials, ...rest } = application;
  if (materials === undefined) return rest;
  return { ...rest, materials: materials.map((m) => ({ ...m, content: toBase64(m.content) })) };
}
