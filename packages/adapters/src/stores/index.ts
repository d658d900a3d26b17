/**
 * Server-side state: a small key-value store interface (in memory by default, Redis or the like
 * when several instances run), locks, idempotency records, rate limits and the catalogue cache.
 * @module
 */
export type { JsonValue, KeyValueStore, StoreIncrementOptions, StoreSetOptions } from './store.js';
export { createMemoryStore, type MemoryStore, type MemoryStoreOptions } from './memory-store.js';
export { withKeyLock, type KeyLockOptions } from './lock.js';
export { createIdempotencyRecords, type IdempotencyRecord, type IdempotencyRecords, type IdempotencyRecordsOptions } from './idempotency.js';
export { createRateLimiter, type RateLimiter, type RateLimiterOptions, type RateLimitResult } from './rate-limiter.js';
export { createCatalogCache, type CatalogCache, type CatalogCacheOptions } from './catalog-cache.js';
