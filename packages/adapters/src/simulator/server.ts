import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConformanceFixtures } from '../testing/fixtures.js';
import type { SimContext } from './context.js';
import { SIMULATOR_CREDENTIALS, type SimulatorCredentials } from './credentials.js';
import { seedState } from './data.js';
import { guangdongClientOf, guangdongError } from './dialects/guangdong-envelope.js';
import { guangdongRoutes } from './dialects/guangdong.js';
import { nationalClientOf, nationalError } from './dialects/national-envelope.js';
import { nationalRoutes } from './dialects/national.js';
import { FaultInjector, type Fault } from './faults.js';
import { simulatorFixtures } from './fixtures.js';
import { BodyTooLargeError, headersOf, jsonReply, readBody, sendReply, type Reply } from './http-io.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { Router } from './router.js';
import { SimError } from './sim-error.js';
import { SimulatorState } from './state.js';

/** Options of {@link startSimulator}. */
export interface SimulatorOptions {
  /** Port; default 0 (any free port). */
  readonly port?: number;
  /** Host; default `127.0.0.1`. */
  readonly host?: string;
  /** Seed of the generated cases; default 2026. */
  readonly seed?: number;
  /** How many cases to generate; default 300 (the first 12 cover every lifecycle outcome). */
  readonly cases?: number;
  /** The day the data is "as of"; default `2026-11-20`. */
  readonly today?: string;
  /** Send each captcha's answer in `X-Sim-Captcha-Answer`; default false. */
  readonly exposeCaptchaAnswers?: boolean;
  /** Accept the fixed, reusable test captcha of `SIMULATOR_CREDENTIALS.guangdong.testCaptcha`; default true. */
  readonly testCaptcha?: boolean;
  /** Per-client fixed-window rate limit; default 600 requests per 60 s. */
  readonly rateLimit?: RateLimitOptions;
}

/** Ready conformance fixtures for each dialect of the simulator. */
export interface SimulatorFixtures {
  /** For an adapter of the national dialect. */
  readonly national: ConformanceFixtures;
  /** For an adapter of the guangdong dialect. */
  readonly guangdong: ConformanceFixtures;
}

/** A running simulator. */
export interface Simulator {
  /** `http://127.0.0.1:port`; the dialects live under `/national` and `/guangdong`. */
  readonly url: string;
  /** Stops the server, dropping open connections (hanging `timeout` faults included). */
  close(): Promise<void>;
  /** The simulator's data and records, for tests to read and change. */
  readonly state: SimulatorState;
  /** Ready conformance fixtures per dialect. */
  readonly fixtures: SimulatorFixtures;
  /** Arms faults for the next requests (replacing those armed before); `[]` disarms. */
  setFaults(faults: readonly Fault[]): void;
  /** The fixed credentials ({@link SIMULATOR_CREDENTIALS}). */
  readonly credentials: SimulatorCredentials;
}

const MALFORMED_BODY = '{"code":"0","msg":"成功","data":{"rows":[{"TASK_CODE":';

function errorRenderer(path: string): (error: SimError, headers?: Record<string, string>) => Reply {
  if (path.startsWith('/national/')) return nationalError;
  if (path.startsWith('/guangdong/')) return guangdongError;
  return (error, headers = {}) => jsonReply({ code: String(error.code), msg: error.message, data: null }, error.status, headers);
}

function clientOf(path: string, headers: Headers): string | undefined {
  if (path.startsWith('/national/')) return nationalClientOf(headers);
  if (path.startsWith('/guangdong/')) return guangdongClientOf(headers);
  return undefined;
}

/**
 * Starts the provincial-system simulator: a real HTTP server (node:http) speaking the "national"
 * and "guangdong" dialects of `docs/dialects.md` over the Junan fixture county, with signature
 * checks, verified lookups, idempotent submissions, OAuth-like login, e-licences, payments with
 * signed callbacks, 好差评, per-client rate limits and injectable faults. Node only.
 *
 * @example
 * ```ts
 * const sim = await startSimulator({ exposeCaptchaAnswers: true });
 * // … talk to `${sim.url}/national` …
 * await sim.close();
 * ```
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const state = new SimulatorState(SIMULATOR_CREDENTIALS.users);
  const today = options.today ?? '2026-11-20';
  seedState(state, { seed: options.seed ?? 2026, cases: options.cases ?? 300, today });
  const ctx: SimContext = {
    state,
    options: { today, exposeCaptchaAnswers: options.exposeCaptchaAnswers ?? false, testCaptcha: options.testCaptcha ?? true },
    baseUrl: '',
  };
  const router = new Router().add(...nationalRoutes(ctx), ...guangdongRoutes(ctx));
  const faults = new FaultInjector();
  const limiter = new RateLimiter(options.rateLimit ?? { limit: 600, windowMs: 60_000 });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', ctx.baseUrl);
    const path = url.pathname;
    const render = errorRenderer(path);
    const headers = headersOf(req);
    let body: string;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendReply(res, { ...render(new SimError('PARAM_INVALID', { detail: 'body too large' })), status: 413 });
        return;
      }
      throw error;
    }
    const plan = faults.plan(path, headers.get('x-sim-fault'));
    if (plan.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, plan.latencyMs));
    switch (plan.terminal) {
      case 'drop':
        req.socket.destroy();
        return;
      case 'timeout':
        return; // never answered; close() drops the connection
      case 'status':
        sendReply(res, { ...render(new SimError('SYSTEM_BUSY')), status: plan.status });
        return;
      case 'malformed':
        sendReply(res, { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: MALFORMED_BODY });
        return;
      case 'error-code':
        sendReply(res, render(new SimError('SYSTEM_BUSY')));
        return;
      default:
        break;
    }
    const verdict = limiter.hit(clientOf(path, headers) ?? `addr:${req.socket.remoteAddress ?? ''}`, Date.now());
    if (!verdict.ok) {
      const seconds = String(verdict.retryAfterSeconds);
      sendReply(res, render(new SimError('RATE_LIMITED', { detail: seconds }), { 'Retry-After': seconds }));
      return;
    }
    const match = router.match(req.method ?? 'GET', path);
    if (match === undefined) {
      sendReply(res, render(new SimError('NO_ROUTE', { detail: `${req.method ?? ''} ${path}` })));
      return;
    }
    const reply = await match.handler({ method: req.method ?? 'GET', url, headers, body, remoteAddress: req.socket.remoteAddress ?? '', params: match.params });
    sendReply(res, reply);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const path = req.url ?? '/';
      const reply = errorRenderer(path)(new SimError('SYSTEM_BUSY'));
      sendReply(res, { ...reply, status: 500, headers: { ...reply.headers, 'X-Sim-Error': String(error instanceof Error ? error.message : error).slice(0, 200).replace(/[^\x20-\x7e]/g, '?') } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  ctx.baseUrl = `http://${host}:${address.port}`;

  return {
    url: ctx.baseUrl,
    state,
    credentials: SIMULATOR_CREDENTIALS,
    fixtures: { national: simulatorFixtures(ctx, 'national'), guangdong: simulatorFixtures(ctx, 'guangdong') },
    setFaults: (list) => faults.set(list),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}
