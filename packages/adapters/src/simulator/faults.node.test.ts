import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFaultHeader, startSimulator, type Simulator } from './index.js';
import { guangdongFetch, nationalFetch } from './test-helpers.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ cases: 20 });
});
afterAll(async () => {
  await sim.close();
});

describe('faults by header', () => {
  it('status=503 answers 503 with the dialect error body', async () => {
    const res = await nationalFetch(sim.url, '/catalog/bundles', undefined, { headers: { 'X-Sim-Fault': 'status=503' } });
    expect(res.status).toBe(503);
    expect(res.json).toMatchObject({ code: '50000', data: null });
    const gd = await guangdongFetch(sim.url, '/item/bundles', {}, { headers: { 'X-Sim-Fault': 'status=502' } });
    expect(gd.status).toBe(502);
    expect(gd.json.errcode).toBe(50000);
  });
  it('error-code answers HTTP 200 with an error code', async () => {
    const res = await nationalFetch(sim.url, '/catalog/bundles', undefined, { headers: { 'X-Sim-Fault': 'error-code' } });
    expect(res.status).toBe(200);
    expect(res.json.code).toBe('50000');
  });
  it('malformed answers 200 JSON content type with a body that does not parse', async () => {
    const res = await nationalFetch(sim.url, '/catalog/bundles', undefined, { headers: { 'X-Sim-Fault': 'malformed' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(() => JSON.parse(res.text)).toThrow();
  });
  it('drop destroys the connection', async () => {
    await expect(nationalFetch(sim.url, '/catalog/bundles', undefined, { headers: { 'X-Sim-Fault': 'drop' } })).rejects.toThrow();
  });
  it('timeout never answers (the client gives up)', async () => {
    const controller = new AbortController();
    const pending = fetch(new URL('/national/catalog/bundles', sim.url), { headers: { 'X-Sim-Fault': 'timeout' }, signal: controller.signal });
    let settled = false;
    void pending.then(
      () => (settled = true),
      () => undefined,
    );
    // An ordinary request made after it is answered while the first still hangs.
    expect((await nationalFetch(sim.url, '/catalog/bundles')).status).toBe(200);
    expect(settled).toBe(false);
    controller.abort();
    await expect(pending).rejects.toThrow();
  });
  it('latency delays, then answers normally', async () => {
    const started = performance.now();
    const res = await nationalFetch(sim.url, '/catalog/bundles', undefined, { headers: { 'X-Sim-Fault': 'latency=150' } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140); // timers may fire a little early
    expect(res.json.code).toBe('0');
  });
  it('parses the header', () => {
    expect(parseFaultHeader('latency=800, status=503, bogus')).toEqual([
      { fault: 'latency', latencyMs: 800 },
      { fault: 'status', status: 503 },
    ]);
  });
});

describe('armed faults', () => {
  it('apply to the next N matching requests only', async () => {
    sim.setFaults([{ fault: 'status', status: 500, times: 2, path: '/national/catalog' }]);
    expect((await nationalFetch(sim.url, '/licences?CERT_NO=x')).status).toBe(200); // path does not match
    expect((await nationalFetch(sim.url, '/catalog/bundles')).status).toBe(500);
    expect((await nationalFetch(sim.url, '/catalog/bundles')).status).toBe(500);
    expect((await nationalFetch(sim.url, '/catalog/bundles')).status).toBe(200);
  });
  it('can drop a guangdong request and be disarmed', async () => {
    sim.setFaults([{ fault: 'drop', times: 5 }]);
    await expect(guangdongFetch(sim.url, '/item/bundles', {})).rejects.toThrow();
    sim.setFaults([]);
    expect((await guangdongFetch(sim.url, '/item/bundles', {})).status).toBe(200);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After per client once the window is full', async () => {
    const limited = await startSimulator({ cases: 12, rateLimit: { limit: 3, windowMs: 60_000 } });
    try {
      for (let i = 0; i < 3; i++) expect((await nationalFetch(limited.url, '/catalog/bundles')).status).toBe(200);
      const refused = await nationalFetch(limited.url, '/catalog/bundles');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.json.code).toBe('42900');
      // Another client (guangdong's paasId) has its own window.
      const other = await guangdongFetch(limited.url, '/item/bundles', {});
      expect(other.status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
