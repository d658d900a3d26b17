import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './index.js';
import { nationalFetch } from './test-helpers.js';

let sim: Simulator;
const call = (path: string, body?: unknown, options?: Parameters<typeof nationalFetch>[3]) => nationalFetch(sim.url, path, body, options);

beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
});

describe('national dialect: signing', () => {
  it('refuses a missing signature with 401 and the national error body', async () => {
    const res = await call('/catalog/items', undefined, { unsigned: true });
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ code: '40100', data: null });
  });
  it('refuses a signature made with the wrong secret', async () => {
    const res = await call('/catalog/items', undefined, { wrongSecret: 'nope' });
    expect(res.status).toBe(401);
    expect(res.json.code).toBe('40100');
  });
  it('refuses a stale date', async () => {
    const res = await call('/catalog/items', undefined, { headers: {} });
    expect(res.status).toBe(200);
    const stale = await fetch(new URL('/national/catalog/items', sim.url), {
      headers: { 'X-BG-HMAC-ACCESS-KEY': 'sim-national-ak', 'X-BG-HMAC-ALGORITHM': 'hmac-sha256', 'X-BG-DATE-TIME': new Date(0).toUTCString(), 'X-BG-HMAC-SIGNATURE': 'x' },
    });
    expect(stale.status).toBe(401);
  });
  it('answers an unknown route with 404 in the envelope', async () => {
    const res = await call('/nothing-here');
    expect(res.status).toBe(404);
    expect(res.json.code).toBe('40401');
  });
});

describe('national dialect: catalogue', () => {
  it('lists items with pageNo/pageSize/total/rows in national field names', async () => {
    const res = await call('/catalog/items?pageNo=2&pageSize=10');
    expect(res.json).toMatchObject({ code: '0', data: { pageNo: 2, pageSize: 10, total: 55 } });
    expect(res.json.data.rows).toHaveLength(10);
    const row = res.json.data.rows[0];
    expect(row.TASK_CODE).toMatch(/^[0-9A-Z]{31}$/);
    expect(row).toHaveProperty('CATALOG_CODE');
    expect(row.TASK_TYPE).toMatch(/^(0\d|10|20)$/);
    expect(row.MATERIALS[0]).toHaveProperty('MATERIAL_NAME');
  });
  it('filters by division and rejects a bad page size', async () => {
    const township = await call('/catalog/items?pageSize=100&AREA_CODE=371327101');
    expect(township.json.data.total).toBeGreaterThan(0);
    expect(township.json.data.total).toBeLessThanOrEqual(55);
    const bad = await call('/catalog/items?pageSize=1000');
    expect(bad.status).toBe(200);
    expect(bad.json.code).toBe('40001');
  });
  it('gets one item and answers 40400 for an unknown code', async () => {
    const code = sim.fixtures.national.catalog?.implementationCode ?? '';
    expect((await call(`/catalog/items/${code}`)).json.data.TASK_CODE).toBe(code);
    expect((await call(`/catalog/items/${sim.fixtures.national.catalog?.missingImplementationCode ?? ''}`)).json).toMatchObject({ code: '40400', data: null });
  });
  it('reports changes since a time, removals included', async () => {
    const none = await call(`/catalog/changes?since=${encodeURIComponent('2099-01-01 00:00:00')}`);
    expect(none.json.data).toMatchObject({ CHANGED: [], REMOVED: [] });
    const [first, second] = [...sim.state.items.values()];
    sim.state.putItem({ ...first!.item, name: `${first!.item.name}（更新）` });
    sim.state.putItem({ ...second!.item, state: 'cancelled' });
    const since = new Date(Date.now() - 60_000);
    const fmt = new Date(since.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
    const res = await call(`/catalog/changes?since=${encodeURIComponent(fmt)}`);
    expect(res.json.data.CHANGED.map((i: { TASK_CODE: string }) => i.TASK_CODE)).toEqual([first!.item.implementationCode]);
    expect(res.json.data.REMOVED).toEqual([second!.item.implementationCode]);
    expect(res.json.data.UNTIL).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    sim.state.putItem(first!.item, new Date(0));
    sim.state.putItem(second!.item, new Date(0));
  });
  it('lists bundles', async () => {
    expect((await call('/catalog/bundles')).json.data.length).toBe(5);
  });
});

describe('national dialect: lookup', () => {
  const lookup = () => sim.fixtures.national.lookup!;
  it('shows a case to its number and query password, name masked', async () => {
    const res = await call('/cases/query', { PROJID: lookup().caseNumber, PROJPWD: lookup().queryPassword });
    expect(res.json.code).toBe('0');
    expect(res.json.data).toMatchObject({ PROJID: lookup().caseNumber, HANDLESTATE: '12' });
    expect(res.json.data.APPLYNAME).not.toBe(lookup().applicantName);
    expect(res.json.data.NODELIST.length).toBeGreaterThan(0);
    expect(res.json.data.RECEIVETIME).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(res.json.data.PROMISETIME).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('shows a case to its number and applicant name', async () => {
    const res = await call('/cases/query', { PROJID: lookup().caseNumber, APPLYNAME: lookup().applicantName });
    expect(res.json.data.PROJID).toBe(lookup().caseNumber);
  });
  it('answers a wrong second factor exactly like an unknown number', async () => {
    const wrongName = await call('/cases/query', { PROJID: lookup().caseNumber, APPLYNAME: '某某某' });
    const wrongPassword = await call('/cases/query', { PROJID: lookup().caseNumber, PROJPWD: 'ZZZZZZ' });
    const unknown = await call('/cases/query', { PROJID: lookup().unknownCaseNumber, APPLYNAME: lookup().applicantName });
    expect(wrongName.text).toBe(unknown.text);
    expect(wrongPassword.text).toBe(unknown.text);
    expect(unknown.json).toMatchObject({ code: '40400', data: null });
  });
  it('reveals nothing to a number alone', async () => {
    const res = await call('/cases/query', { PROJID: lookup().caseNumber });
    expect(res.json).toMatchObject({ code: '40001', data: null });
  });
});
