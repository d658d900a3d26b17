import { md5 } from '@noble/hashes/legacy.js';
import { digest, timingSafeEqual, toHex, utf8 } from './crypto.js';
import type { RequestToSign, Signer, VerifyResult } from './signer.js';

/** Header names of the appKey style (many city and provincial platforms). */
export const APP_KEY_HEADERS = {
  /** The application key. */
  appKey: 'appKey',
  /** Unix milliseconds. */
  timestamp: 'timestamp',
  /** Hex hash. */
  sign: 'sign',
} as const;

/** The hash an appKey platform uses. */
export type AppKeyAlgorithm = 'sha1' | 'md5' | 'sha256';

/** Options of {@link appKeySigner}. */
export interface AppKeyOptions {
  /** The application key. */
  readonly appKey: string;
  /** The application secret; stays on the server. */
  readonly appSecret: string;
  /** The hash the platform uses. */
  readonly algorithm: AppKeyAlgorithm;
  /** The clock; defaults to the system clock. */
  readonly now?: () => Date;
}

/** Lower-case hex of `hash(appKey + appSecret + timestamp)` (UTF-8). */
export async function appKeySign(algorithm: AppKeyAlgorithm, appKey: string, appSecret: string, timestamp: string): Promise<string> {
  const text = appKey + appSecret + timestamp;
  // MD5 is not in Web Crypto: @noble/hashes (already under sm-crypto-v2) supplies it.
  if (algorithm === 'md5') return toHex(md5(utf8(text)));
  return toHex(await digest(algorithm === 'sha1' ? 'SHA-1' : 'SHA-256', text));
}

/**
 * A signer for appKey platforms: sets `appKey`, `timestamp` (Unix milliseconds) and `sign` =
 * hex(hash(appKey + appSecret + timestamp)) with sha1, md5 or sha256, lower-case.
 */
export function appKeySigner(options: AppKeyOptions): Signer {
  const now = options.now ?? (() => new Date());
  return {
    async sign() {
      const timestamp = String(now().getTime());
      return {
        headers: {
          [APP_KEY_HEADERS.appKey]: options.appKey,
          [APP_KEY_HEADERS.timestamp]: timestamp,
          [APP_KEY_HEADERS.sign]: await appKeySign(options.algorithm, options.appKey, options.appSecret, timestamp),
        },
      };
    },
  };
}

/** Options of {@link verifyAppKey}. */
export interface VerifyAppKeyOptions {
  /** The secret of an appKey, or `undefined` for an unknown one. */
  readonly secretFor: (appKey: string) => string | undefined;
  /** The hash the platform uses. */
  readonly algorithm: AppKeyAlgorithm;
  /** The clock; defaults to the system clock. */
  readonly now?: () => Date;
  /** Allowed clock difference in seconds; default 300. */
  readonly skewSeconds?: number;
}

/** Checks an appKey signature: headers present, known key, timestamp within the skew, hash matching. */
export async function verifyAppKey(request: RequestToSign, options: VerifyAppKeyOptions): Promise<VerifyResult> {
  const appKey = request.headers.get(APP_KEY_HEADERS.appKey);
  const timestamp = request.headers.get(APP_KEY_HEADERS.timestamp);
  const given = request.headers.get(APP_KEY_HEADERS.sign);
  if (appKey === null || timestamp === null || given === null) return { ok: false, reason: 'missing' };
  const secret = options.secretFor(appKey);
  if (secret === undefined) return { ok: false, reason: 'unknownKey' };
  const now = (options.now ?? (() => new Date()))().getTime();
  if (!/^\d{1,15}$/.test(timestamp) || Math.abs(now - Number(timestamp)) > (options.skewSeconds ?? 300) * 1000) {
    return { ok: false, reason: 'skew' };
  }
  const expected = await appKeySign(options.algorithm, appKey, secret, timestamp);
  return timingSafeEqual(expected, given.toLowerCase()) ? { ok: true, accessKey: appKey } : { ok: false, reason: 'signature' };
}
