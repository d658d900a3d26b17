import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../http/signing-fetch.js';
import { SIMULATOR_CREDENTIALS, startSimulator } from '../../simulator/index.js';
import { failure, guangdongSimConfig } from '../../simulator/test-helpers.js';
import { guangdongAdapter } from './adapter.js';

const sim = await startSimulator({ port: 0, exposeCaptchaAnswers: true, testCaptcha: false });
afterAll(() => sim.close());
afterEach(() => sim.setFaults([]));

const gd = SIMULATOR_CREDENTIALS.guangdong;
const lookup = sim.fixtures.guangdong.lookup!;
const byName = { caseNumber: lookup.caseNumber, verification: { kind: 'applicantName', name: lookup.applicantName } } as const;

/** A fetch that counts requests and remembers the last captcha answer the simulator exposed. */
function recordingFetch() {
  const calls: string[] = [];
  const seen = { answer: '' };
  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push(url.pathname);
    const response = await globalThis.fetch(input, init);
    seen.answer = response.headers.get('x-sim-captcha-answer') ?? seen.answer;
    return response;
  };
  return { fetch, calls, seen };
}

function adapterWith(extra: Record<string, unknown> = {}) {
  return guangdongAdapter.create({
    ...guangdongSimConfig(sim.url),
    retry: { backoffMs: 1, maxBackoffMs: 5 },
    ...extra,
  });
}

describe('guangdong adapter: captcha lookups', () => {
  it('issues a captcha and looks a case up with its answer', async () => {
    const { fetch, seen } = recordingFetch();
    const adapter = adapterWith({ fetch });
    const captcha = await adapter.captcha.issue();
    expect(captcha.image).toMatch(/^data:image\//);
    const progress = await adapter.cases.lookup({ ...byName, captcha: { id: captcha.id, answer: seen.answer } });
    expect(progress.caseNumber).toBe(lookup.caseNumber);
    expect(progress.applicantName).not.toBe(lookup.applicantName);
    expect(progress.nativeStatus?.code).toBe('06');
  });

  it('a captcha is single use: the second attempt is ADAPTER_CAPTCHA_INVALID', async () => {
    const { fetch, seen } = recordingFetch();
    const adapter = adapterWith({ fetch });
    const { id } = await adapter.captcha.issue();
    const answer = { id, answer: seen.answer };
    await adapter.cases.lookup({ ...byName, captcha: answer });
    expect((await failure(adapter.cases.lookup({ ...byName, captcha: answer }))).code).toBe('ADAPTER_CAPTCHA_INVALID');
  });

  it('refuses, before any request, a lookup without captcha or by query password', async () => {
    const { fetch, calls } = recordingFetch();
    const adapter = adapterWith({ fetch });
    expect((await failure(adapter.cases.lookup(byName))).code).toBe('CAPTCHA_REQUIRED');
    const byPassword = { caseNumber: lookup.caseNumber, verification: { kind: 'queryPassword', password: 'X1' }, captcha: { id: 'a', answer: 'b' } } as const;
    expect((await failure(adapter.cases.lookup(byPassword))).code).toBe('LOOKUP_FACTOR_UNSUPPORTED');
    expect(calls).toHaveLength(0);
  });

  it('a lookup survives a 503 (the fault comes before the captcha is used)', async () => {
    const { fetch, calls, seen } = recordingFetch();
    const adapter = adapterWith({ fetch });
    const { id } = await adapter.captcha.issue();
    sim.setFaults([{ fault: 'status', status: 503, path: '/guangdong/progress/query' }]);
    const progress = await adapter.cases.lookup({ ...byName, captcha: { id, answer: seen.answer } });
    expect(progress.caseNumber).toBe(lookup.caseNumber);
    expect(calls.filter((p) => p === '/guangdong/progress/query')).toHaveLength(2);
  });
});

describe('guangdong adapter: envelopes and errors', () => {
  it('refuses answers not signed by the province (GM_SIGNATURE_INVALID)', async () => {
    const error = await failure(adapterWith({ sm2PublicKey: gd.clientKeys.publicKey }).catalog.list());
    expect(error.code).toBe('GM_SIGNATURE_INVALID');
  });

  it('a body that is not JSON is RESPONSE_NOT_JSON', async () => {
    sim.setFaults([{ fault: 'malformed', path: '/guangdong/item/list' }]);
    expect((await failure(adapterWith().catalog.list())).code).toBe('RESPONSE_NOT_JSON');
  });

  it('HTTP 200 with an error code (inside the envelope) is PROVINCE_ERROR', async () => {
    sim.setFaults([{ fault: 'error-code', path: '/guangdong/item/detail' }]);
    const error = await failure(adapterWith().catalog.get(sim.fixtures.guangdong.catalog!.implementationCode));
    expect(error.code).toBe('PROVINCE_ERROR');
    expect(error.params['code']).toBe('50000');
  });

  it('a write without an idempotency key is sent once', async () => {
    const { fetch, calls } = recordingFetch();
    sim.setFaults([{ fault: 'status', status: 503, path: '/guangdong/evaluation/submit' }]);
    const error = await failure(adapterWith({ fetch }).evaluation.submit({ caseNumber: sim.fixtures.guangdong.evaluation!.caseNumber, level: 4 }));
    expect(error.code).toBe('ADAPTER_HTTP_STATUS');
    expect(calls.filter((p) => p === '/guangdong/evaluation/submit')).toHaveLength(1);
  });
});
