/** FNV-1a (32-bit) of `text`, 8 hex characters. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The idempotency key of one step of a submission (an upload, the confirmation), derived from the
 * submission's key: the same for every retry of that step, different between steps and keys, and
 * at most 89 characters (gateways often cap keys at 128).
 */
export function stepKey(key: string, step: string): string {
  return `${key.slice(0, 80)}~${fnv1a(`${key}\u0000${step}`)}`;
}
