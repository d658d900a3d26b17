import { AdapterError } from '../errors.js';
import { storesMessages } from '../i18n/messages/stores.js';
import { checkTtl, toJsonText } from './json.js';
import type { JsonValue, KeyValueStore, StoreIncrementOptions, StoreSetOptions } from './store.js';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** The clock, in epoch milliseconds; defaults to `Date.now`. Tests pass a fake one. */
  readonly now?: () => number;
  /** At most this many entries: beyond it the least recently used is evicted. Unbounded by default. */
  readonly maxEntries?: number;
}

/** The in-memory store; also tells its size. */
export interface MemoryStore extends KeyValueStore {
  /** Entries held, expired ones not yet swept included. */
  readonly size: number;
  /** Drops every entry. */
  clear(): void;
}

interface Entry {
  /** JSON text, so values are copied and checked like a remote store would. */
  readonly text: string;
  /** Epoch ms after which the entry is gone; `Infinity` when it never expires. */
  readonly expiresAt: number;
}

/**
 * A {@link KeyValueStore} in process memory: the default for one instance, tests and the demo.
 * Time to live is honoured lazily (an expired entry is dropped when touched or evicted); with
 * `maxEntries` the least recently used entry is evicted first (expired ones before live ones).
 * Its state is not shared between processes: run several instances on a shared store (Redis).
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const now = options.now ?? Date.now;
  const max = options.maxEntries ?? Infinity;
  const entries = new Map<string, Entry>();

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    // Re-insert: Map order is the recency order.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  function put(key: string, entry: Entry): void {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size <= max) return;
    const t = now();
    for (const [k, e] of entries) if (e.expiresAt <= t) entries.delete(k);
    for (const k of entries.keys()) {
      if (entries.size <= max) break;
      entries.delete(k);
    }
  }

  return {
    get size() {
      return entries.size;
    },
    clear() {
      entries.clear();
    },
    async get(key) {
      const entry = live(key);
      return entry === undefined ? undefined : (JSON.parse(entry.text) as JsonValue);
    },
    async set(key, value, setOptions: StoreSetOptions = {}) {
      checkTtl(setOptions.ttlMs);
      const text = toJsonText(key, value);
      put(key, { text, expiresAt: setOptions.ttlMs === undefined ? Infinity : now() + setOptions.ttlMs });
    },
    async delete(key) {
      entries.delete(key);
    },
    async increment(key, incrementOptions: StoreIncrementOptions) {
      checkTtl(incrementOptions.ttlMs);
      const entry = live(key);
      if (entry === undefined) {
        put(key, { text: '1', expiresAt: now() + incrementOptions.ttlMs });
        return 1;
      }
      const current: unknown = JSON.parse(entry.text);
      if (typeof current !== 'number') throw new AdapterError(storesMessages, 'STORE_NOT_A_COUNTER', { key });
      put(key, { text: String(current + 1), expiresAt: entry.expiresAt });
      return current + 1;
    },
  };
}
