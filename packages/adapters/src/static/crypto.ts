import { fromBase64, timingSafeEqual, toBase64, utf8 } from '../signing/crypto.js';

/*
 * Web Crypto helpers of the static adapter (Node ≥ 20 and browsers): HMAC-SHA256 signatures in
 * base64url (the key imported once), and base64url JSON; Base64 and the constant-time comparison
 * are the signers'.
 */

function base64url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** HMAC-SHA256 signer and verifier with one secret. @internal */
export interface Hmac {
  /** base64url(HMAC-SHA256(secret, text)). */
  sign(text: string): Promise<string>;
  /** True when `signature` is `sign(text)`, compared in constant time. */
  verify(text: string, signature: string): Promise<boolean>;
}

/** An {@link Hmac} over `secret`. @internal */
export function createHmac(secret: string): Hmac {
  const key = crypto.subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const sign = async (text: string) => base64url(new Uint8Array(await crypto.subtle.sign('HMAC', await key, utf8(text))));
  return {
    sign,
    verify: async (text, signature) => timingSafeEqual(await sign(text), signature),
  };
}

/** `value` as base64url JSON. @internal */
export function encodeJson(value: unknown): string {
  return base64url(utf8(JSON.stringify(value)));
}

/** The value of base64url JSON, or `undefined` when it is not. @internal */
export function decodeJson(text: string): unknown {
  const bytes = fromBase64(text);
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A signed token `payload.signature` (base64url JSON, HMAC-SHA256): stateless codes and session
 * tokens that any instance with the secret can check. @internal
 */
export async function signToken(hmac: Hmac, payload: unknown): Promise<string> {
  const body = encodeJson(payload);
  return `${body}.${await hmac.sign(body)}`;
}

/** The payload of a token signed by {@link signToken}, or `undefined` when the signature is wrong. @internal */
export async function verifyToken(hmac: Hmac, token: string): Promise<unknown> {
  const dot = token.indexOf('.');
  if (dot <= 0) return undefined;
  const body = token.slice(0, dot);
  if (!(await hmac.verify(body, token.slice(dot + 1)))) return undefined;
  return decodeJson(body);
}
