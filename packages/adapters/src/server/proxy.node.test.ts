import { createServer } from 'node:http';
import { junanItems } from '@sijitong/core/fixtures';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Adapter } from '../contract/adapter.js';
import type { Application, CaseProgress } from '../contract/capabilities.js';
import { AdapterError } from '../errors.js';
import { createRemoteAdapter } from '../http/remote-adapter.js';
import { contractMessages } from '../i18n/messages/contract.js';
import { httpMessages } from '../i18n/messages/http.js';
import { failure, serveLocally } from '../simulator/test-helpers.js';
import { createProxyHandler } from './proxy-handler.js';
import { toNodeListener } from './node-listener.js';

const item = junanItems[0];
if (item === undefined) throw new Error('fixture missing');
const progress: CaseProgress = {
  caseNumber: '371327202603020001',
  itemName: item.name,
  applicantName: '张*三',
  status: 'processing',
  receivedAt: '2026-03-02T09:30:00+08:00',
  steps: [{ at: '2026-03-02T09:30:00+08:00', status: 'submitted', step: '收件' }],
};

let submitted: { application: Application; key: string } | undefined;
let lookupSignal: AbortSignal | undefined;
let lookupHangs = false;
const unexpected: unknown[] = [];

/** A tiny adapter implementing the contract inline. */
const fake: Adapter = {
  id: 'fake',
  name: { 'zh-CN': '测试', en: 'Test' },
  catalog: {
    list: async (query) => ({ items: [item], total: 1, page: query?.page ?? 1, pageSize: query?.pageSize ?? 20 }),
    get: async (code) => (code === item.implementationCode ? item : null),
    changesSince: async () => ({ changed: [], removed: [], until: '2026-03-02T00:00:00Z' }),
  },
  cases: {
    lookup: async (query, options) => {
      lookupSignal = options?.signal;
      if (lookupHangs) await new Promise((_resolve, reject) => options?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
      if (query.verification.kind === 'applicantName' && query.verification.name === '张三') return progress;
      throw new AdapterError(contractMessages, 'ADAPTER_CASE_NOT_FOUND');
    },
    submit: async (application, options) => {
      submitted = { application, key: options.idempotencyKey };
      return { caseNumber: 'N1', receivedAt: '2026-03-02T09:30:00+08:00', idempotencyKey: options.idempotencyKey };
    },
    listByApplicant: async () => ({ items: [], total: 0, page: 1, pageSize: 20 }),
  },
  evaluation: {
    submit: async (e) => {
      if (e.level === 1) throw new AdapterError(httpMessages, 'PROVINCE_ERROR', { code: 'E42', message: '评价通道维护中' }, { retryable: true });
      throw new Error('bug with secret details');
    },
  },
};

let clock = 0;
const handler = createProxyHandler({
  adapter: fake,
  allow: ['catalog.list', 'catalog.get', 'cases.lookup', 'cases.submit', 'evaluation.submit', 'catalog.bundles'],
  rateLimit: { limit: 1000, windowMs: 60_000, now: () => clock },
  onError: (error) => unexpected.push(error),
});
const local = await serveLocally(createServer(toNodeListener(handler)));
const base = `${local.url}/api/sijitong`;
const remote = createRemoteAdapter({ baseUrl: base });
afterAll(() => local.close());
beforeEach(() => {
  lookupHangs = false;
  lookupSignal = undefined;
  clock += 60_000;
});

const post = (path: string, body: unknown, init: RequestInit = {}) =>
  fetch(`${base}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), ...init });
const lookup = (name: string) => ({ caseNumber: progress.caseNumber, verification: { kind: 'applicantName' as const, name } });

describe('proxy + remote adapter', () => {
  it('serves the catalogue to the remote adapter, parsed into core items', async () => {
    const page = await remote.catalog?.list({ page: 2, pageSize: 5 });
    expect(page).toEqual({ items: [item], total: 1, page: 2, pageSize: 5 });
    expect(await remote.catalog?.get(item.implementationCode)).toEqual(item);
  });

  it('returns a lookup, and round-trips an adapter error with its code, both messages and status', async () => {
    expect(await remote.cases?.lookup(lookup('张三'))).toEqual(progress);
    const error = await failure(remote.cases?.lookup(lookup('李四')) ?? Promise.resolve());
    const original = new AdapterError(contractMessages, 'ADAPTER_CASE_NOT_FOUND');
    expect(error.code).toBe('ADAPTER_CASE_NOT_FOUND');
    expect(error.message).toBe(original.message);
    expect(error.localized('en')).toBe(original.localized('en'));
    expect(error.retryable).toBe(false);
    const raw = await post('cases/lookup', { query: lookup('李四') });
    expect(raw.status).toBe(404);
    expect(raw.headers.get('cache-control')).toBe('no-store');
    expect(await raw.json()).toEqual({ error: { code: 'ADAPTER_CASE_NOT_FOUND', message: original.message, messageEn: original.localized('en'), retryable: false, params: {} } });
  });

  it('keeps params and retryable of a province error', async () => {
    const error = await failure(remote.evaluation?.submit({ caseNumber: 'N1', level: 1, reason: '太慢' }) ?? Promise.resolve());
    expect(error.code).toBe('PROVINCE_ERROR');
    expect(error.params).toEqual({ code: 'E42', message: '评价通道维护中' });
    expect(error.retryable).toBe(true);
    expect(error.localized('en')).toBe('The provincial system returned an error (code E42): 评价通道维护中');
  });

  it('submits an application with binary materials and the idempotency key', async () => {
    const content = Uint8Array.from([0, 1, 2, 250, 255]);
    const application: Application = {
      implementationCode: item.implementationCode,
      itemVersion: '1',
      applicant: { kind: 'person', name: '张三', idNumber: '11010519491231002X' },
      form: { 'applicant.name': '张三' },
      materials: [{ materialId: 'id-card', fileName: 'id.pdf', contentType: 'application/pdf', content }],
    };
    const receipt = await remote.cases?.submit(application, { idempotencyKey: 'key-1' });
    expect(receipt).toEqual({ caseNumber: 'N1', receivedAt: '2026-03-02T09:30:00+08:00', idempotencyKey: 'key-1' });
    expect(submitted?.key).toBe('key-1');
    expect(submitted?.application.materials?.[0]?.content).toEqual(content);
    expect(submitted?.application.applicant).toEqual(application.applicant);
  });

  it('refuses calls that are not allowed (403) or not proxied, without reaching the adapter', async () => {
    const error = await failure(remote.catalog?.changesSince('2026-03-01T00:00:00Z') ?? Promise.resolve());
    expect(error.code).toBe('ADAPTER_CAPABILITY_FORBIDDEN');
    expect((await post('catalog/changesSince', { since: '2026-03-01T00:00:00Z' })).status).toBe(403);
    expect((await failure(remote.cases?.listByApplicant({ accessToken: 't', expiresAt: '2026-03-02T00:00:00Z' }) ?? Promise.resolve())).code).toBe(
      'ADAPTER_CAPABILITY_FORBIDDEN',
    );
    const unknown = await post('identity/exchange', {});
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('PROXY_METHOD_UNKNOWN');
  });

  it('answers 501 for an allowed call the adapter does not provide', async () => {
    const error = await failure(remote.catalog?.bundles?.() ?? Promise.resolve());
    expect(error.code).toBe('ADAPTER_CAPABILITY_MISSING');
  });

  it('exposes only the capabilities the remote adapter is told about', () => {
    const narrow = createRemoteAdapter({ baseUrl: base, methods: ['catalog.list'] });
    expect(narrow.cases).toBeUndefined();
    expect(narrow.evaluation).toBeUndefined();
    expect(narrow.catalog?.bundles).toBeUndefined();
  });

  it('validates bodies (400 INPUT_INVALID naming the field), JSON and the HTTP method', async () => {
    const bad = await post('cases/lookup', { query: { caseNumber: 'X', verification: { kind: 'password' } } });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; path: unknown[]; messageEn: string } };
    expect(body.error.code).toBe('INPUT_INVALID');
    expect(body.error.path).toEqual(['query', 'verification', 'kind']);
    expect((await post('cases/lookup', undefined, { body: '{not json' })).status).toBe(400);
    const get = await fetch(`${base}/catalog/list`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const large = await post('catalog/list', { query: {}, pad: 'x'.repeat(21 * 1024 * 1024) });
    expect(large.status).toBe(413);
  });

  it('hides unexpected failures behind ADAPTER_INTERNAL (500) and reports them to onError', async () => {
    const response = await post('evaluation/submit', { evaluation: { caseNumber: 'N1', level: 5 } });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toContain('ADAPTER_INTERNAL');
    expect(text).not.toContain('secret');
    expect(unexpected.at(-1)).toBeInstanceOf(Error);
  });

  it('passes the caller\'s abort through to the adapter, and reports ADAPTER_ABORTED', async () => {
    lookupHangs = true;
    const controller = new AbortController();
    const pending = remote.cases?.lookup(lookup('张三'), { signal: controller.signal }) ?? Promise.resolve();
    await expect.poll(() => lookupSignal !== undefined && !lookupSignal.aborted).toBe(true);
    controller.abort();
    expect((await failure(pending)).code).toBe('ADAPTER_ABORTED');
    await expect.poll(() => lookupSignal?.aborted).toBe(true);
  });
});

describe('proxy rate limit', () => {
  it('answers 429 with Retry-After past the limit, per client address', async () => {
    const limited = createProxyHandler({ adapter: fake, rateLimit: { limit: 2, windowMs: 10_000, now: () => 1000 } });
    const request = () => new Request('http://x/api/catalog/list', { method: 'POST', body: '{}' });
    expect((await limited(request(), { clientAddress: 'a' })).status).toBe(200);
    expect((await limited(request(), { clientAddress: 'a' })).status).toBe(200);
    const refused = await limited(request(), { clientAddress: 'a' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('9');
    const body = (await refused.json()) as { error: { code: string; retryable: boolean } };
    expect(body.error).toMatchObject({ code: 'ADAPTER_RATE_LIMITED', retryable: true });
    expect((await limited(request(), { clientAddress: 'b' })).status).toBe(200);
  });
});
