import * as z from 'zod/mini';

/**
 * The wire between a browser's remote adapter and the integrator's proxy
 * (`@sijitong/adapters/server`): one JSON POST endpoint per adapter call, `/{capability}/{method}`,
 * answering `{ result }` or `{ error }`. Browser-safe: no secrets, no Node APIs.
 */

/** The adapter calls a browser may make through the proxy. Identity, e-licences, payments and
 * `cases.listByApplicant` stay on the server: they need tokens or expose personal records. */
export const PROXY_METHODS = [
  'catalog.list',
  'catalog.get',
  'catalog.changesSince',
  'catalog.bundles',
  'cases.lookup',
  'cases.submit',
  'evaluation.submit',
  'divisions.children',
] as const;

/** One proxied adapter call, `capability.method`. */
export type ProxyMethod = (typeof PROXY_METHODS)[number];

/** What a proxy allows when not told: the public, read-only calls. Submissions must be opted into. */
export const DEFAULT_PROXY_ALLOW: readonly ProxyMethod[] = ['catalog.list', 'catalog.get', 'catalog.changesSince', 'catalog.bundles', 'cases.lookup', 'divisions.children'];

/** Whether `value` names a proxied call. */
export function isProxyMethod(value: string): value is ProxyMethod {
  return (PROXY_METHODS as readonly string[]).includes(value);
}

/** The URL path of a call under the proxy's base: `catalog.list` → `catalog/list`. */
export function proxyPath(method: ProxyMethod): string {
  return method.replace('.', '/');
}

/** An error as the proxy sends it: code, both messages, retryable; params and path when known. */
export interface ProxyErrorPayload {
  /** Stable code (`ADAPTER_TIMEOUT`, `INPUT_INVALID`…). */
  readonly code: string;
  /** zh-CN message. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
  /** Whether trying again later may succeed. */
  readonly retryable: boolean;
  /** The values the message was built from. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** Where the problem is. */
  readonly path?: readonly (string | number)[];
}

/** zod schema of the proxy's error body `{ error: … }`. */
export const proxyErrorBodySchema = /* @__PURE__ */ z.object({
  /** The error. */
  error: z.object({
    /** Stable code. */
    code: z.string().check(z.minLength(1)),
    /** zh-CN message. */
    message: z.string(),
    /** English message. */
    messageEn: z.string(),
    /** Whether trying again later may succeed. */
    retryable: z.boolean(),
    /** The values the message was built from. */
    params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
    /** Where the problem is. */
    path: z.optional(z.array(z.union([z.string(), z.number()]))),
  }),
});

/** A material of `cases.submit` on the wire: its content in standard Base64. */
export interface WireMaterial {
  /** The material's id in the item. */
  readonly materialId: string;
  /** File name. */
  readonly fileName: string;
  /** MIME type. */
  readonly contentType: string;
  /** The file, Base64. */
  readonly content: string;
}
