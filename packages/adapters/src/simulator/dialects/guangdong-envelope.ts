import { GUANGDONG_TIF_HEADERS, openGmEnvelope, sealGmEnvelope, verifyGuangdongTif } from '../../signing/index.js';
import { SIMULATOR_CREDENTIALS } from '../credentials.js';
import { parseJson, type Reply, type SimRequest } from '../http-io.js';
import type { Handler } from '../router.js';
import { SimError } from '../sim-error.js';
import type { SimulatorState } from '../state.js';
import { DataWithHeaders, RawReply, type ApiHandler } from './api.js';

const GD = SIMULATOR_CREDENTIALS.guangdong;
/** How long a TIF nonce is remembered (ms): longer than the accepted clock skew. */
const NONCE_TTL_MS = 400_000;

/** A guangdong response: `{ errcode, errmsg, data }` sealed in the SM4/SM2 envelope with the province's key. */
export function guangdongEnvelope(payload: { errcode: number; errmsg: string; data: unknown }, status = 200, headers: Readonly<Record<string, string>> = {}): Reply {
  const sealed = sealGmEnvelope(JSON.stringify(payload), { sm4Key: GD.sm4Key, sm2PrivateKey: GD.serverKeys.privateKey });
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers }, body: sealed };
}

/** The guangdong envelope of a success. */
export function guangdongOk(data: unknown, headers: Readonly<Record<string, string>> = {}): Reply {
  return guangdongEnvelope({ errcode: 0, errmsg: 'ok', data }, 200, headers);
}

/** The guangdong envelope of an error, with the kind's HTTP status. */
export function guangdongError(error: SimError, headers: Readonly<Record<string, string>> = {}): Reply {
  return guangdongEnvelope({ errcode: error.code, errmsg: error.message, data: null }, error.status, headers);
}

/** The gateway client (paasId) a request claims, for rate limiting. */
export function guangdongClientOf(headers: Headers): string | undefined {
  return headers.get(GUANGDONG_TIF_HEADERS.paasId) ?? undefined;
}

/** Answers a handler's result in the guangdong envelope, or its `SimError`. */
export async function guangdongRespond(run: () => Promise<unknown>): Promise<Reply> {
  try {
    const result = await run();
    if (result instanceof RawReply) return result.reply;
    if (result instanceof DataWithHeaders) return guangdongOk(result.data, result.headers);
    return guangdongOk(result);
  } catch (error) {
    if (error instanceof SimError) return guangdongError(error);
    throw error;
  }
}

function rememberNonce(state: SimulatorState, nonce: string, now: number): boolean {
  for (const [n, until] of state.nonces) if (until <= now) state.nonces.delete(n);
  if (state.nonces.has(nonce)) return false;
  state.nonces.set(nonce, now + NONCE_TTL_MS);
  return true;
}

/**
 * A guangdong API route: checks the TIF headers (and that the nonce is new), opens the request's
 * SM4/SM2 envelope with the integrator's public key (both 401 `40100` when they fail), parses
 * the inner JSON and runs `handler`; the answer is sealed with the province's key.
 */
export function guangdongApi(state: SimulatorState, handler: ApiHandler): Handler {
  return (request: SimRequest) =>
    guangdongRespond(async () => {
      const verified = await verifyGuangdongTif(
        { method: request.method, url: request.url, headers: request.headers, body: request.body === '' ? undefined : request.body },
        { tokenFor: (id) => (id === GD.paasId ? GD.token : undefined) },
      );
      if (!verified.ok) throw new SimError('SIGNATURE_INVALID', { detail: verified.reason });
      if (!rememberNonce(state, request.headers.get(GUANGDONG_TIF_HEADERS.nonce) ?? '', Date.now())) {
        throw new SimError('SIGNATURE_INVALID', { detail: 'nonce' });
      }
      let body: unknown;
      if (request.body !== '') {
        let inner: string;
        try {
          inner = openGmEnvelope(request.body, { sm4Key: GD.sm4Key, sm2PublicKey: GD.clientKeys.publicKey });
        } catch {
          throw new SimError('SIGNATURE_INVALID', { detail: 'envelope' });
        }
        body = parseJson(inner);
        if (body === undefined) throw new SimError('PARAM_INVALID', { detail: 'body' });
      }
      return handler({ request, client: verified.accessKey, body });
    });
}

