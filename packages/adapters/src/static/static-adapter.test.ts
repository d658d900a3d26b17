import { describe, expect, it } from 'vitest';
import { junanItems } from '@sijitong/core/fixtures';
import type { Application } from '../contract/capabilities.js';
import { isAdapterError } from '../errors.js';
import { createStaticAdapter } from './static-adapter.js';
import { createStaticAdapterFromJson } from './json.js';

const adapter = createStaticAdapter();
const cases = adapter.data.cases();
const open = cases.find((c) => c.status === 'processing' && c.applicant.kind === 'person')!;
const is = (code: string) => (e: unknown) => isAdapterError(e, code);

describe('createStaticAdapter: data', () => {
  it('serves the Junan county and 200 generated cases by default, deterministically', () => {
    expect(adapter.id).toBe('static');
    expect(adapter.data.items).toHaveLength(junanItems.length);
    expect(cases).toHaveLength(200);
    expect(adapter.data.users.map((u) => u.id)).toEqual(['person-1', 'person-2', 'org-1', 'person-3', 'org-2']);
    expect(adapter.data.eLicences.length).toBeGreaterThan(0);
    expect(createStaticAdapter().data.cases().map((c) => c.number)).toEqual(cases.map((c) => c.number));
    expect(createStaticAdapter({ seed: 2 }).data.cases()[0]?.number).not.toBe(cases[0]?.number);
  });

  it('throws STATIC_DATA_INVALID naming a bad entry, or skips it with skipInvalid', () => {
    const bad = { ...junanItems[1], implementationCode: 'nope' };
    const items = [junanItems[0], bad];
    let error: unknown;
    try {
      createStaticAdapter({ items: items as never, cases: [] });
    } catch (e) {
      error = e;
    }
    expect(isAdapterError(error, 'STATIC_DATA_INVALID')).toBe(true);
    expect(isAdapterError(error) && error.path).toEqual(['items', 1, 'implementationCode']);
    const lenient = createStaticAdapter({ items: items as never, cases: [], skipInvalid: true });
    expect(lenient.data.items).toHaveLength(1);
    expect(lenient.issues[0]?.path).toEqual(['items', 1, 'implementationCode']);
  });

  it('validates its options without echoing secrets', () => {
    let error: unknown;
    try {
      createStaticAdapter({ secret: 'short', baseUrl: 'ftp://x' });
    } catch (e) {
      error = e;
    }
    expect(isAdapterError(error, 'ADAPTER_CONFIG_INVALID')).toBe(true);
    expect(isAdapterError(error) && error.message).not.toContain('short');
  });

  it('loads JSON text and reports bad JSON and shapes', async () => {
    const fromJson = createStaticAdapterFromJson(JSON.stringify({ items: junanItems.slice(0, 3) }), { caseCount: 10 });
    expect((await fromJson.catalog.list()).total).toBe(3);
    expect(fromJson.data.cases()).toHaveLength(10);
    expect(() => createStaticAdapterFromJson('{"items": [}')).toThrow(expect.objectContaining({ code: 'STATIC_JSON_INVALID' }));
    expect(() => createStaticAdapterFromJson('[]')).toThrow(expect.objectContaining({ code: 'STATIC_JSON_SHAPE' }));
    expect(() => createStaticAdapterFromJson({ items: {} })).toThrow(expect.objectContaining({ code: 'STATIC_JSON_SHAPE', path: ['items'] }));
  });
});

describe('createStaticAdapter: catalogue', () => {
  it('filters by division including the divisions above it', async () => {
    const county = await adapter.catalog.list({ division: '371327', pageSize: 100 });
    const village = await adapter.catalog.list({ division: '371327100201', pageSize: 100 });
    expect(village.total).toBeGreaterThan(county.total);
    const codes = new Set(village.items.map((i) => i.implementationCode));
    expect(county.items.every((i) => codes.has(i.implementationCode))).toBe(true);
    await expect(adapter.catalog.list({ division: 'x' })).rejects.toSatisfy(is('INPUT_INVALID'));
  });
});

describe('createStaticAdapter: lookup', () => {
  it('compares names after normalisation and masks the result', async () => {
    const spaced = ` ${Array.from(open.applicant.name).join(' ')}\u3000`;
    const progress = await adapter.cases.lookup({ caseNumber: open.number, verification: { kind: 'applicantName', name: spaced } });
    expect(progress.applicantName).not.toBe(open.applicant.name);
    expect(progress.applicantName.startsWith(Array.from(open.applicant.name)[0] ?? '')).toBe(true);
    expect(JSON.stringify(progress)).not.toContain(open.applicant.kind === 'person' ? open.applicant.idNumber : '');
  });

  it('hides drafts and checks the captcha before anything else', async () => {
    const draft = cases.find((c) => c.status === 'draft')!;
    await expect(adapter.cases.lookup({ caseNumber: draft.number, verification: { kind: 'applicantName', name: draft.applicant.name } })).rejects.toSatisfy(
      is('ADAPTER_CASE_NOT_FOUND'),
    );
    const guarded = createStaticAdapter({ captcha: { id: 'c', answer: 'AB12' } });
    const query = { caseNumber: 'unknown', verification: { kind: 'applicantName', name: 'x' } } as const;
    await expect(guarded.cases.lookup(query)).rejects.toSatisfy(is('ADAPTER_CAPTCHA_INVALID'));
    await expect(guarded.cases.lookup({ ...query, captcha: { id: 'c', answer: 'AB12' } })).rejects.toSatisfy(is('ADAPTER_CASE_NOT_FOUND'));
  });
});

describe('createStaticAdapter: submission', () => {
  const item = adapter.data.items.find((i) => i.state === 'inUse' && i.materials.length > 0)!;
  const application: Application = {
    implementationCode: item.implementationCode,
    itemVersion: item.version,
    applicant: { kind: 'person', name: '王小明', idNumber: '11010519491231002X' },
    form: {},
    materials: [{ materialId: item.materials[0]!.id, fileName: 'a.pdf', contentType: 'application/pdf', content: new Uint8Array([1]) }],
  };

  it('makes a case the applicant can look up with the receipt', async () => {
    const receipt = await adapter.cases.submit(application, { idempotencyKey: 'static-1' });
    expect(receipt.queryPassword).toMatch(/^[2-9A-Z]{6}$/);
    const progress = await adapter.cases.lookup({ caseNumber: receipt.caseNumber, verification: { kind: 'queryPassword', password: receipt.queryPassword! } });
    expect(progress.status).toBe('submitted');
    const stored = adapter.data.cases().find((c) => c.number === receipt.caseNumber);
    expect(stored?.materialsReceived.map((m) => m.materialId)).toEqual([item.materials[0]!.id]);
  });

  it('makes one case for concurrent duplicate submits', async () => {
    const before = adapter.data.cases().length;
    const receipts = await Promise.all([1, 2, 3].map(() => adapter.cases.submit(application, { idempotencyKey: 'static-concurrent' })));
    expect(new Set(receipts.map((r) => r.caseNumber)).size).toBe(1);
    expect(adapter.data.cases().length).toBe(before + 1);
  });

  it('refuses stale versions, unknown items and materials, and bad applicants', async () => {
    const key = { idempotencyKey: 'static-2' };
    await expect(adapter.cases.submit({ ...application, itemVersion: 'old' }, key)).rejects.toSatisfy(is('ADAPTER_ITEM_VERSION_STALE'));
    await expect(adapter.cases.submit({ ...application, implementationCode: 'X' }, key)).rejects.toSatisfy(is('ADAPTER_ITEM_NOT_FOUND'));
    const unknownMaterial = { ...application, materials: [{ ...application.materials![0]!, materialId: 'no-such' }] };
    await expect(adapter.cases.submit(unknownMaterial, key)).rejects.toSatisfy(is('STATIC_MATERIAL_UNKNOWN'));
    const badId = { ...application, applicant: { kind: 'person', name: '王小明', idNumber: '110105194912310021' } } as const;
    const error = await adapter.cases.submit(badId, key).catch((e: unknown) => e);
    expect(isAdapterError(error, 'INPUT_INVALID') && error.path).toEqual(['applicant', 'idNumber']);
    expect(isAdapterError(error) && error.message).not.toContain('110105194912310021');
  });
});

describe('createStaticAdapter: identity, payments, evaluation', () => {
  const redirectUri = 'https://site.example.cn/cb';

  it('expires sessions and binds codes to their redirect URI', async () => {
    let t = Date.parse('2026-11-03T01:00:00Z');
    const timed = createStaticAdapter({ now: () => t, sessionTtlMs: 60_000 });
    const url = timed.identity.authorizeUrl({ redirectUri, state: 's' });
    const code = await timed.simulate.login(url, 'org-1');
    await expect(timed.identity.exchange({ code, redirectUri: 'https://evil.example.cn/cb' })).rejects.toSatisfy(is('ADAPTER_LOGIN_CODE_INVALID'));
    const session = await timed.identity.exchange({ code: await timed.simulate.login(url, 'org-1'), redirectUri });
    expect((await timed.identity.profile(session)).kind).toBe('organization');
    expect((await timed.cases.listByApplicant(session)).total).toBeGreaterThan(0);
    t += 60_000;
    await expect(timed.identity.profile(session)).rejects.toSatisfy(is('ADAPTER_SESSION_INVALID'));
    await expect(timed.simulate.login(url, 'nobody')).rejects.toSatisfy(is('STATIC_USER_UNKNOWN'));
  });

  it('refuses callbacks signed with another secret and reused keys with other orders', async () => {
    const order = { caseNumber: open.number, amountFen: 500, description: 'fee', returnUrl: redirectUri, notifyUrl: redirectUri };
    const created = await adapter.payments.createOrder(order, { idempotencyKey: 'o1' });
    const callback = await adapter.simulate.pay(created.payUrl);
    const other = createStaticAdapter({ secret: 'another-secret-123' });
    await expect(other.payments.verifyCallback(callback)).rejects.toSatisfy(is('ADAPTER_CALLBACK_INVALID'));
    await expect(adapter.payments.createOrder({ ...order, amountFen: 600 }, { idempotencyKey: 'o1' })).rejects.toSatisfy(is('ADAPTER_IDEMPOTENCY_CONFLICT'));
    await expect(adapter.payments.status('PO-none')).rejects.toSatisfy(is('ADAPTER_ORDER_NOT_FOUND'));
    await expect(adapter.simulate.pay('https://elsewhere.example.cn/pay/1')).rejects.toSatisfy(is('STATIC_PAY_URL_UNKNOWN'));
  });

  it('stores ratings on the case', async () => {
    const { evaluationId } = await adapter.evaluation.submit({ caseNumber: open.number, level: 2, reason: '等待时间长' });
    expect(adapter.evaluations().find((e) => e.evaluationId === evaluationId)?.level).toBe(2);
    expect(adapter.data.cases().find((c) => c.number === open.number)?.satisfaction?.reason).toBe('等待时间长');
    const error = await adapter.evaluation.submit({ caseNumber: open.number, level: 1 }).catch((e: unknown) => e);
    expect(isAdapterError(error, 'INPUT_INVALID') && error.path).toEqual(['reason']);
    await expect(adapter.evaluation.submit({ caseNumber: 'none', level: 5 })).rejects.toSatisfy(is('ADAPTER_CASE_NOT_FOUND'));
  });
});
