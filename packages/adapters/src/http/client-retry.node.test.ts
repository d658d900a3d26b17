import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { failure, serveLocally } from '../simulator/test-helpers.js';
import { createHttpClient, type HttpClientOptions } from './client.js';

type Handler = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;
let handler: Handler = (_req, res) => res.end('{}');
let seen: IncomingMessage[] = [];
const server = createServer((req, res) => {
  seen.push(req);
  handler(req, res, seen.length);
});
const local = await serveLocally(server);
const baseUrl = `${local.url}/gw`;
afterAll(() => local.close());
beforeEach(() => {
  seen = [];
});

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const client = (options: Partial<HttpClientOptions> = {}) =>
  createHttpClient({ baseUrl, retry: { backoffMs: 1, maxBackoffMs: 5 }, circuitBreaker: false, ...options });

describe('createHttpClient: retries', () => {
  it('retries an idempotent GET on 503 up to the limit, then reports the status as retryable', async () => {
    handler = (_req, res) => json(res, 503, {});
    const error = await failure(client().request({ method: 'GET', path: '/items' }));
    expect(seen).toHaveLength(3);
    expect(error.code).toBe('ADAPTER_HTTP_STATUS');
    expect(error.params['status']).toBe(503);
    expect(error.retryable).toBe(true);
    expect(error.localized('en')).toContain('GET /gw/items');

    seen = [];
    await failure(client({ retry: { limit: 0 } }).request({ method: 'GET', path: '/items' }));
    expect(seen).toHaveLength(1);
  });

  it('does not retry a 404, and says it is not retryable', async () => {
    handler = (_req, res) => json(res, 404, {});
    const error = await failure(client().request({ method: 'GET', path: '/nothing' }));
    expect(seen).toHaveLength(1);
    expect(error.retryable).toBe(false);
  });

  it('never retries a POST without an idempotency key; retries one with it, sending the same key', async () => {
    handler = (_req, res) => json(res, 502, {});
    await failure(client().request({ method: 'POST', path: '/cases', json: { a: 1 } }));
    expect(seen).toHaveLength(1);

    seen = [];
    handler = (_req, res, attempt) => (attempt < 3 ? json(res, 500, {}) : json(res, 200, { ok: true }));
    const result = await client().request({ method: 'POST', path: '/cases', json: { a: 1 }, idempotencyKey: 'key-1' });
    expect(result).toEqual({ ok: true });
    expect(seen.map((r) => r.headers['idempotency-key'])).toEqual(['key-1', 'key-1', 'key-1']);
  });

  it('retries a dropped connection for GET (ADAPTER_NETWORK when it keeps dropping), never for a keyless POST', async () => {
    handler = (req, res, attempt) => (attempt === 1 ? req.socket.destroy() : json(res, 200, { ok: 1 }));
    expect(await client().request({ method: 'GET', path: '/x' })).toEqual({ ok: 1 });
    expect(seen).toHaveLength(2);

    seen = [];
    handler = (req) => req.socket.destroy();
    const get = await failure(client().request({ method: 'GET', path: '/x' }));
    expect(get.code).toBe('ADAPTER_NETWORK');
    expect(get.retryable).toBe(true);
    expect(seen).toHaveLength(3);

    seen = [];
    const post = await failure(client().request({ method: 'POST', path: '/x', json: {} }));
    expect(post.code).toBe('ADAPTER_NETWORK');
    expect(seen).toHaveLength(1);
  });
});

describe('createHttpClient: Retry-After', () => {
  // The backoff would exceed the budget: only honouring Retry-After lets the retry happen in time.
  const slowBackoff = { retry: { backoffMs: 60_000, maxBackoffMs: 60_000 }, random: () => 1, timeoutMs: 3000 };

  it('honours Retry-After in seconds', async () => {
    handler = (_req, res, attempt) => (attempt === 1 ? json(res, 429, {}, { 'retry-after': '0' }) : json(res, 200, { ok: true }));
    expect(await client(slowBackoff).request({ method: 'GET', path: '/x' })).toEqual({ ok: true });
    expect(seen).toHaveLength(2);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const past = new Date(Date.now() - 5000).toUTCString();
    handler = (_req, res, attempt) => (attempt === 1 ? json(res, 503, {}, { 'retry-after': past }) : json(res, 200, { ok: true }));
    expect(await client(slowBackoff).request({ method: 'GET', path: '/x' })).toEqual({ ok: true });
    expect(seen).toHaveLength(2);
  });

  it('fails at once with the status when Retry-After is beyond the budget, instead of waiting to time out', async () => {
    handler = (_req, res) => json(res, 503, {}, { 'retry-after': '120' });
    const error = await failure(client({ timeoutMs: 3000 }).request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('ADAPTER_HTTP_STATUS');
    expect(error.retryable).toBe(true);
    expect(seen).toHaveLength(1);
  });
});

describe('createHttpClient: timeouts and cancellation', () => {
  it('times out one attempt and succeeds on the retry', async () => {
    handler = (_req, res, attempt) => {
      if (attempt > 1) json(res, 200, { ok: true });
    };
    const result = await client({ attemptTimeoutMs: 150, timeoutMs: 5000 }).request({ method: 'GET', path: '/slow' });
    expect(result).toEqual({ ok: true });
    expect(seen).toHaveLength(2);
  });

  it('gives up with ADAPTER_TIMEOUT (retryable) when the total budget runs out', async () => {
    handler = () => undefined;
    const error = await failure(client({ attemptTimeoutMs: 100, timeoutMs: 300, retry: { limit: 50, backoffMs: 1 } }).request({ method: 'GET', path: '/slow' }));
    expect(error.code).toBe('ADAPTER_TIMEOUT');
    expect(error.retryable).toBe(true);
    expect(seen.length).toBeLessThan(50);
  });

  it('stops at once when the caller aborts, without retrying', async () => {
    const controller = new AbortController();
    handler = () => controller.abort();
    const error = await failure(client().request({ method: 'GET', path: '/x', signal: controller.signal }));
    expect(error.code).toBe('ADAPTER_ABORTED');
    expect(error.retryable).toBe(false);
    expect(seen).toHaveLength(1);
  });

  it('aborts a wait between retries, and never starts a call whose signal is already aborted', async () => {
    const controller = new AbortController();
    handler = (_req, res) => {
      json(res, 503, {});
      controller.abort();
    };
    const slow = client({ retry: { backoffMs: 60_000, maxBackoffMs: 60_000 }, random: () => 1, timeoutMs: 120_000 });
    expect((await failure(slow.request({ method: 'GET', path: '/x', signal: controller.signal }))).code).toBe('ADAPTER_ABORTED');
    expect(seen).toHaveLength(1);
    seen = [];
    expect((await failure(client().request({ method: 'GET', path: '/x', signal: AbortSignal.abort() }))).code).toBe('ADAPTER_ABORTED');
    expect(seen).toHaveLength(0);
  });
});

describe('createHttpClient: circuit breaker', () => {
  it('opens after N failed calls, fails fast, then lets one trial through and closes on success', async () => {
    let clock = 0;
    const breaker = client({ retry: { limit: 0 }, circuitBreaker: { failureThreshold: 2, resetMs: 1000 }, now: () => clock });
    handler = (_req, res) => json(res, 500, {});
    await failure(breaker.request({ method: 'GET', path: '/x' }));
    expect(breaker.circuitState).toBe('closed');
    await failure(breaker.request({ method: 'GET', path: '/x' }));
    expect(breaker.circuitState).toBe('open');
    const fast = await failure(breaker.request({ method: 'GET', path: '/x' }));
    expect(fast.code).toBe('ADAPTER_CIRCUIT_OPEN');
    expect(fast.retryable).toBe(true);
    expect(fast.params['seconds']).toBe(1);
    expect(seen).toHaveLength(2);

    clock = 1000;
    expect(breaker.circuitState).toBe('halfOpen');
    // The trial fails: open again for another resetMs.
    await failure(breaker.request({ method: 'GET', path: '/x' }));
    expect(breaker.circuitState).toBe('open');
    expect(seen).toHaveLength(3);

    clock = 2000;
    let release: () => void = () => undefined;
    handler = (_req, res) => {
      release = () => json(res, 200, { ok: true });
    };
    const trial = breaker.request({ method: 'GET', path: '/x' });
    await expect.poll(() => seen.length).toBe(4);
    // While the trial runs, other calls fail fast.
    expect((await failure(breaker.request({ method: 'GET', path: '/x' }))).code).toBe('ADAPTER_CIRCUIT_OPEN');
    release();
    expect(await trial).toEqual({ ok: true });
    expect(breaker.circuitState).toBe('closed');
  });

  it('does not count client errors or province errors as outages', async () => {
    const breaker = client({ retry: { limit: 0 }, circuitBreaker: { failureThreshold: 1, resetMs: 1000 } });
    handler = (_req, res) => json(res, 400, {});
    await failure(breaker.request({ method: 'GET', path: '/x' }));
    handler = (_req, res) => json(res, 200, { code: '500', msg: 'busy' });
    await failure(breaker.request({ method: 'GET', path: '/x', envelope: { codeField: 'code', successCodes: ['0'], messageField: 'msg' } }));
    expect(breaker.circuitState).toBe('closed');
  });
});
