import { describe, expect, it } from 'vitest';
import type { Adapter } from '../contract/adapter.js';
import { AdapterError } from '../errors.js';
import { createProxyHandler } from '../server/proxy-handler.js';
import { adapterErrorFromPayload, createRemoteAdapter } from './remote-adapter.js';
import type { FetchLike } from './signing-fetch.js';

const fake: Adapter = {
  id: 'fake',
  name: { 'zh-CN': '测试', en: 'Test' },
  evaluation: { submit: async () => ({ evaluationId: 'E1' }) },
};
const handler = createProxyHandler({ adapter: fake, allow: ['evaluation.submit'] });
/** The proxy called in memory: no server, so this runs in browsers too. */
const inMemory: FetchLike = (input, init) => handler(new Request(input, init));

async function failure(promise: Promise<unknown> | undefined): Promise<AdapterError> {
  const error = await (promise ?? Promise.resolve()).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AdapterError);
  return error as AdapterError;
}

describe('createRemoteAdapter', () => {
  it('calls the proxy and parses the result', async () => {
    const remote = createRemoteAdapter({ baseUrl: 'http://site.example/api/', fetch: inMemory, methods: ['evaluation.submit'] });
    expect(remote.id).toBe('remote');
    expect(remote.name.en).toContain('server');
    expect(await remote.evaluation?.submit({ caseNumber: 'N1', level: 5 })).toEqual({ evaluationId: 'E1' });
  });

  it('rebuilds AdapterErrors from the proxy (INPUT_INVALID for a level-1 rating without a reason)', async () => {
    const remote = createRemoteAdapter({ baseUrl: 'http://site.example/api', fetch: inMemory });
    const error = await failure(remote.evaluation?.submit({ caseNumber: 'N1', level: 1 }));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.path).toEqual(['evaluation', 'reason']);
    expect(error.localized('en')).not.toBe(error.message);
  });

  it('reports a non-JSON answer as REMOTE_RESPONSE_INVALID, a failed fetch as ADAPTER_NETWORK, a slow one as ADAPTER_TIMEOUT', async () => {
    const html = createRemoteAdapter({ baseUrl: 'http://x', fetch: async () => new Response('<html>', { status: 502 }) });
    const invalid = await failure(html.evaluation?.submit({ caseNumber: 'N1', level: 5 }));
    expect(invalid.code).toBe('REMOTE_RESPONSE_INVALID');
    expect(invalid.params['status']).toBe(502);

    const down = createRemoteAdapter({ baseUrl: 'http://x', fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const network = await failure(down.evaluation?.submit({ caseNumber: 'N1', level: 5 }));
    expect(network.code).toBe('ADAPTER_NETWORK');
    expect(network.retryable).toBe(true);

    const hanging: FetchLike = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const slow = createRemoteAdapter({ baseUrl: 'http://x', fetch: hanging });
    expect((await failure(slow.evaluation?.submit({ caseNumber: 'N1', level: 5 }, { timeoutMs: 20 }))).code).toBe('ADAPTER_TIMEOUT');
  });

  it('keeps code, messages, params, path and retryable of an error payload', () => {
    const error = adapterErrorFromPayload({ code: 'X_Y', message: '中文', messageEn: 'English', retryable: true, params: { n: 1 }, path: ['a', 0] });
    expect([error.code, error.message, error.localized('en'), error.retryable, error.params, error.path]).toEqual(['X_Y', '中文', 'English', true, { n: 1 }, ['a', 0]]);
  });
});
