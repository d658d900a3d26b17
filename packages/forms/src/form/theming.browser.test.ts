import { beforeAll, describe, expect, it } from 'vitest';
import { formOf } from '../test-support/forms.js';
import { expectAccessible, mountForm, usePage } from '../test-support/page.js';
import { controlId } from './controls.js';
import type { SjtForm } from './sjt-form.js';
import { sjtFormStyles } from './sjt-form.styles.js';
import './define.js';

const schema = formOf([{ key: 'applicant.name', required: true }], 'theming');

/** A CMS page: `html { font-size: 62.5% }` (1rem = 10px), body text 1.6rem, a light-DOM theme. */
const page = document.createElement('style');
page.textContent = `
  html { font-size: 62.5%; }
  body { font-size: 1.6rem; }
  .themed { --sjt-form-accent: rgb(1, 82, 3); --sjt-color-text: rgb(20, 20, 20); }
  .themed::part(label) { color: rgb(90, 0, 60); }
`;

const mount = (className = '', elderly = false): Promise<SjtForm> => mountForm(schema, { className, elderly });
const px = (value: string) => Number.parseFloat(value);
const styleOf = (el: SjtForm, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);

usePage('sjt-form theming');
beforeAll(() => document.head.append(page));

describe('<sjt-form> theming', () => {
  it('sizes follow the text around it, not the root: a 62.5% root does not shrink the form', async () => {
    const el = await mount();
    expect(px(getComputedStyle(el).fontSize)).toBe(16);
    expect(px(styleOf(el, 'label').fontSize)).toBe(16);
    // Inputs and buttons are at least 2.75em tall: 44px at 16px.
    expect(el.shadowRoot!.getElementById(controlId('applicant.name'))!.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    expect(el.shadowRoot!.querySelector('button[type="submit"]')!.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });

  it('uses no rem (a CMS root size would leak in) and no fixed px outside the 适老化 minimums and the visually-hidden helper', () => {
    const css = sjtFormStyles.cssText;
    expect(css).not.toMatch(/\drem\b/);
    const px = [...css.matchAll(/(\d+(?:\.\d+)?)px/g)].map((m) => m[1]);
    expect(new Set(px)).toEqual(new Set(['18', '60', '1']));
  });

  it('elderly mode keeps text at 18px or more and targets at 60px or more on a 62.5% root', async () => {
    document.body.style.fontSize = '1.2rem'; // a 12px page
    try {
      const el = await mount('', true);
      expect(px(styleOf(el, 'label').fontSize)).toBeGreaterThanOrEqual(18);
      expect(el.shadowRoot!.querySelector('button[type="submit"]')!.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    } finally {
      document.body.style.fontSize = '';
    }
  });

  it('takes colours from its custom properties (or the kit tokens) and is styled through ::part', async () => {
    const el = await mount('themed');
    expect(styleOf(el, 'button[type="submit"]').backgroundColor).toBe('rgb(1, 82, 3)');
    expect(getComputedStyle(el).color).toBe('rgb(20, 20, 20)');
    expect(styleOf(el, 'label').color).toBe('rgb(90, 0, 60)');
    await expectAccessible();
  });
});
