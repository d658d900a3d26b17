import { AdapterError } from '../errors.js';
import { contractMessages } from '../i18n/messages/contract.js';
import { checkTtl } from './json.js';
import type { JsonValue, KeyValueStore } from './store.js';

/** What is remembered under one idempotency key. */
export interface IdempotencyRecord {
  /** `pending` while steps run, `completed` once the result is known. */
  readonly state: 'pending' | 'completed';
  /** Fingerprint of the request first made under the key, when given. */
  readonly fingerprint?: string;
  /** Results of the steps done so far, by step name. */
  readonly steps: { readonly [step: string]: JsonValue };
  /** The final result, once completed. */
  readonly result?: JsonValue;
}

/** Options of {@link createIdempotencyRecords}. */
export interface IdempotencyRecordsOptions {
  /** How long a record is kept after its last change, in ms (e.g. 24 h). */
  readonly ttlMs: number;
  /** Key prefix in the store; default `idem:`. */
  readonly prefix?: string;
}

/** Idempotency records on a store; see {@link createIdempotencyRecords}. */
export interface IdempotencyRecords {
  /**
   * Opens the record of `key` (a new pending one when absent) and returns it. Throws
   * `ADAPTER_IDEMPOTENCY_CONFLICT` when the key was used with another `fingerprint`.
   * Call it holding the key's lock (`withKeyLock`) when callers may race.
   */
  begin(key: string, options?: { readonly fingerprint?: string }): Promise<IdempotencyRecord>;
  /** Remembers one step's result in the pending record. */
  step(key: string, name: string, value: JsonValue): Promise<IdempotencyRecord>;
  /** Marks the record completed with `result`. */
  complete(key: string, result: JsonValue): Promise<IdempotencyRecord>;
  /** The record of `key`, if any. */
  get(key: string): Promise<IdempotencyRecord | undefined>;
  /** Forgets `key`. */
  delete(key: string): Promise<void>;
}

function asRecord(value: JsonValue | undefined): IdempotencyRecord | undefined {
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as { state?: unknown; steps?: unknown };
  if ((v.state !== 'pending' && v.state !== 'completed') || typeof v.steps !== 'object' || v.steps === null) return undefined;
  return value as unknown as IdempotencyRecord;
}

/**
 * Records of idempotent requests on a {@link KeyValueStore}: what was asked (a fingerprint), the
 * results of the steps done, and the final result. A retry reads them to resume or replay.
 */
export function createIdempotencyRecords(store: KeyValueStore, options: IdempotencyRecordsOptions): IdempotencyRecords {
  checkTtl(options.ttlMs);
  const prefix = options.prefix ?? 'idem:';
  const ttl = { ttlMs: options.ttlMs };
  const read = async (key: string) => asRecord(await store.get(prefix + key));
  const write = async (key: string, record: IdempotencyRecord) => {
    await store.set(prefix + key, record as unknown as JsonValue, ttl);
    return record;
  };

  return {
    async begin(key, beginOptions = {}) {
      const existing = await read(key);
      if (existing !== undefined) {
        if (existing.fingerprint !== undefined && beginOptions.fingerprint !== undefined && existing.fingerprint !== beginOptions.fingerprint) {
          throw new AdapterError(contractMessages, 'ADAPTER_IDEMPOTENCY_CONFLICT', { key });
        }
        return existing;
      }
      const record: IdempotencyRecord =
        beginOptions.fingerprint === undefined ? { state: 'pending', steps: {} } : { state: 'pending', fingerprint: beginOptions.fingerprint, steps: {} };
      return write(key, record);
    },
    async step(key, name, value) {
      const existing = (await read(key)) ?? { state: 'pending', steps: {} };
      return write(key, { ...existing, steps: { ...existing.steps, [name]: value } });
    },
    async complete(key, result) {
      const existing = (await read(key)) ?? { state: 'pending', steps: {} };
      return write(key, { ...existing, state: 'completed', result });
    },
    get: read,
    delete: (key) => store.delete(prefix + key),
  };
}
