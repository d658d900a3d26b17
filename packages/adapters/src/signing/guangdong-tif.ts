import { digest, randomHex, timingSafeEqual, toHex } from './crypto.js';
import type { RequestToSign, Signer, VerifyResult } from './signer.js';

/** Header names of the Guangdong-style TIF gateway (广东政务服务网关). */
export const GUANGDONG_TIF_HEADERS = {
  /** The application's paasId. */
  paasId: 'x-tif-paasid',
  /** Unix seconds. */
  timestamp: 'x-tif-timestamp',
  /** A fresh random string. */
  nonce: 'x-tif-nonce',
  /** Hex SHA-256. */
  signature: 'x-tif-signature',
} as const;

/** Options of {@link guangdongTifSigner}. */
export interface GuangdongTifOptions {
  /** The application's paasId. */
  readonly paasId: string;
  /** The paasToken; stays on the server. */
  readonly token: string;
  /** The clock; defaults to the system clock. */
  readonly now?: () => Date;
  /** A fresh nonce per attempt; defaults to 16 random bytes in hex. */
  readonly nonce?: () => string;
}

/** `hex(SHA-256(timestamp + token + nonce + timestamp))`, lower-case. */
export async function guangdongTifSignature(timestamp: string, token: string, nonce: string): Promise<string> {
  return toHex(await digest('SHA-256', timestamp + token + nonce + timestamp));
}

/**
 * A signer for Guangdong-style TIF gateways: sets `x-tif-paasid`, `x-tif-timestamp` (Unix
 * seconds), `x-tif-nonce` (fresh per attempt) and `x-tif-signature` =
 * hex(SHA-256(timestamp + token + nonce + timestamp)) in lower case (verifiers compare
 * case-insensitively).
 */
export function guangdongTifSigner(options: GuangdongTifOptions): Signer {
  const now = options.now ?? (() => new Date());
  const nonce = options.nonce ?? (() => randomHex(16));
  return {
    async sign() {
      const timestamp = String(Math.floor(now().getTime() / 1000));
      const n = nonce();
      return {
        headers: {
          [GUANGDONG_TIF_HEADERS.paasId]: options.paasId,
          [GUANGDONG_TIF_HEADERS.timestamp]: timestamp,
          [GUANGDONG_TIF_HEADERS.nonce]: n,
          [GUANGDONG_TIF_HEADERS.signature]: await guangdongTifSignature(timestamp, options.token, n),
        },
      };
    },
  };
}

/** Options of {@link verifyGuangdongTif}. */
export interface VerifyGuangdongTifOptions {
  /** The token of a paasId, or `undefined` for an unknown one. */
  readonly tokenFor: (paasId: string) => string | undefined;
  /** The clock; defaults to the system clock. */
  readonly now?: () => Date;
  /** Allowed clock difference in seconds; default 180. */
  readonly skewSeconds?: number;
}

/**
 * Checks a Guangdong-style TIF signature: all four headers present, a known paasId, a timestamp
 * within `skewSeconds` of `now`, and the signature matching. The result's `accessKey` is the paasId.
 */
export async function verifyGuangdongTif(request: RequestToSign, options: VerifyGuangdongTifOptions): Promise<VerifyResult> {
  const paasId = request.headers.get(GUANGDONG_TIF_HEADERS.paasId);
  const timestamp = request.headers.get(GUANGDONG_TIF_HEADERS.timestamp);
  const nonce = request.headers.get(GUANGDONG_TIF_HEADERS.nonce);
  const given = request.headers.get(GUANGDONG_TIF_HEADERS.signature);
  if (paasId === null || timestamp === null || nonce === null || given === null) return { ok: false, reason: 'missing' };
  const token = options.tokenFor(paasId);
  if (token === undefined) return { ok: false, reason: 'unknownKey' };
  const now = (options.now ?? (() => new Date()))().getTime() / 1000;
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now - Number(timestamp)) > (options.skewSeconds ?? 180)) {
    return { ok: false, reason: 'skew' };
  }
  const expected = await guangdongTifSignature(timestamp, token, nonce);
  return timingSafeEqual(expected, given.toLowerCase()) ? { ok: true, accessKey: paasId } : { ok: false, reason: 'signature' };
}
