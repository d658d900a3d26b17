import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GuangdongConfig } from '../dialects/guangdong/config.js';
import type { NationalConfig } from '../dialects/national/config.js';
import { isAdapterError, type AdapterError } from '../errors.js';
import { guangdongTifSigner, openGmEnvelope, sealGmEnvelope, zhejiangHmacSigner } from '../signing/index.js';
import { SIMULATOR_CREDENTIALS } from './credentials.js';

/** A response read by the test clients: status, headers, and the (decrypted) JSON or raw text. */
export interface TestResponse {
  /** HTTP status. */
  readonly status: number;
  /** Response headers. */
  readonly headers: Headers;
  /** The parsed JSON body (for guangdong: the opened envelope), or `undefined`. */
  readonly json: any;
  /** The raw body text. */
  readonly text: string;
}

/** Extra options of the test clients. */
export interface TestRequestOptions {
  /** Method; default GET without a body, POST with one. */
  readonly method?: string;
  /** Extra headers (e.g. `Idempotency-Key`, `Authorization`, `X-Sim-Fault`). */
  readonly headers?: Record<string, string>;
  /** Skip signing (to test that signatures are required). */
  readonly unsigned?: boolean;
  /** Sign with this secret / token instead of the right one. */
  readonly wrongSecret?: string;
}

/** Calls the national dialect with a Zhejiang-style HMAC signature (raw `fetch`, for tests and examples). */
export async function nationalFetch(baseUrl: string, pathAndQuery: string, body?: unknown, options: TestRequestOptions = {}): Promise<TestResponse> {
  const url = new URL(`/national${pathAndQuery}`, baseUrl);
  const method = options.method ?? (body === undefined ? 'GET' : 'POST');
  const text = body === undefined ? undefined : JSON.stringify(body);
  const headers = new Headers({ ...(text === undefined ? {} : { 'Content-Type': 'application/json' }), ...options.headers });
  if (options.unsigned !== true) {
    const signer = zhejiangHmacSigner({ accessKey: SIMULATOR_CREDENTIALS.national.accessKey, secretKey: options.wrongSecret ?? SIMULATOR_CREDENTIALS.national.secret });
    const signed = await signer.sign({ method, url, headers, body: text });
    for (const [k, v] of Object.entries(signed.headers ?? {})) headers.set(k, v);
  }
  const res = await fetch(url, { method, headers, ...(text === undefined ? {} : { body: text }) });
  const raw = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text: raw };
}

/** Calls the guangdong dialect: TIF headers, the body sealed with the integrator's SM2 key, the answer opened. */
export async function guangdongFetch(baseUrl: string, path: string, body?: unknown, options: TestRequestOptions = {}): Promise<TestResponse> {
  const gd = SIMULATOR_CREDENTIALS.guangdong;
  const url = new URL(`/guangdong${path}`, baseUrl);
  const method = options.method ?? (body === undefined ? 'GET' : 'POST');
  const text = body === undefined ? undefined : sealGmEnvelope(JSON.stringify(body), { sm4Key: gd.sm4Key, sm2PrivateKey: gd.clientKeys.privateKey });
  const headers = new Headers({ ...(text === undefined ? {} : { 'Content-Type': 'application/json' }), ...options.headers });
  if (options.unsigned !== true) {
    const signed = await guangdongTifSigner({ paasId: gd.paasId, token: options.wrongSecret ?? gd.token }).sign({ method, url, headers, body: text });
    for (const [k, v] of Object.entries(signed.headers ?? {})) headers.set(k, v);
  }
  const res = await fetch(url, { method, headers, ...(text === undefined ? {} : { body: text }) });
  const raw = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(openGmEnvelope(raw, { sm4Key: gd.sm4Key, sm2PublicKey: gd.serverKeys.publicKey }));
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text: raw };
}

/** A request the {@link startCallbackReceiver} server received. */
export interface ReceivedCallback {
  /** The request's headers. */
  readonly headers: Record<string, string | string[] | undefined>;
  /** The request's body. */
  readonly body: string;
}

/** A local HTTP server that records what it receives (payment callbacks, return redirects). */
export interface CallbackReceiver {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** A test's HTTP server on a free loopback port. */
export interface LocalServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Stops the server, dropping open connections (requests a test left hanging included). */
  close(): Promise<void>;
}

/** Starts `server` on a free port of 127.0.0.1. */
export async function serveLocally(server: Server): Promise<LocalServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Starts a {@link CallbackReceiver} on a free port; each request is pushed to `received` and answered `ok`. */
export async function startCallbackReceiver(received: ReceivedCallback[]): Promise<CallbackReceiver> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.end('ok');
    });
  });
  return serveLocally(server);
}

/** The {@link AdapterError} `promise` rejects with; fails the test when it rejects with anything else or resolves. */
export async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    if (isAdapterError(error)) return error;
    throw error;
  }
  throw new Error('expected an AdapterError');
}

/** The national adapter's connection to a simulator at `simUrl`: base URL and the simulator's HMAC keys. */
export function nationalSimConfig(simUrl: string): NationalConfig {
  const credentials = SIMULATOR_CREDENTIALS.national;
  return { baseUrl: `${simUrl}/national`, accessKey: credentials.accessKey, secretKey: credentials.secret };
}

/** The guangdong adapter's connection to a simulator at `simUrl`: base URL, TIF credentials, SM4 and SM2 keys. */
export function guangdongSimConfig(simUrl: string): GuangdongConfig {
  const gd = SIMULATOR_CREDENTIALS.guangdong;
  return {
    baseUrl: `${simUrl}/guangdong`,
    paasId: gd.paasId,
    token: gd.token,
    sm4Key: gd.sm4Key,
    sm2PrivateKey: gd.clientKeys.privateKey,
    sm2PublicKey: gd.serverKeys.publicKey,
  };
}
