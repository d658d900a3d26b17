import type { Bundle, Item } from '@sijitong/core';
import type { CatalogCapability } from '../contract/capabilities.js';
import type { Page } from '../contract/call.js';
import { checkTtl } from './json.js';
import type { JsonValue, KeyValueStore } from './store.js';

/** Options of {@link createCatalogCache}. */
export interface CatalogCacheOptions {
  /** How long an entry is kept, in ms. */
  readonly ttlMs: number;
  /** Key prefix in the store; default `catalog:`. Use one per adapter when they share a store. */
  readonly prefix?: string;
}

/** A cache of catalogue answers; see {@link createCatalogCache}. */
export interface CatalogCache {
  /** The cached value of `key` (`null` is a cached "none"), or `undefined` when absent. */
  get<T>(key: string): Promise<T | undefined>;
  /** Caches `value` (JSON-serialisable) under `key`. */
  set<T>(key: string, value: T): Promise<void>;
  /** The cached value of `key`, or what `load` returns (then cached); concurrent loads of one key in this process share one call. */
  getOrLoad<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Forgets `key`. */
  invalidate(key: string): Promise<void>;
  /**
   * `catalog` with `list`, `get` and `bundles` answered from the cache; `changesSince` always asks
   * the province (it is how a cache is refreshed). Cached values are the adapter's already-parsed
   * results and are not parsed again.
   */
  wrap(catalog: CatalogCapability): CatalogCapability;
}

/**
 * A cache of the province's catalogue on a {@link KeyValueStore}, so a busy site does not ask the
 * province for the same page or item on every visit.
 */
export function createCatalogCache(store: KeyValueStore, options: CatalogCacheOptions): CatalogCache {
  checkTtl(options.ttlMs);
  const prefix = options.prefix ?? 'catalog:';
  const loading = new Map<string, Promise<unknown>>();

  const cache: CatalogCache = {
    async get<T>(key: string) {
      return (await store.get(prefix + key)) as T | undefined;
    },
    async set<T>(key: string, value: T) {
      await store.set(prefix + key, value as unknown as JsonValue, { ttlMs: options.ttlMs });
    },
    async getOrLoad<T>(key: string, load: () => Promise<T>): Promise<T> {
      const cached = await cache.get<T>(key);
      if (cached !== undefined) return cached;
      const pending = loading.get(key);
      if (pending !== undefined) return pending as Promise<T>;
      const promise = (async () => {
        try {
          const value = await load();
          await cache.set(key, value);
          return value;
        } finally {
          loading.delete(key);
        }
      })();
      loading.set(key, promise);
      return promise;
    },
    invalidate: (key) => store.delete(prefix + key),
    wrap(catalog) {
      const wrapped: CatalogCapability = {
        list: (query = {}, callOptions) =>
          cache.getOrLoad<Page<Item>>(`list:${query.division ?? ''}:${query.page ?? 1}:${query.pageSize ?? 20}`, () =>
            catalog.list(query, callOptions),
          ),
        get: (code, callOptions) => cache.getOrLoad<Item | null>(`item:${code}`, () => catalog.get(code, callOptions)),
        changesSince: (since, callOptions) => catalog.changesSince(since, callOptions),
      };
      const bundles = catalog.bundles;
      if (bundles === undefined) return wrapped;
      return { ...wrapped, bundles: (callOptions) => cache.getOrLoad<readonly Bundle[]>('bundles', () => bundles.call(catalog, callOptions)) };
    },
  };
  return cache;
}
