import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { AdapterError } from '../../errors.js';
import type { FetchLike } from '../../http/signing-fetch.js';
import { startSimulator } from '../../simulator/index.js';
import { failure, nationalSimConfig } from '../../simulator/test-helpers.js';
import { NATIONAL_STATUS_TABLE } from './status.js';
import { nationalAdapter } from './adapter.js';

const sim = await startSimulator({ port: 0, exposeCaptchaAnswers: true });
afterAll(() => sim.close());
afterEach(() => sim.setFaults([]));

const fixtures = sim.fixtures.national;
const lookup = fixtures.lookup!;
const byName = { caseNumber: lookup.caseNumber, verification: { kind: 'applicantName', name: lookup.applicantName } } as const;

/** A fetch that counts requests per path and may rewrite JSON answers. */
function recordingFetch(rewrite?: (path: string, body: string) => string) {
  const calls: string[] = [];
  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    const response = await globalThis.fetch(input, init);
    if (rewrite === undefined) return response;
    const text = rewrite(url.pathname, await response.text());
    return new Response(text, { status: response.status, headers: response.headers });
  };
  return { fetch, calls };
}

function adapterWith(extra: Record<string, unknown> = {}) {
  return nationalAdapter.create({
    ...nationalSimConfig(sim.url),
    retry: { backoffMs: 1, maxBackoffMs: 5 },
    ...extra,
  });
}

describe('national adapter: malformed answers', () => {
  it('a body that is not JSON is RESPONSE_NOT_JSON', async () => {
    sim.setFaults([{ fault: 'malformed', path: '/national/catalog/items' }]);
    const error = await failure(adapterWith().catalog.list());
    expect(error.code).toBe('RESPONSE_NOT_JSON');
  });

  it('a missing field is RESPONSE_INVALID at the province\'s field name', async () => {
    const { fetch } = recordingFetch((_path, body) => body.replace(/"TASK_CODE":"[^"]*",/, ''));
    const error = await failure(adapterWith({ fetch }).catalog.get(fixtures.catalog!.implementationCode));
    expect(error.code).toBe('RESPONSE_INVALID');
    expect(error.path).toEqual(['data', 'TASK_CODE']);
    expect(error.params['field']).toBe('data.TASK_CODE');
  });

  it('an unknown code in a list is RESPONSE_INVALID naming the row and field, never a half-page', async () => {
    const { fetch } = recordingFetch((path, body) => (path.endsWith('/catalog/items') ? body.replace('"TASK_TYPE":"', '"TASK_TYPE":"77') : body));
    const error = await failure(adapterWith({ fetch }).catalog.list({ pageSize: 3 }));
    expect(error.code).toBe('RESPONSE_INVALID');
    expect(error.path).toEqual(['data', 'rows', 0, 'TASK_TYPE']);
    expect(error.localized('en')).toContain('itemType');
  });

  it('a bad nested value is reported inside its list entry', async () => {
    const { fetch } = recordingFetch((_path, body) => body.replace(/"MATERIAL_ID":"[^"]*"/, '"MATERIAL_ID":"bad id!"'));
    const error = await failure(adapterWith({ fetch }).catalog.get(fixtures.catalog!.implementationCode));
    expect(error.code).toBe('RESPONSE_INVALID');
    expect(error.path).toEqual(['data', 'MATERIALS', 0, 'MATERIAL_ID']);
    expect(error.message).not.toContain('bad id!');
  });
});

describe('national adapter: province errors and statuses', () => {
  it('HTTP 200 with an error code is PROVINCE_ERROR (retryable when the province is busy)', async () => {
    sim.setFaults([{ fault: 'error-code', path: '/national/catalog/items' }]);
    const error = await failure(adapterWith().catalog.list());
    expect(error.code).toBe('PROVINCE_ERROR');
    expect(error.params['code']).toBe('50000');
    expect(error.retryable).toBe(true);
  });

  it('a wrong second factor is the contract\'s ADAPTER_CASE_NOT_FOUND', async () => {
    const error = await failure(adapterWith().cases.lookup({ ...byName, verification: { kind: 'queryPassword', password: 'NOPE00' } }));
    expect(error.code).toBe('ADAPTER_CASE_NOT_FOUND');
  });

  it('a status code missing from the table is NATIVE_STATUS_UNKNOWN, never a guess', async () => {
    const statusTable = { province: 'test-province', entries: NATIONAL_STATUS_TABLE.entries.filter((e) => e.native !== '12') };
    const error = await failure(adapterWith({ statusTable }).cases.lookup(byName));
    expect(error.code).toBe('NATIVE_STATUS_UNKNOWN');
    expect(error.params).toMatchObject({ code: '12', province: 'test-province', field: 'data.HANDLESTATE' });
    expect(error.path).toEqual(['data', 'HANDLESTATE']);
  });

  it('an invalid configuration never shows its secrets', () => {
    const error = (() => {
      try {
        nationalAdapter.create({ baseUrl: 'not a url', accessKey: 'ak-visible-value', secretKey: 'sk-very-secret-value' });
      } catch (e) {
        return e as AdapterError;
      }
      throw new Error('expected ADAPTER_CONFIG_INVALID');
    })();
    expect(error.code).toBe('ADAPTER_CONFIG_INVALID');
    expect(error.path).toEqual(['baseUrl']);
    expect(`${error.message} ${error.localized('en')}`).not.toContain('sk-very-secret-value');
  });
});

describe('national adapter: retries', () => {
  it('a lookup survives two 503s (a read is retried)', async () => {
    const { fetch, calls } = recordingFetch();
    sim.setFaults([{ fault: 'status', status: 503, times: 2, path: '/national/cases/query' }]);
    const progress = await adapterWith({ fetch }).cases.lookup(byName);
    expect(progress.caseNumber).toBe(lookup.caseNumber);
    expect(calls.filter((c) => c === 'POST /national/cases/query')).toHaveLength(3);
  });

  it('a write without an idempotency key is sent once, never retried', async () => {
    const { fetch, calls } = recordingFetch();
    sim.setFaults([{ fault: 'status', status: 503, path: '/national/evaluations' }]);
    const error = await failure(adapterWith({ fetch }).evaluation.submit({ caseNumber: fixtures.evaluation!.caseNumber, level: 5 }));
    expect(error.code).toBe('ADAPTER_HTTP_STATUS');
    expect(calls.filter((c) => c === 'POST /national/evaluations')).toHaveLength(1);
  });

  it('a submission needs an idempotency key before anything is sent', async () => {
    const { fetch, calls } = recordingFetch();
    const submit = adapterWith({ fetch }).cases.submit(fixtures.submission!.application, {} as { idempotencyKey: string });
    expect((await failure(submit)).code).toBe('INPUT_INVALID');
    expect(calls).toHaveLength(0);
  });

  it('a submission under a key survives a 503 and makes one case', async () => {
    const { fetch, calls } = recordingFetch();
    sim.setFaults([{ fault: 'status', status: 503, path: '/national/cases' }]);
    const adapter = adapterWith({ fetch });
    const key = `retry-${crypto.randomUUID()}`;
    const receipt = await adapter.cases.submit(fixtures.submission!.application, { idempotencyKey: key });
    expect(calls.filter((c) => c === 'POST /national/cases')).toHaveLength(2);
    const again = await adapter.cases.submit(fixtures.submission!.application, { idempotencyKey: key });
    expect(again.caseNumber).toBe(receipt.caseNumber);
    expect(calls.filter((c) => c === 'POST /national/cases')).toHaveLength(2);
  });
});
