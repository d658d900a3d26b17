import { AdapterError } from '../errors.js';
import { signingMessages } from '../i18n/messages/signing.js';

/**
 * Small helpers over Web Crypto shared by the signers (and the package's other hashing and
 * Base64 code): they run unchanged in Node 20 and browsers.
 * @internal
 */

const encoder = new TextEncoder();

/** UTF-8 bytes of `text`. @internal */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** Lower-case hex of `bytes`. @internal */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** Bytes of a hex string (its length must be even; checked by callers). @internal */
export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Standard (padded) Base64 of `bytes`. @internal */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Bytes of standard or URL-safe Base64; `undefined` when it is not Base64. @internal */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/').replace(/\s+/g, ''));
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (s === undefined) throw new AdapterError(signingMessages, 'SIGNING_CRYPTO_UNAVAILABLE');
  return s;
}

/** A Web Crypto digest name. @internal */
export type DigestName = 'SHA-1' | 'SHA-256';

/** Digest of `data` with Web Crypto. @internal */
export async function digest(name: DigestName, data: string | Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const bytes = typeof data === 'string' ? utf8(data) : data;
  return new Uint8Array(await subtle().digest(name, bytes));
}

/** HMAC-SHA-256 of `data` under the UTF-8 bytes of `secret`. @internal */
export async function hmacSha256(secret: string, data: string): Promise<Uint8Array> {
  const s = subtle();
  const key = await s.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await s.sign('HMAC', key, utf8(data)));
}

/** Compares two strings in time that depends on their length only. @internal */
export function timingSafeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** Random bytes as lower-case hex, from the platform's CSPRNG. @internal */
export function randomHex(byteCount: number): string {
  return toHex(globalThis.crypto.getRandomValues(new Uint8Array(byteCount)));
}
