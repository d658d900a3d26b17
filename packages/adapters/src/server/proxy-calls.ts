import * as z from 'zod/mini';
import { implementationCodeSchema, instantSchema } from '@sijitong/core';
import type { Adapter } from '../contract/adapter.js';
import type { CallOptions } from '../contract/call.js';
import type { Application } from '../contract/capabilities.js';
import { AdapterError } from '../errors.js';
import type { ProxyMethod } from '../http/proxy-wire.js';
import { proxyMessages } from '../i18n/messages/proxy.js';
import { applicationSchema, caseLookupQuerySchema, catalogListQuerySchema, divisionParentSchema, evaluationSchema, submitOptionsSchema } from '../parse/index.js';
import { parseInput } from '../parse/parse-response.js';
import { fromBase64 } from '../signing/crypto.js';

/** One proxied call: the schema of its request body and how it calls the adapter. @internal */
interface ProxyCall<S extends z.core.$ZodType> {
  readonly body: S;
  readonly invoke: (adapter: Adapter, input: z.output<S>, options: CallOptions) => Promise<unknown> | undefined;
}

const call = <S extends z.core.$ZodType>(body: S, invoke: ProxyCall<S>['invoke']): ProxyCall<S> => ({ body, invoke });

/** Materials arrive with Base64 content: decode before core's schemas check the application. */
function decodeApplication(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || !('materials' in raw) || !Array.isArray(raw.materials)) return raw;
  const materials = (raw.materials as unknown[]).map((m) => {
    if (m === null || typeof m !== 'object' || !('content' in m) || typeof m.content !== 'string') return m;
    return { ...m, content: fromBase64(m.content) ?? m.content };
  });
  return { ...raw, materials };
}

/**
 * The proxied calls, as data: body schema and the adapter method each one reaches. An adapter
 * without the method gives `undefined` (answered `ADAPTER_CAPABILITY_MISSING`).
 * @internal
 */
export const PROXY_CALLS: { readonly [M in ProxyMethod]: ProxyCall<z.core.$ZodType> } = {
  'catalog.list': call(z.object({ query: z.optional(catalogListQuerySchema) }), (a, input, o) => a.catalog?.list(input.query ?? {}, o)),
  'catalog.get': call(z.object({ implementationCode: implementationCodeSchema }), (a, input, o) => a.catalog?.get(input.implementationCode, o)),
  'catalog.changesSince': call(z.object({ since: instantSchema }), (a, input, o) => a.catalog?.changesSince(input.since, o)),
  'catalog.bundles': call(z.object({}), (a, _input, o) => a.catalog?.bundles?.(o)),
  'cases.lookup': call(z.object({ query: caseLookupQuerySchema }), (a, input, o) => a.cases?.lookup(input.query, o)),
  'cases.submit': call(z.object({ application: z.unknown(), ...submitOptionsSchema.shape }), (a, input, o) => {
    if (a.cases === undefined) return undefined;
    const application: Application = parseInput(applicationSchema, decodeApplication(input.application), {
      what: 'cases.submit',
      path: ['application'],
    });
    return a.cases.submit(application, { ...o, idempotencyKey: input.idempotencyKey });
  }),
  'evaluation.submit': call(z.object({ evaluation: evaluationSchema }), (a, input, o) => a.evaluation?.submit(input.evaluation, o)),
  'divisions.children': call(z.object({ parentCode: divisionParentSchema }), (a, input, o) => a.divisions?.children(input.parentCode, o)),
};

/** Options every body may carry: the caller's budget. @internal */
export const callOptionsBodySchema = /* @__PURE__ */ z.object({ timeoutMs: z.optional(z.int().check(z.gte(1), z.lte(600_000))) });

/** Reads a body of at most `maxBytes` bytes as UTF-8, refusing larger ones early. @internal */
export async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => new AdapterError(proxyMessages, 'PROXY_BODY_TOO_LARGE', { maxBytes });
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}
