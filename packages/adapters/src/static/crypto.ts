/*
 * Web Crypto helpers of the static adapter (Node ≥ 20 and browsers): HMAC-SHA256 signatures in
 * base64url, a constant-time comparison, and base64url JSON.
 */

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array | undefined {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
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
  const key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const sign = async (text: string) => base64url(new Uint8Array(await crypto.subtle.sign('HMAC', await key, encoder.encode(text))));
  return {
    sign,
    async verify(text, signature) {
      const expected = await sign(text);
      if (expected.length !== signature.length) return false;
      let diff = 0;
      for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ signature.charCodeAt(i);
      return diff === 0;
    },
  };
}

/** `value` as base64url JSON. @internal */
export function encodeJson(value: unknown): string {
  return base64url(encoder.encode(JSON.stringify(value)));
}

/** The value of base64url JSON, or `undefined` when it is not. @internal */
export function decodeJson(text: string): unknown {
  const bytes = fromBase64url(text);
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
