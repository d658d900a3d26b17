import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guangdongTifSigner, openGmEnvelope, sealGmEnvelope } from '../signing/index.js';
import { paymentSignature, SIMULATOR_CREDENTIALS, startSimulator, type Simulator } from './index.js';
import { guangdongFetch, startCallbackReceiver, type CallbackReceiver, type ReceivedCallback } from './test-helpers.js';

const GD = SIMULATOR_CREDENTIALS.guangdong;
let sim: Simulator;
let receiver: CallbackReceiver;
let receiverUrl: string;
const received: ReceivedCallback[] = [];
const call = (path: string, body?: unknown, options?: Parameters<typeof guangdongFetch>[3]) => guangdongFetch(sim.url, path, body, options);

beforeAll(async () => {
  sim = await startSimulator({ exposeCaptchaAnswers: true });
  receiver = await startCallbackReceiver(received);
  receiverUrl = receiver.url;
});
afterAll(async () => {
  await sim.close();
  await receiver.close();
});

describe('guangdong dialect: signing and envelope', () => {
  it('wraps every answer in the SM4/SM2 envelope, signed by the province', async () => {
    const res = await call('/item/list', { current: 0, size: 5 });
    expect(JSON.parse(res.text)).toMatchObject({ encType: 'SM4', signType: 'SM2' });
    expect(res.json).toMatchObject({ errcode: 0, data: { current: 0, size: 5, totalCount: 55 } });
    expect(res.json.data.list[0]).toHaveProperty('itemCode');
    expect(res.json.data.list[0].promiseLimit).toHaveProperty('unit');
  });
  it('refuses missing TIF headers, a wrong token and a replayed nonce with 401', async () => {
    expect((await call('/item/list', {}, { unsigned: true })).status).toBe(401);
    const wrong = await call('/item/list', {}, { wrongSecret: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toMatchObject({ errcode: 40100, data: null });
    const url = new URL('/guangdong/item/bundles', sim.url);
    const body = sealGmEnvelope('{}', { sm4Key: GD.sm4Key, sm2PrivateKey: GD.clientKeys.privateKey });
    const signed = await guangdongTifSigner({ paasId: GD.paasId, token: GD.token, nonce: () => 'fixed-nonce-1' }).sign({ method: 'POST', url, headers: new Headers(), body });
    const send = () => fetch(url, { method: 'POST', headers: signed.headers ?? {}, body });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(401);
  });
  it('refuses an envelope signed with another key or not an envelope at all', async () => {
    const url = new URL('/guangdong/item/bundles', sim.url);
    for (const body of [sealGmEnvelope('{}', { sm4Key: GD.sm4Key, sm2PrivateKey: GD.serverKeys.privateKey }), '{}']) {
      const signed = await guangdongTifSigner({ paasId: GD.paasId, token: GD.token }).sign({ method: 'POST', url, headers: new Headers(), body });
      const res = await fetch(url, { method: 'POST', headers: signed.headers ?? {}, body });
      expect(res.status).toBe(401);
      const inner = JSON.parse(openGmEnvelope(await res.text(), { sm4Key: GD.sm4Key, sm2PublicKey: GD.serverKeys.publicKey }));
      expect(inner.errcode).toBe(40100);
    }
  });
});

describe('guangdong dialect: catalogue', () => {
  it('gets an item, reports an unknown one, changes and bundles', async () => {
    const code = sim.fixtures.guangdong.catalog!.implementationCode;
    expect((await call('/item/detail', { itemCode: code })).json.data.itemCode).toBe(code);
    expect((await call('/item/detail', { itemCode: sim.fixtures.guangdong.catalog!.missingImplementationCode })).json.errcode).toBe(40400);
    const changes = await call('/item/changes', { since: 0 });
    expect(changes.json.data.changed.length).toBe(55);
    expect(typeof changes.json.data.until).toBe('number');
    expect((await call('/item/bundles', {})).json.data).toHaveLength(5);
    expect((await call('/item/list', { size: 500 })).json.errcode).toBe(40001);
  });
});

describe('guangdong dialect: captcha lookup', () => {
  const lookup = () => sim.fixtures.guangdong.lookup!;
  const captcha = async () => {
    const res = await call('/captcha');
    expect(res.json.data.image).toMatch(/^data:image\/svg\+xml;base64,/);
    return { captchaId: res.json.data.captchaId as string, captchaCode: res.headers.get('x-sim-captcha-answer') ?? '' };
  };
  it('shows a case to serial + name + a right captcha, once per captcha', async () => {
    const c = await captcha();
    const res = await call('/progress/query', { serialNo: lookup().caseNumber, applicantName: lookup().applicantName, ...c });
    expect(res.json.data).toMatchObject({ serialNo: lookup().caseNumber, stateCode: '06' });
    expect(res.json.data.applicantName).not.toBe(lookup().applicantName);
    expect(typeof res.json.data.receiveTime).toBe('number');
    const reused = await call('/progress/query', { serialNo: lookup().caseNumber, applicantName: lookup().applicantName, ...c });
    expect(reused.json.errcode).toBe(40002);
  });
  it('refuses a wrong captcha answer, and the captcha is then used up', async () => {
    const c = await captcha();
    const wrong = String((Number(c.captchaCode) + 1) % 10000).padStart(4, '0');
    expect((await call('/progress/query', { serialNo: lookup().caseNumber, applicantName: lookup().applicantName, captchaId: c.captchaId, captchaCode: wrong })).json.errcode).toBe(40002);
    expect((await call('/progress/query', { serialNo: lookup().caseNumber, applicantName: lookup().applicantName, ...c })).json.errcode).toBe(40002);
  });
  it('answers a wrong name like an unknown number, and a number alone with 40001', async () => {
    const wrong = await call('/progress/query', { serialNo: lookup().caseNumber, applicantName: '某某某', ...(await captcha()) });
    const unknown = await call('/progress/query', { serialNo: lookup().unknownCaseNumber, applicantName: lookup().applicantName, ...(await captcha()) });
    expect(wrong.json).toEqual(unknown.json);
    expect(unknown.json).toMatchObject({ errcode: 40400, data: null });
    expect((await call('/progress/query', { serialNo: lookup().caseNumber, ...(await captcha()) })).json.errcode).toBe(40001);
  });
  it('accepts the reusable test captcha of the fixtures', async () => {
    const fixed = lookup().captcha!;
    for (let i = 0; i < 2; i++) {
      const res = await call('/progress/query', { serialNo: lookup().caseNumber, applicantName: lookup().applicantName, captchaId: fixed.id, captchaCode: fixed.answer });
      expect(res.json.errcode).toBe(0);
    }
  });
});

describe('guangdong dialect: submission, identity, licences, payments, evaluation', () => {
  it('create → upload → submit, idempotent by key', async () => {
    const app = sim.fixtures.guangdong.submission!.application;
    if (app.applicant.kind !== 'person') throw new Error('person expected');
    const body = { itemCode: app.implementationCode, itemVersion: app.itemVersion, applicant: { type: 'PERSON', name: app.applicant.name, certType: 'ID_CARD', certNo: app.applicant.idNumber }, formData: app.form };
    const before = sim.state.cases.size;
    const first = await call('/apply/create', body, { headers: { 'Idempotency-Key': 'gd-1' } });
    const again = await call('/apply/create', body, { headers: { 'Idempotency-Key': 'gd-1' } });
    expect(again.json.data.serialNo).toBe(first.json.data.serialNo);
    expect(sim.state.cases.size).toBe(before + 1);
    const serialNo = first.json.data.serialNo as string;
    const m = app.materials![0]!;
    expect((await call('/apply/upload', { serialNo, materialId: m.materialId, fileName: m.fileName, contentType: m.contentType, fileBase64: Buffer.from(m.content).toString('base64') })).json.data.fileId).toMatch(/^ATT/);
    expect((await call('/apply/submit', { serialNo })).json.data).toMatchObject({ serialNo, stateCode: '01' });
    expect((await call('/apply/create', { ...body, itemVersion: 'old' }, { headers: { 'Idempotency-Key': 'gd-1' } })).json.errcode).toBe(40900);
  });
  it('login → token → user info → my cases', async () => {
    const id = sim.fixtures.guangdong.identity!;
    const code = await id.login(`${sim.url}/guangdong/oauth/authorize?response_type=code&client_id=${GD.oauth.clientId}&redirect_uri=${encodeURIComponent(id.redirectUri)}&state=s`);
    const token = await call('/oauth/token', { grantType: 'authorization_code', code, redirectUri: id.redirectUri, clientId: GD.oauth.clientId, clientSecret: GD.oauth.clientSecret });
    expect(token.json.data.tokenType).toBe('Bearer');
    const auth = { Authorization: `Bearer ${token.json.data.accessToken as string}` };
    expect((await call('/user/info', {}, { headers: auth })).json.data).toMatchObject({ userType: 'PERSON', name: '张三', certType: 'ID_CARD' });
    const mine = await call('/apply/mine', { current: 0, size: 3 }, { headers: auth });
    expect(mine.json.data.totalCount).toBeGreaterThan(0);
    expect(mine.json.data.list.length).toBeLessThanOrEqual(3);
    expect((await call('/apply/mine', {})).status).toBe(401);
  });
  it('licences and file', async () => {
    const org = SIMULATOR_CREDENTIALS.users[3];
    const found = await call('/license/search', { holderCertNo: org.creditCode, licenseTypeCode: 'ZZLX-12-0001' });
    expect(found.json.data.list).toHaveLength(1);
    const file = await call('/license/file', { licenseId: found.json.data.list[0].licenseId });
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.text.startsWith('%PDF')).toBe(true);
    expect((await call('/license/file', { licenseId: 'nope' })).json.errcode).toBe(40400);
  });
  it('payment order → pay → signed callback → status PAID', async () => {
    const order = { serialNo: sim.fixtures.guangdong.payments!.caseNumber, amount: 2000, subject: '工本费', returnUrl: `${receiverUrl}/back`, notifyUrl: `${receiverUrl}/notify` };
    const created = await call('/pay/order/create', order, { headers: { 'Idempotency-Key': 'gd-pay' } });
    expect(created.json.data.payStatus).toBe('WAIT');
    const res = await fetch(created.json.data.payUrl, { method: 'POST', redirect: 'manual' });
    expect(res.status).toBe(303);
    const cb = received.at(-1)!;
    expect(cb.headers['x-sim-payment-client']).toBe(GD.paasId);
    expect(cb.headers['x-sim-payment-signature']).toBe(paymentSignature(GD.paymentSecret, cb.body));
    expect(JSON.parse(cb.body)).toMatchObject({ orderNo: created.json.data.orderNo, payStatus: 'PAID', amount: 2000 });
    expect((await call('/pay/order/query', { orderNo: created.json.data.orderNo })).json.data.payStatus).toBe('PAID');
  });
  it('evaluation', async () => {
    const serialNo = sim.fixtures.guangdong.evaluation!.caseNumber;
    expect((await call('/evaluation/submit', { serialNo, grade: 4 })).json.errcode).toBe(0);
    expect((await call('/evaluation/submit', { serialNo, grade: 2, reasonText: ' ' })).json.errcode).toBe(40003);
  });
});
