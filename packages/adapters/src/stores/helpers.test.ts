import { describe, expect, it } from 'vitest';
import { junanItems } from '@sijitong/core/fixtures';
import type { CatalogCapability } from '../contract/capabilities.js';
import { isAdapterError } from '../errors.js';
import { createMemoryStore } from './memory-store.js';
import { createIdempotencyRecords } from './idempotency.js';
import { createRateLimiter } from './rate-limiter.js';
import { createCatalogCache } from './catalog-cache.js';
import { withKeyLock } from './lock.js';
import type { KeyValueStore } from './store.js';

describe('createIdempotencyRecords', () => {
  it('begins, records steps, completes and detects a reused key', async () => {
    const records = createIdempotencyRecords(createMemoryStore(), { ttlMs: 60_000 });
    expect(await records.get('k')).toBeUndefined();
    expect(await records.begin('k', { fingerprint: 'f1' })).toEqual({ state: 'pending', fingerprint: 'f1', steps: {} });
    await records.step('k', 'create', { caseNumber: 'A1' });
    const done = await records.complete('k', { ok: true });
    expect(done).toEqual({ state: 'completed', fingerprint: 'f1', steps: { create: { caseNumber: 'A1' } }, result: { ok: true } });
    expect((await records.begin('k', { fingerprint: 'f1' })).state).toBe('completed');
    await expect(records.begin('k', { fingerprint: 'f2' })).rejects.toSatisfy((e) => isAdapterError(e, 'ADAPTER_IDEMPOTENCY_CONFLICT'));
    await records.delete('k');
    expect(await records.get('k')).toBeUndefined();
  });
});

describe('createRateLimiter', () => {
  it('allows limit hits per window and says when to retry', async () => {
    let t = 10_000;
    const limiter = createRateLimiter(createMemoryStore({ now: () => t }), { limit: 2, windowMs: 1_000, now: () => t });
    expect(await limiter.hit('ip1')).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    expect(await limiter.hit('ip1')).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    t += 250;
    expect(await limiter.hit('ip1')).toEqual({ allowed: false, remaining: 0, retryAfterMs: 750 });
    expect((await limiter.hit('ip2')).allowed).toBe(true);
    t += 750;
    expect((await limiter.hit('ip1')).allowed).toBe(true);
    expect(() => createRateLimiter(createMemoryStore(), { limit: 0, windowMs: 1 })).toThrow();
  });
});

describe('createCatalogCache', () => {
  it('answers list, get and bundles from the cache; changesSince always asks', async () => {
    const calls = { list: 0, get: 0, changes: 0, bundles: 0 };
    const catalog: CatalogCapability = {
      list: async (q = {}) => (calls.list++, { items: junanItems.slice(0, 2), total: 55, page: q.page ?? 1, pageSize: q.pageSize ?? 20 }),
      get: async (code) => (calls.get++, junanItems.find((i) => i.implementationCode === code) ?? null),
      changesSince: async () => (calls.changes++, { changed: [], removed: [], until: '2026-01-01T00:00:00Z' }),
      bundles: async () => (calls.bundles++, []),
    };
    const cached = createCatalogCache(createMemoryStore(), { ttlMs: 60_000 }).wrap(catalog);
    const code = junanItems[0]?.implementationCode ?? '';
    expect((await cached.list()).items).toHaveLength(2);
    expect((await cached.list()).items[0]?.name).toBe(junanItems[0]?.name);
    expect(await cached.get('missing')).toBeNull();
    expect(await cached.get('missing')).toBeNull();
    const [a, b] = await Promise.all([cached.get(code), cached.get(code)]);
    expect(a?.implementationCode).toBe(code);
    expect(b?.implementationCode).toBe(code);
    await cached.changesSince('2026-01-01T00:00:00Z');
    await cached.changesSince('2026-01-01T00:00:00Z');
    await cached.bundles?.();
    await cached.bundles?.();
    expect(calls).toEqual({ list: 1, get: 2, changes: 2, bundles: 1 });
  });
});

describe('withKeyLock', () => {
  it('serialises holders of one key in a process', async () => {
    const store = createMemoryStore();
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(`${name}:start`);
      await Promise.resolve();
      await Promise.resolve();
      order.push(`${name}:end`);
      return name;
    };
    const results = await Promise.all([withKeyLock(store, 'k', { ttlMs: 1_000 }, task('a')), withKeyLock(store, 'k', { ttlMs: 1_000 }, task('b'))]);
    expect(results).toEqual(['a', 'b']);
    expect(order).toEqual(['a:start', 'a:end', 'b:start', 'b:end']);
  });

  it('keeps out another instance sharing the store, then lets it in', async () => {
    const shared = createMemoryStore();
    // Two views of one store stand for two server instances (no shared in-process mutex).
    const view = (): KeyValueStore => ({
      get: (k) => shared.get(k),
      set: (k, v, o) => shared.set(k, v, o),
      delete: (k) => shared.delete(k),
      increment: (k, o) => shared.increment(k, o),
    });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inside = 0;
    let maxInside = 0;
    const enter = async () => {
      inside++;
      maxInside = Math.max(maxInside, inside);
      await gate;
      inside--;
    };
    const first = withKeyLock(view(), 'k', { ttlMs: 60_000, pollMs: 1 }, enter);
    const second = withKeyLock(view(), 'k', { ttlMs: 60_000, pollMs: 1 }, enter);
    await new Promise((r) => setTimeout(r, 10));
    release();
    await Promise.all([first, second]);
    expect(maxInside).toBe(1);
  });

  it('gives up with a retryable STORE_LOCK_TIMEOUT', async () => {
    const store = createMemoryStore();
    await store.increment('lock:k', { ttlMs: 60_000 });
    let t = 0;
    const now = () => (t += 10);
    const error = await withKeyLock(store, 'k', { ttlMs: 60_000, waitMs: 30, pollMs: 1, now }, async () => 1).catch((e: unknown) => e);
    expect(isAdapterError(error, 'STORE_LOCK_TIMEOUT')).toBe(true);
    expect(isAdapterError(error) && error.retryable).toBe(true);
  });
});
