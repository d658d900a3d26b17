import { hmacSha256, timingSafeEqual, toBase64 } from './crypto.js';
import type { RequestToSign, Signer, VerifyResult } from './signer.js';

/** Header names of the Zhejiang-style gateway (浙江政务中台 HMAC). */
export const ZHEJIANG_HMAC_HEADERS = {
  /** The access key. */
  accessKey: 'X-BG-HMAC-ACCESS-KEY',
  /** Always `hmac-sha256`. */
  algorithm: 'X-BG-HMAC-ALGORITHM',
  /** The RFC 1123 date that was signed. */
  dateTime: 'X-BG-DATE-TIME',
  /** Base64 HMAC-SHA256. */
  signature: 'X-BG-HMAC-SIGNATURE',
} as const;

const ALGORITHM = 'hmac-sha256';

/** Options of {@link zhejiangHmacSigner}. */
export interface ZhejiangHmacOptions {
  /** The application's access key (AK). */
  readonly accessKey: string;
  /** The secret key (SK); stays on the server. */
  readonly secretKey: string;
  /** The clock; defaults to the system clock. */
  readonly now?: () => Date;
}

/**
 * The query of `url` canonicalised for signing: pairs split as they appear in the URL (still
 * percent-encoded), sorted by key then value, written `k=v` (a bare `k` becomes `k=`) and joined
 * by `&`. Empty for no query.
 */
export function zhejiangSortedQuery(url: URL): string {
  const raw = url.search.startsWith('?') ? url.search.slice(1) : url.search;
  if (raw === '') return '';
  const pairs = raw
    .split('&')
    .filter((part) => part !== '')
    .map((part): [string, string] => {
      const eq = part.indexOf('=');
      return eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    });
  pairs.sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** The string a Zhejiang HMAC signs: `METHOD\nPATH\nsortedQuery\naccessKey\ndate\n`. */
export function zhejiangStringToSign(method: string, url: URL, accessKey: string, date: string): string {
  return `${method.toUpperCase()}\n${url.pathname}\n${zhejiangSortedQuery(url)}\n${accessKey}\n${date}\n`;
}

/** Base64(HMAC-SHA256(secret, string to sign)). */
async function signature(secretKey: string, method: string, url: URL, accessKey: string, date: string): Promise<string> {
  return toBase64(await hmacSha256(secretKey, zhejiangStringToSign(method, url, accessKey, date)));
}

/**
 * A signer for Zhejiang-style gateways: sets `X-BG-HMAC-ACCESS-KEY`, `X-BG-HMAC-ALGORITHM:
 * hmac-sha256`, `X-BG-DATE-TIME` (RFC 1123, from `now`) and `X-BG-HMAC-SIGNATURE` =
 * Base64(HMAC-SHA256(secretKey, `METHOD\nPATH\nsortedQuery\naccessKey\ndate\n`)).
 *
 * @example createHttpClient({ baseUrl, signer: zhejiangHmacSigner({ accessKey, secretKey }) })
 */
export function zhejiangHmacSigner(options: ZhejiangHmacOptions): Signer {
  const now = options.now ?? (() => new Date());
  return {
    async sign(request: RequestToSign) {
      const date = now().toUTCString();
      return {
        headers: {
          [ZHEJIANG_HMAC_HEADERS.accessKey]: options.accessKey,
          [ZHEJIANG_HMAC_HEADERS.algorithm]: ALGORITHM,
          [ZHEJIANG_HMAC_HEADERS.dateTime]: date,
          [ZHEJIANG_HMAC_HEADERS.signature]: await signature(options.secretKey, request.method, request.url, options.accessKey, date),
        },
      };
    },
  };
}

/** Options of {@link verifyZhejiangHmac}. */
export interface VerifyZhejiangHmacOptions {
  /** The secret of an access key, or `undefined` for an unknown key. */
  readonly secretFor: (accessKey: string) => string | undefined;
  /** The clock; defaults to the system clock. */
  readonly now?: () => Date;
  /** Allowed clock difference in seconds; default 90. */
  readonly skewSeconds?: number;
}

/**
 * Checks a Zhejiang-style HMAC signature, as the gateway (or the simulator) does: all four headers
 * present, a known access key, a date within `skewSeconds` of `now`, and the signature matching.
 */
export async function verifyZhejiangHmac(request: RequestToSign, options: VerifyZhejiangHmacOptions): Promise<VerifyResult> {
  const accessKey = request.headers.get(ZHEJIANG_HMAC_HEADERS.accessKey);
  const algorithm = request.headers.get(ZHEJIANG_HMAC_HEADERS.algorithm);
  const date = request.headers.get(ZHEJIANG_HMAC_HEADERS.dateTime);
  const given = request.headers.get(ZHEJIANG_HMAC_HEADERS.signature);
  if (accessKey === null || algorithm === null || date === null || given === null) return { ok: false, reason: 'missing' };
  const secret = options.secretFor(accessKey);
  if (secret === undefined) return { ok: false, reason: 'unknownKey' };
  const at = Date.parse(date);
  const now = (options.now ?? (() => new Date()))().getTime();
  if (!Number.isFinite(at) || Math.abs(now - at) > (options.skewSeconds ?? 90) * 1000) return { ok: false, reason: 'skew' };
  if (algorithm.toLowerCase() !== ALGORITHM) return { ok: false, reason: 'signature' };
  const expected = await signature(secret, request.method, request.url, accessKey, date);
  return timingSafeEqual(expected, given) ? { ok: true, accessKey } : { ok: false, reason: 'signature' };
}
