import { digest, toHex } from '../signing/crypto.js';

async function sha256(data: string | Uint8Array): Promise<string> {
  return toHex(await digest('SHA-256', data as string | Uint8Array<ArrayBuffer>));
}

async function canonical(value: unknown): Promise<unknown> {
  if (value instanceof Uint8Array) return { $bytes: await sha256(value) };
  if (Array.isArray(value)) return Promise.all(value.map(canonical));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) out[k] = await canonical(v);
    return out;
  }
  return value;
}

/**
 * A SHA-256 fingerprint of a request (an application with its files): keys sorted, `undefined`
 * dropped, binary content digested. Two requests with the same fingerprint are the same request;
 * an idempotency key reused with another fingerprint is a conflict. Uses Web Crypto (Node ≥ 20 and
 * browsers).
 */
export async function fingerprintOf(value: unknown): Promise<string> {
  const text = JSON.stringify(await canonical(value)) ?? 'undefined';
  return sha256(text);
}
