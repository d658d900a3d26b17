import { describe, expect, it } from 'vitest';
import { isAdapterError } from '../errors.js';
import { createMemoryStore } from './memory-store.js';

function clock(start = 1_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('createMemoryStore', () => {
  it('sets, gets copies and deletes', async () => {
    const store = createMemoryStore();
    const value = { a: [1, 2], b: 'x' };
    await store.set('k', value);
    value.a.push(3);
    const read = await store.get('k');
    expect(read).toEqual({ a: [1, 2], b: 'x' });
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    await store.delete('absent');
  });

  it('honours time to live lazily', async () => {
    const c = clock();
    const store = createMemoryStore({ now: c.now });
    await store.set('k', 1, { ttlMs: 100 });
    await store.set('forever', true);
    c.advance(99);
    expect(await store.get('k')).toBe(1);
    c.advance(1);
    expect(await store.get('k')).toBeUndefined();
    expect(await store.get('forever')).toBe(true);
  });

  it('increments counters with a fixed expiry', async () => {
    const c = clock();
    const store = createMemoryStore({ now: c.now });
    expect(await store.increment('n', { ttlMs: 100 })).toBe(1);
    c.advance(60);
    expect(await store.increment('n', { ttlMs: 100 })).toBe(2);
    c.advance(40);
    expect(await store.increment('n', { ttlMs: 100 })).toBe(1);
    await store.set('s', 'text');
    await expect(store.increment('s', { ttlMs: 10 })).rejects.toSatisfy((e) => isAdapterError(e, 'STORE_NOT_A_COUNTER'));
  });

  it('evicts the least recently used entry beyond maxEntries, expired ones first', async () => {
    const c = clock();
    const store = createMemoryStore({ now: c.now, maxEntries: 2 });
    await store.set('a', 1);
    await store.set('b', 2);
    await store.get('a');
    await store.set('c', 3);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBe(1);
    expect(store.size).toBe(2);
    await store.set('short', 0, { ttlMs: 5 });
    c.advance(10);
    await store.set('d', 4);
    expect(store.size).toBe(2);
  });

  it('refuses values JSON cannot hold and bad TTLs', async () => {
    const store = createMemoryStore();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(store.set('x', cyclic as never)).rejects.toSatisfy((e) => isAdapterError(e, 'STORE_VALUE_NOT_JSON'));
    await expect(store.set('x', new Uint8Array(2) as never)).rejects.toSatisfy((e) => isAdapterError(e, 'STORE_VALUE_NOT_JSON'));
    await expect(store.set('x', 1, { ttlMs: 0 })).rejects.toSatisfy((e) => isAdapterError(e, 'STORE_TTL_INVALID'));
    store.clear();
    expect(store.size).toBe(0);
  });
});
