import { SimError } from '../sim-error.js';
import type { SimulatorState } from '../state.js';

/** A JSON text of `value` with object keys sorted, so equal bodies have equal fingerprints. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The `Idempotency-Key` header, checked (1–128 characters), or `PARAM_INVALID`. */
export function idempotencyKeyOf(headers: Headers): string {
  const key = headers.get('idempotency-key')?.trim() ?? '';
  if (key.length < 1 || key.length > 128) throw new SimError('PARAM_INVALID', { detail: 'Idempotency-Key' });
  return key;
}

/**
 * Runs `create` once per (client, scope, key): a repeat with the same body returns the first
 * answer; a repeat with a different body is `IDEMPOTENCY_CONFLICT`.
 */
export function idempotent<T>(state: SimulatorState, client: string, scope: string, key: string, body: unknown, create: () => T): T {
  const id = `${client}|${scope}|${key}`;
  const print = fingerprint(body);
  const seen = state.idempotency.get(id);
  if (seen !== undefined) {
    if (seen.fingerprint !== print) throw new SimError('IDEMPOTENCY_CONFLICT', { detail: key });
    return seen.value as T;
  }
  const value = create();
  state.idempotency.set(id, { fingerprint: print, value });
  return value;
}
