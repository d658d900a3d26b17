import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentSignature, SIMULATOR_CREDENTIALS, startSimulator, type Simulator } from './index.js';
import { nationalFetch, startCallbackReceiver, type CallbackReceiver, type ReceivedCallback } from './test-helpers.js';

let sim: Simulator;
let receiver: CallbackReceiver;
let receiverUrl: string;
const received: ReceivedCallback[] = [];
const call = (path: string, body?: unknown, options?: Parameters<typeof nationalFetch>[3]) => nationalFetch(sim.url, path, body, options);

beforeAll(async () => {
  sim = await startSimulator();
  receiver = await startCallbackReceiver(received);
  receiverUrl = receiver.url;
});
afterAll(async () => {
  await sim.close();
  await receiver.close();
});

const application = () => {
  const app = sim.fixtures.national.submission!.application;
  if (app.applicant.kind !== 'person') throw new Error('fixture applicant is a person');
  return {
    TASK_CODE: app.implementationCode,
    TASK_VERSION: app.itemVersion,
    APPLY_TYPE: '1',
    APPLYNAME: app.applicant.name,
    APPLY_CARDTYPE: '111',
    APPLY_CARDNUMBER: app.applicant.idNumber,
    FORM_DATA: app.form,
  };
};

describe('national dialect: submission', () => {
  it('creates, uploads and confirms; the same key twice gives the same PROJID and no second case', async () => {
    const before = sim.state.cases.size;
    const headers = { 'Idempotency-Key': 'nat-submit-1' };
    const first = await call('/cases', application(), { headers });
    const again = await call('/cases', application(), { headers });
    expect(first.json).toMatchObject({ code: '0', data: { HANDLESTATE: '01' } });
    expect(again.json.data.PROJID).toBe(first.json.data.PROJID);
    expect(sim.state.cases.size).toBe(before + 1);
    const id = first.json.data.PROJID as string;
    const material = sim.fixtures.national.submission!.application.materials![0]!;
    const upload = { MATERIAL_ID: material.materialId, FILE_NAME: 'a.pdf', FILE_TYPE: 'application/pdf', FILE_CONTENT: Buffer.from('%PDF').toString('base64') };
    const u1 = await call(`/cases/${id}/materials`, upload);
    const u2 = await call(`/cases/${id}/materials`, upload);
    expect(u1.json.data.ATTACHMENT_ID).toBe(u2.json.data.ATTACHMENT_ID);
    // A draft is never shown by the public lookup.
    expect((await call('/cases/query', { PROJID: id, APPLYNAME: application().APPLYNAME })).json.code).toBe('40400');
    const confirmed = await call(`/cases/${id}/confirm`, {});
    expect(confirmed.json.data).toMatchObject({ PROJID: id, HANDLESTATE: '02' });
    expect(confirmed.json.data.PROJPWD).toMatch(/^[2-9A-Z]{6}$/);
    expect((await call(`/cases/${id}/confirm`, {})).json.data).toEqual(confirmed.json.data);
    const lookup = await call('/cases/query', { PROJID: id, PROJPWD: confirmed.json.data.PROJPWD });
    expect(lookup.json.data.HANDLESTATE).toBe('02');
    expect((await call(`/cases/${id}/materials`, upload)).json.code).toBe('40901');
  });
  it('refuses the same key with a different body, a missing key, a stale version and a bad ID number', async () => {
    const headers = { 'Idempotency-Key': 'nat-submit-2' };
    await call('/cases', application(), { headers });
    expect((await call('/cases', { ...application(), APPLYNAME: '李四' }, { headers })).json.code).toBe('40900');
    expect((await call('/cases', application())).json.code).toBe('40001');
    expect((await call('/cases', { ...application(), TASK_VERSION: '1999.1' }, { headers: { 'Idempotency-Key': 'nat-3' } })).json.code).toBe('40004');
    expect((await call('/cases', { ...application(), APPLY_CARDNUMBER: '371327198506123015' }, { headers: { 'Idempotency-Key': 'nat-4' } })).json.code).toBe('40001');
  });
});

describe('national dialect: identity and my cases', () => {
  it('login form → code → token → userinfo → my cases', async () => {
    const redirectUri = 'http://127.0.0.1:9/cb';
    const authorize = `${sim.url}/national/oauth/authorize?response_type=code&client_id=sim-national-web&redirect_uri=${encodeURIComponent(redirectUri)}&state=xyz`;
    const page = await fetch(authorize);
    const html = await page.text();
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain('<label for="username">');
    const form = new URLSearchParams({ response_type: 'code', client_id: 'sim-national-web', redirect_uri: redirectUri, state: 'xyz', username: 'zhangsan', password: 'wrong' });
    const post = (f: URLSearchParams) =>
      fetch(`${sim.url}/national/oauth/authorize`, { method: 'POST', body: f, redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    const failed = await post(form);
    expect(failed.status).toBe(200);
    expect(await failed.text()).toContain('role="alert"');
    form.set('password', 'Sim@2026');
    const ok = await post(form);
    expect(ok.status).toBe(302);
    const location = new URL(ok.headers.get('location') ?? '');
    expect(location.searchParams.get('state')).toBe('xyz');
    const code = location.searchParams.get('code') ?? '';
    const tokenBody = { grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: 'sim-national-web', client_secret: 'sim-national-oauth-secret' };
    const token = await call('/oauth/token', tokenBody);
    expect(token.json.data).toMatchObject({ token_type: 'Bearer', expires_in: 7200 });
    expect((await call('/oauth/token', tokenBody)).status).toBe(401); // single use
    const auth = { Authorization: `Bearer ${token.json.data.access_token as string}` };
    const me = await call('/userinfo', undefined, { headers: auth });
    expect(me.json.data).toMatchObject({ USER_NAME: '张三', CERT_TYPE: '111', CERT_NO: SIMULATOR_CREDENTIALS.users[0].idNumber });
    const mine = await call('/cases/mine?pageNo=1&pageSize=5', undefined, { headers: auth });
    expect(mine.json.data.total).toBeGreaterThan(0);
    expect(mine.json.data.rows[0]).toHaveProperty('PROJID');
    expect((await call('/userinfo', undefined, { headers: { Authorization: 'Bearer nope' } })).json.code).toBe('40101');
  });
  it('refuses an unknown client or a non-loopback redirect before showing the form', async () => {
    expect((await fetch(`${sim.url}/national/oauth/authorize?response_type=code&client_id=evil&redirect_uri=http://127.0.0.1/x`)).status).toBe(400);
    expect((await fetch(`${sim.url}/national/oauth/authorize?response_type=code&client_id=sim-national-web&redirect_uri=https://evil.example/x`)).status).toBe(400);
  });
  it('the fixture login plays the user', async () => {
    const id = sim.fixtures.national.identity!;
    const code = await id.login(`${sim.url}/national/oauth/authorize?response_type=code&client_id=sim-national-web&redirect_uri=${encodeURIComponent(id.redirectUri)}&state=s`);
    expect(code.length).toBeGreaterThan(10);
  });
});

describe('national dialect: e-licences, payments, evaluation', () => {
  it('finds licences by holder and type and downloads the file', async () => {
    const holder = SIMULATOR_CREDENTIALS.users[0].idNumber;
    const all = await call(`/licences?CERT_NO=${holder}`);
    expect(all.json.data.length).toBeGreaterThanOrEqual(2);
    const ids = await call(`/licences?CERT_NO=${holder}&LICENCE_TYPE=ZZLX-11-0001`);
    expect(ids.json.data).toHaveLength(1);
    const file = await nationalFetch(sim.url, `/licences/${ids.json.data[0].LICENCE_ID as string}/file`);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.text.startsWith('%PDF-1.4')).toBe(true);
    expect((await call('/licences?CERT_NO=110101199003070000')).json.data).toEqual([]);
  });
  it('creates an order idempotently; paying sends a signed callback and redirects', async () => {
    const order = { PROJID: sim.fixtures.national.payments!.caseNumber, AMOUNT: 5000, DESCRIPTION: '工本费', RETURN_URL: `${receiverUrl}/done`, NOTIFY_URL: `${receiverUrl}/notify` };
    const created = await call('/payments', order, { headers: { 'Idempotency-Key': 'pay-1' } });
    const again = await call('/payments', order, { headers: { 'Idempotency-Key': 'pay-1' } });
    expect(created.json.data).toMatchObject({ PAY_STATE: '0', AMOUNT: 5000 });
    expect(again.json.data.ORDER_ID).toBe(created.json.data.ORDER_ID);
    const payUrl = created.json.data.PAY_URL as string;
    expect(await (await fetch(payUrl)).text()).toContain('<button type="submit">支付</button>');
    const paid = await fetch(payUrl, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toContain(`${receiverUrl}/done?orderId=`);
    const callback = received.at(-1)!;
    expect(callback.headers['x-sim-payment-signature']).toBe(paymentSignature(SIMULATOR_CREDENTIALS.national.paymentSecret, callback.body));
    expect(JSON.parse(callback.body)).toMatchObject({ ORDER_ID: created.json.data.ORDER_ID, PAY_STATE: '1', AMOUNT: 5000 });
    const status = await call(`/payments/${created.json.data.ORDER_ID as string}`);
    expect(status.json.data.PAY_STATE).toBe('1');
    expect(status.json.data.PAY_TIME).toMatch(/^\d{4}-/);
    expect((await call('/payments', { ...order, AMOUNT: 1.5 }, { headers: { 'Idempotency-Key': 'pay-2' } })).json.code).toBe('40001');
  });
  it('the fixture payer returns the callback', async () => {
    const order = { PROJID: sim.fixtures.national.payments!.caseNumber, AMOUNT: 100, DESCRIPTION: 'x', RETURN_URL: 'http://127.0.0.1:9/r', NOTIFY_URL: 'https://example.invalid/n' };
    const created = await call('/payments', order, { headers: { 'Idempotency-Key': 'pay-3' } });
    const cb = await sim.fixtures.national.payments!.pay(created.json.data.PAY_URL);
    expect(cb.headers['x-sim-payment-signature']).toBe(paymentSignature(SIMULATOR_CREDENTIALS.national.paymentSecret, cb.body));
  });
  it('takes ratings; levels 1–2 need a reason', async () => {
    const PROJID = sim.fixtures.national.evaluation!.caseNumber;
    expect((await call('/evaluations', { PROJID, EVAL_LEVEL: 5 })).json.data.EVAL_ID).toMatch(/^EVAL/);
    expect((await call('/evaluations', { PROJID, EVAL_LEVEL: 1 })).json.code).toBe('40003');
    expect((await call('/evaluations', { PROJID, EVAL_LEVEL: 2, EVAL_REASON: '等候时间长' })).json.code).toBe('0');
    expect((await call('/evaluations', { PROJID, EVAL_LEVEL: 7 })).json.code).toBe('40001');
  });
});
