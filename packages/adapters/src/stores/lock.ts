import { AdapterError } from '../errors.js';
import { storesMessages } from '../i18n/messages/stores.js';
import type { KeyValueStore } from './store.js';

/** Options of {@link withKeyLock}. */
export interface KeyLockOptions {
  /** How long the store lock lives if its holder dies, in ms; must exceed the longest guarded work. */
  readonly ttlMs: number;
  /** How long to wait for a lock held elsewhere before `STORE_LOCK_TIMEOUT`; default `ttlMs`. */
  readonly waitMs?: number;
  /** How often to try again while waiting, in ms; default 50. */
  readonly pollMs?: number;
  /** Stops waiting. */
  readonly signal?: AbortSignal;
  /** The clock; defaults to `Date.now`. */
  readonly now?: () => number;
}

const queues = new WeakMap<KeyValueStore, Map<string, Promise<unknown>>>();

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort(): void {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs `run` after every earlier holder of `key` on `store` in this process has finished. */
async function inProcess<T>(store: KeyValueStore, key: string, run: () => Promise<T>): Promise<T> {
  let byKey = queues.get(store);
  if (byKey === undefined) {
    byKey = new Map();
    queues.set(store, byKey);
  }
  const previous = byKey.get(key) ?? Promise.resolve();
  const current = previous.then(run, run);
  const settled = current.then(
    () => undefined,
    () => undefined,
  );
  byKey.set(key, settled);
  try {
    return await current;
  } finally {
    if (byKey.get(key) === settled) byKey.delete(key);
  }
}

/**
 * Runs `run` holding a lock on `key`: callers in this process queue behind each other (a mutex per
 * store and key), and callers in other processes sharing the store are kept out by a store lock
 * (`increment` returning 1 acquires it; it expires after `ttlMs` if its holder dies).
 *
 * Limits: the store lock has no fencing token, so work that outlives `ttlMs` may overlap with a
 * waiter that took the expired lock; keep `ttlMs` well above the longest guarded work. A lock is
 * only released by its holder while it has not expired.
 */
export async function withKeyLock<T>(store: KeyValueStore, key: string, options: KeyLockOptions, run: () => Promise<T>): Promise<T> {
  return inProcess(store, key, async () => {
    const now = options.now ?? Date.now;
    const lockKey = `lock:${key}`;
    const waitMs = options.waitMs ?? options.ttlMs;
    const started = now();
    for (;;) {
      if ((await store.increment(lockKey, { ttlMs: options.ttlMs })) === 1) break;
      if (now() - started >= waitMs) throw new AdapterError(storesMessages, 'STORE_LOCK_TIMEOUT', { key }, { retryable: true });
      await sleep(options.pollMs ?? 50, options.signal);
    }
    const acquired = now();
    try {
      return await run();
    } finally {
      if (now() - acquired < options.ttlMs) await store.delete(lockKey);
    }
  });
}
