import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormValues } from '@sijitong/forms';
import { sampleValues } from '@sijitong/forms/fixtures';
import { demoForm, ID_NUMBER_KEY, OPEN_CASE_ID } from './demo-form.js';
import { pageMessages } from './messages.js';
import { startFormsPage, type FormsPage } from './server.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.js';
import { scriptBundleCost } from '../../../scripts/bundle-size.js';

/*
 * End to end: the IIFE build of <sjt-form> (built here from source, as the package's tsup config
 * builds it) on the example page, served by the example server, in Debian's Chromium.
 */

/** Globals of the page: axe-core (injected by the tests) and the IIFE build's exports. */
declare const axe: typeof import('axe-core');
declare const SijitongForms: typeof import('../../../packages/forms/src/form/script.js');

const require = createRequire(import.meta.url);
const form = demoForm();
const DIVISION_KEY = 'address.divisionCode';
const control = (key: string) => `#sjt-f-${key.replace(/\./g, '--')}`;
const stepOf = (key: string) => form.schema.steps.findIndex((s) => s.sections.some((x) => x.fields.some((f) => f.key === key)));

/** What sampleValues gives, for the keys of the steps before `before` (a step index). */
function valuesBefore(before: number): FormValues {
  const keys = new Set(form.schema.steps.slice(0, before).flatMap((s) => s.sections.flatMap((x) => x.fields.map((f) => f.key))));
  return Object.fromEntries(Object.entries(sampleValues(form.schema)).filter(([key]) => keys.has(key)));
}

/** `packages/forms/src/form/script.ts` as one minified IIFE (the tsup config's second build). */
async function buildScript(): Promise<string> {
  const { text } = await scriptBundleCost('forms/src/form/script.ts', 'SijitongForms');
  expect(text).toMatch(/^"use strict";var SijitongForms=/);
  expect(text).not.toMatch(/\bimport\(/); // the element's lazy parts are inlined
  return text;
}

async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

/** axe-core in the page, WCAG 2.0/2.1 A and AA: the violations, as readable lines. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP rightly refuses an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await readFile(require.resolve('axe-core'), 'utf8'));
  return page.evaluate(async () => {
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

async function next(page: Page): Promise<void> {
  const before = await page.locator('sjt-form [part="progress"]').textContent();
  await page.locator('sjt-form button[type="submit"]').click();
  await page.waitForFunction((text) => document.querySelector('sjt-form')?.shadowRoot?.querySelector('[part="progress"]')?.textContent !== text, before);
}

describe('the forms page in Chromium', () => {
  let server: FormsPage;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const divisionRequests: string[] = [];

  beforeAll(async () => {
    server = await startFormsPage({ script: await buildScript(), port: 0 });
    browser = await launch();
    page = await browser.newPage();
    // The page's CSP forbids eval and inline code (see PAGE_CSP): record every violation.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/divisions') divisionRequests.push(url.search);
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the IIFE, renders the merged form and passes axe', async () => {
    await page.goto(server.url);
    const title = page.locator('sjt-form h2[part="title"]');
    await title.waitFor();
    expect(await title.textContent()).toBe(form.schema.title['zh-CN']);
    expect(await page.evaluate(() => customElements.get('sjt-form') === SijitongForms.SjtForm && typeof SijitongForms.createDivisionTable)).toBe('function');
    expect(await page.locator('sjt-form [part="progress"]').textContent()).toBe(`第 1 步，共 ${form.schema.steps.length} 步`);
    expect(await page.locator('p.note').textContent()).toContain(OPEN_CASE_ID);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  }, 30_000);

  it('shows the error summary when the incomplete first step is submitted', async () => {
    await page.locator('sjt-form button[data-action="next"]').click();
    const summary = page.locator('sjt-form .error-summary');
    await summary.waitFor();
    expect(await summary.locator('h3').textContent()).toBe('请改正以下问题');
    expect(await summary.locator('a[data-key="applicant.name"]').count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('sjt-form')?.shadowRoot?.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  }, 30_000);

  it('flags the ID number with an open case once the field loses focus, and clears it for another number', async () => {
    await page.locator(`sjt-form ${control('applicant.idType')}`).selectOption('residentId');
    const id = page.locator(`sjt-form ${control(ID_NUMBER_KEY)}`);
    const error = page.locator(`sjt-form ${control(ID_NUMBER_KEY)}-error`);
    await id.fill(OPEN_CASE_ID);
    const checked = page.waitForResponse((r) => r.url().includes(`/api/open-case?id=${OPEN_CASE_ID}`));
    await id.blur();
    expect(await (await checked).json()).toEqual({ open: true });
    await page.waitForFunction(
      ([selector, text]) => document.querySelector('sjt-form')?.shadowRoot?.querySelector(selector!)?.textContent?.includes(text!) === true,
      [`${control(ID_NUMBER_KEY)}-error`, pageMessages['zh-CN'].OPEN_CASE],
    );
    expect(await id.getAttribute('aria-invalid')).toBe('true');

    await id.fill(String(sampleValues(form.schema)[ID_NUMBER_KEY]));
    await id.blur();
    await error.waitFor({ state: 'detached' });
    expect(await id.getAttribute('aria-invalid')).toBe('false');
  }, 30_000);

  it('walks to the division field and loads its levels from /api/divisions one by one', async () => {
    const step = stepOf(DIVISION_KEY);
    expect(step).toBeGreaterThan(0);
    await page.evaluate((values) => {
      const el = document.querySelector('sjt-form')!;
      el.value = { ...el.value, ...values };
    }, valuesBefore(step));
    for (let i = 0; i < step; i++) await next(page);
    expect(await page.locator('sjt-form [part="progress"]').textContent()).toBe(`第 ${step + 1} 步，共 ${form.schema.steps.length} 步`);

    const level = (depth: number) => page.locator(`sjt-form ${control(DIVISION_KEY)}-${depth}`);
    const chosen = ['370000', '371300', '371327', '371327100000'];
    await level(0).waitFor();
    for (const [depth, code] of chosen.entries()) {
      await page.waitForFunction(
        ([selector, wanted]) => [...(document.querySelector('sjt-form')?.shadowRoot?.querySelector<HTMLSelectElement>(selector!)?.options ?? [])].some((o) => o.value === wanted),
        [`${control(DIVISION_KEY)}-${depth}`, code],
      );
      await level(depth).selectOption(code);
    }
    await level(chosen.length).waitFor(); // the villages of 大店镇
    expect(await level(2).locator('option:checked').textContent()).toBe('莒南县');
    expect(divisionRequests).toEqual(['', ...chosen.map((code) => `?parent=${code}`)]);
    expect(await page.evaluate((key) => document.querySelector('sjt-form')!.value[key], DIVISION_KEY)).toBe('371327100000');
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);

  it('submits: the server validates again and the page shows one part per item', async () => {
    await page.evaluate(
      ([values, key]) => {
        const el = document.querySelector('sjt-form')!;
        el.value = { ...values, [key!]: el.value[key!] };
      },
      [sampleValues(form.schema), DIVISION_KEY] as const,
    );
    for (let i = stepOf(DIVISION_KEY); i < form.schema.steps.length; i++) await next(page);
    expect(await page.locator('sjt-form [part="progress"]').textContent()).toBe('核对信息');
    const submitted = page.waitForResponse((r) => r.url().endsWith('/api/submit'));
    await page.locator('sjt-form button[data-action="submit"]').click();
    expect((await submitted).status()).toBe(200);
    await page.waitForFunction(() => document.getElementById('result')?.textContent !== '');
    expect(await page.locator('#result-status').textContent()).toBe(`已提交，按事项拆分为 ${form.items.length} 份：`);
    const parts = (await page.locator('#result').textContent()) ?? '';
    for (const { itemCode, schema } of form.items) expect(parts).toContain(`${itemCode} ${schema.title['zh-CN']}`);
    expect(parts).toContain('"371327100000"'); // the division chosen in the cascade reached the power company's part
  }, 60_000);

  it('switches to English and back', async () => {
    await page.locator('#language').click();
    expect(await page.evaluate(() => [document.documentElement.lang, document.querySelector('sjt-form')!.locale, document.title])).toEqual(['en', 'en', pageMessages.en.TITLE]);
    expect(await page.locator('sjt-form [part="progress"]').textContent()).toBe('Check your answers');
    expect(await page.locator('#result-status').textContent()).toBe(`Submitted, split into ${form.items.length} parts by item:`);
    expect(await page.locator('#language').textContent()).toBe('中文');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#language').click();
    expect(await page.locator('sjt-form h2[part="title"]').textContent()).toBe(form.schema.title['zh-CN']);
    expect(problems).toEqual([]);
  }, 30_000);

  it('checks the form JSON at the boundary: one that does not load shows why, and no form', async () => {
    const other = await browser.newPage();
    try {
      await other.route('**/api/form', async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as { schema: { steps: { sections: { fields: Record<string, unknown>[] }[] }[] } };
        const field = body.schema.steps[0]!.sections[0]!.fields[0]!;
        field['type'] = 'hologram'; // not a field type
        await route.fulfill({ response, json: body });
      });
      await other.goto(server.url);
      const status = other.locator('#result-status');
      await other.waitForFunction(() => /表单加载失败/.test(document.getElementById('result-status')?.textContent ?? ''));
      expect(await status.textContent()).toContain('hologram');
      expect(await other.locator('sjt-form').isHidden()).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('runs under the page\'s strict Content-Security-Policy (no eval, no inline code) without a violation, from loading to submitting', async () => {
    const policy = (await fetch(server.url)).headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self' 'sha256-");
    expect(policy).not.toMatch(/unsafe-(eval|inline)/);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
});

describe('the forms page server', () => {
  let server: FormsPage;
  const at = (path: string) => new URL(path, server.url);
  const post = (body: string) => fetch(at('/api/submit'), { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  beforeAll(async () => {
    server = await startFormsPage({ script: 'window.x = 1;' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses garbage submissions with 400 and the errors', async () => {
    for (const body of ['not json', '[]', '{"values":"x"}', '{"locale":"fr","values":{}}']) {
      const response = await post(body);
      expect(response.status, body).toBe(400);
      const { errors } = (await response.json()) as { errors: { code: string; message: string }[] };
      expect(errors.length, body).toBeGreaterThan(0);
      expect(errors.every((e) => e.code.length > 0 && e.message.length > 0), body).toBe(true);
    }
    const empty = await post('{"locale":"en","values":{}}');
    expect(empty.status).toBe(400);
    const { errors } = (await empty.json()) as { errors: { key: string; code: string; message: string }[] };
    expect(errors.find((e) => e.key === 'applicant.name')).toMatchObject({ code: 'FIELD_REQUIRED', message: 'Fill in "Applicant name".' });
  });

  it('splits a valid submission per item', async () => {
    const response = await post(JSON.stringify({ values: sampleValues(form.schema) }));
    expect(response.status).toBe(200);
    const { parts } = (await response.json()) as { parts: { itemCode: string; values: FormValues }[] };
    expect(parts.map((p) => p.itemCode)).toEqual(form.items.map((i) => i.itemCode));
    expect(parts.every((p) => Object.keys(p.values).length > 0)).toBe(true);
  });

  it('answers divisions, refusing bad and unknown parents', async () => {
    expect(await (await fetch(at('/api/divisions'))).json()).toEqual([{ code: '370000', name: '山东省' }]);
    expect((await fetch(at('/api/divisions?parent=bad'))).status).toBe(400);
    const unknown = await fetch(at('/api/divisions?parent=110000'));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe('ADAPTER_DIVISION_NOT_FOUND');
  });

  it('serves the script, the open-case check and JSON 404s', async () => {
    const script = await fetch(at('/sjt-form.global.js'));
    expect(script.headers.get('content-type')).toMatch(/^application\/javascript/);
    expect(await script.text()).toBe('window.x = 1;');
    expect(await (await fetch(at(`/api/open-case?id=${OPEN_CASE_ID}`))).json()).toEqual({ open: true });
    expect(await (await fetch(at('/api/open-case?id=371327196403150029'))).json()).toEqual({ open: false });
    expect((await fetch(at('/api/open-case'))).status).toBe(400);
    const missing = await fetch(at('/nothing'));
    expect([missing.status, missing.headers.get('content-type')]).toEqual([404, 'application/json; charset=utf-8']);
    expect((await fetch(at('/api/submit'))).status).toBe(405);
  });
});
