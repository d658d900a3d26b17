import type { Case } from '@sijitong/core';
import type { Application } from '../contract/capabilities.js';
import type { ConformanceFixtures } from '../testing/fixtures.js';
import { SIMULATOR_CREDENTIALS, type DialectName, type SimulatorUser } from './credentials.js';
import type { SimContext } from './context.js';
import type { SimulatorState } from './state.js';

/** The redirect URI the fixtures register for the identity tests (never actually served). */
export const FIXTURE_REDIRECT_URI = 'http://127.0.0.1/sim-callback';

function firstCase(state: SimulatorState, test: (c: Case) => boolean, what: string): Case {
  for (const { case: c } of state.cases.values()) if (test(c)) return c;
  throw new Error(`simulator fixtures: no case ${what} (generate more cases)`);
}

function unknownCaseNumber(state: SimulatorState): string {
  for (let n = 999999; ; n--) {
    const number = `JN20260101${String(n).padStart(6, '0')}`;
    if (!state.cases.has(number)) return number;
  }
}

function application(state: SimulatorState, user: Extract<SimulatorUser, { kind: 'person' }>): Application {
  const items = [...state.items.values()].map((e) => e.item).filter((i) => i.state === 'inUse' && i.audience.includes('person'));
  const item = items.find((i) => i.channels.includes('online') && i.materials.length > 0) ?? items[0];
  if (item === undefined) throw new Error('simulator fixtures: no item serves people');
  const material = item.materials[0];
  return {
    implementationCode: item.implementationCode,
    itemVersion: item.version,
    applicant: { kind: 'person', name: user.name, idNumber: user.idNumber, mobile: user.mobile },
    form: { 'applicant.name': user.name, 'applicant.idNumber': user.idNumber },
    ...(material === undefined
      ? {}
      : { materials: [{ materialId: material.id, fileName: 'scan.pdf', contentType: 'application/pdf', content: new TextEncoder().encode('%PDF-1.4\n%sim\n') }] }),
  };
}

/** Plays the user at the login page: shows it, posts the test user's credentials, returns the `code` of the redirect. */
async function login(authorizeUrl: string, user: SimulatorUser): Promise<string> {
  const url = new URL(authorizeUrl);
  const shown = await fetch(url);
  await shown.text();
  if (!shown.ok) throw new Error(`simulator login page answered ${shown.status}`);
  const form = new URLSearchParams({ ...Object.fromEntries(url.searchParams), username: user.username, password: user.password });
  const res = await fetch(`${url.origin}${url.pathname}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
  await res.text();
  const code = new URL(res.headers.get('location') ?? 'http://invalid/').searchParams.get('code');
  if (code === null) throw new Error(`simulator login did not redirect with a code (HTTP ${res.status})`);
  return code;
}

/** Plays the payer: presses 支付 on the pay page and returns the callback the simulator sent for that order. */
async function pay(state: SimulatorState, payUrl: string): Promise<{ headers: Record<string, string>; body: string }> {
  const url = new URL(payUrl);
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: '', redirect: 'manual' });
  await res.text();
  const orderId = decodeURIComponent(url.pathname.split('/').at(-1) ?? '');
  const sent = [...state.callbacks].reverse().find((c) => c.orderId === orderId);
  if (sent === undefined) throw new Error(`simulator sent no callback for order ${orderId} (HTTP ${res.status})`);
  return { headers: Object.fromEntries(Object.entries(sent.headers).map(([k, v]) => [k.toLowerCase(), v])), body: sent.body };
}

/**
 * Ready conformance fixtures for one dialect over the simulator's data: a known item, a case in
 * processing with its applicant's name and query password (and the test captcha for guangdong), a
 * valid application, the login and payment played by the first test user.
 */
export function simulatorFixtures(ctx: SimContext, dialect: DialectName): ConformanceFixtures {
  const { state } = ctx;
  const user = state.users.find((u): u is Extract<SimulatorUser, { kind: 'person' }> => u.kind === 'person');
  if (user === undefined) throw new Error('simulator fixtures: no test person');
  const item = [...state.items.values()].map((e) => e.item).find((i) => i.state === 'inUse');
  if (item === undefined) throw new Error('simulator fixtures: no item in use');
  const processing = firstCase(state, (c) => c.status === 'processing' && c.applicant.kind === 'person' && c.queryPassword !== undefined, 'in processing');
  const concluded = firstCase(state, (c) => c.status === 'concluded', 'concluded');
  const captcha = dialect === 'guangdong' && ctx.options.testCaptcha ? { captcha: { ...SIMULATOR_CREDENTIALS.guangdong.testCaptcha } } : {};
  return {
    catalog: { implementationCode: item.implementationCode, missingImplementationCode: `${item.implementationCode.slice(0, 19)}ZZ9999999999`, division: '371327' },
    lookup: {
      caseNumber: processing.number,
      applicantName: processing.applicant.name,
      ...(dialect === 'national' && processing.queryPassword !== undefined ? { queryPassword: processing.queryPassword } : {}),
      ...captcha,
      expectedStatus: 'processing',
      unknownCaseNumber: unknownCaseNumber(state),
    },
    submission: { application: application(state, user) },
    identity: { redirectUri: FIXTURE_REDIRECT_URI, login: (authorizeUrl) => login(authorizeUrl, user) },
    eLicences: { holder: { idNumber: user.idNumber }, typeCode: 'ZZLX-11-0001' },
    payments: { caseNumber: concluded.number, amountFen: 5000, pay: (payUrl) => pay(state, payUrl) },
    evaluation: { caseNumber: concluded.number },
  };
}

