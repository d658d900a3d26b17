import { describe, expect, it } from 'vitest';
import { isAdapterError } from '../errors.js';
import { createRemoteAdapter } from '../http/remote-adapter.js';
import type { FetchLike } from '../http/signing-fetch.js';
import { createStaticAdapter } from '../static/static-adapter.js';
import { runAdapterConformance } from '../testing/conformance.js';
import { createProxyHandler } from './proxy-handler.js';

/** The static adapter's divisions through the proxy (default allow list), called in memory (an aborted call fails as fetch does). */
const handler = createProxyHandler({ adapter: createStaticAdapter() });
const inMemory: FetchLike = (input, init) =>
  init?.signal?.aborted === true ? Promise.reject(new DOMException('aborted', 'AbortError')) : handler(new Request(input, init));
const remote = createRemoteAdapter({ baseUrl: 'https://site.example/api/sijitong', fetch: inMemory, methods: ['divisions.children'] });

runAdapterConformance({ adapter: remote, fixtures: { divisions: { parentCode: '371300' } }, name: 'remote adapter: divisions through the proxy' });

describe('divisions through the proxy', () => {
  it('are allowed by default and parsed at the boundary', async () => {
    expect(remote.divisions).toBeDefined();
    expect(remote.catalog).toBeUndefined();
    expect(await remote.divisions?.children('370000')).toEqual([{ code: '371300', name: '临沂市' }]);
  });

  it('answer an unknown parent with 404 ADAPTER_DIVISION_NOT_FOUND', async () => {
    const response = await handler(new Request('https://site.example/api/sijitong/divisions/children', { method: 'POST', body: JSON.stringify({ parentCode: '110000' }) }));
    expect(response.status).toBe(404);
    const error = await remote.divisions?.children('110000').catch((e: unknown) => e);
    expect(isAdapterError(error, 'ADAPTER_DIVISION_NOT_FOUND')).toBe(true);
  });

  it('refuse a malformed list from the proxy with RESPONSE_INVALID', async () => {
    const liar = createRemoteAdapter({
      baseUrl: 'https://x',
      fetch: async () => new Response(JSON.stringify({ result: [{ code: '37', name: '山东省' }] }), { status: 200 }),
    });
    const error = await liar.divisions?.children().catch((e: unknown) => e);
    expect(isAdapterError(error, 'RESPONSE_INVALID')).toBe(true);
  });

  it('pass the caller\'s abort signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await remote.divisions?.children('370000', { signal: controller.signal }).catch((e: unknown) => e);
    expect(isAdapterError(error, 'ADAPTER_ABORTED')).toBe(true);
  });
});
