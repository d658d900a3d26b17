import axe from 'axe-core';
import { afterEach, beforeAll, expect } from 'vitest';
import type { SjtForm } from '../form/sjt-form.js';
import type { FormSchema } from '../schema/form.js';

/*
 * What the Chromium tests of the elements share (not part of the package: nothing imports it
 * but tests).
 */

/** Asserts that axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on the page. */
export async function expectAccessible(): Promise<void> {
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`)).toEqual([]);
}

/** A page in zh-CN with a title (axe asks for both), emptied after each test (then `after`). */
export function usePage(title: string, after?: () => void): void {
  beforeAll(() => {
    document.documentElement.lang = 'zh-CN';
    if (document.title === '') document.title = title;
  });
  afterEach(() => {
    document.body.replaceChildren();
    after?.();
  });
}

/** Today in the element tests. */
export const TEST_TODAY = '2026-05-01';

/** Mounts `<sjt-form>` (the test imports `form/define.js`) with `schema`, today {@link TEST_TODAY} and `props`; resolves once drawn. */
export async function mountForm(schema: unknown, props: Partial<SjtForm> = {}): Promise<SjtForm> {
  const el = document.createElement('sjt-form');
  el.schema = schema as FormSchema;
  el.today = TEST_TODAY;
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Types `text` into `input` as the applicant would (focus, value, `input` event); resolves once drawn. */
export async function typeInto(el: SjtForm, input: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
