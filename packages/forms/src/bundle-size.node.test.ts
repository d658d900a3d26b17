import { describe, expect, it } from 'vitest';
import { bundleCost, scriptBundleCost, splitBundleCost } from '../../../scripts/bundle-size.js';

/**
 * Bytes reach applicants' phones. What a page pays, minified and gzipped, for `<sjt-form>` and for
 * the pure layer. The issue's target for `<sjt-form>` with Lit and zod is 35 KB; the element is
 * over it (see the README's "Bundle size" for the measured breakdown and why), so this ceiling
 * keeps it from growing while that is worked on, and the tests below keep the lazily loaded parts
 * out of the first load.
 */
const ELEMENT_CEILING = 56 * 1024;

describe('bundle budgets (minified + gzipped)', () => {
  it(`<sjt-form> (define entry, Lit and zod included): first load ≤ ${ELEMENT_CEILING / 1024} KB`, async () => {
    const { initial } = await splitBundleCost('@sijitong/forms/form/define');
    expect(initial).toBeLessThanOrEqual(ELEMENT_CEILING);
  });

  it('<sjt-form> loads drafts, the print view and the division cascade only when used', async () => {
    const { modules, lazy } = await splitBundleCost('@sijitong/forms/form/define');
    const first = modules.map(([name]) => name);
    for (const part of ['drafts/store.ts', 'form/print-view.ts', 'form/division-control.ts', 'divisions/cascade.ts']) {
      expect(first.filter((name) => name.endsWith(part))).toEqual([]);
    }
    expect(Object.keys(lazy).length).toBeGreaterThanOrEqual(3);
  });

  it('never pulls in zod locales or the classic zod API', async () => {
    const { modules } = await splitBundleCost('@sijitong/forms/form/define');
    expect(modules.filter(([name]) => /zod\/v4\/(locales|classic)\//.test(name))).toEqual([]);
  });

  it('the pure layer alone (`validateValues`, for a server or a worker) ≤ 28 KB, without Lit', async () => {
    const { bytes, text } = await bundleCost('@sijitong/forms', 'validateValues');
    expect(bytes).toBeLessThanOrEqual(28 * 1024);
    expect(text).not.toContain('litHtmlVersions'); // Lit registers its version
    expect(text).not.toMatch(/customElements\.define/);
  });

  it('the <script>-tag build (sjt-form.global.js: the element, loadFormSchema, validation, drafts, prefill) ≤ 74 KB, with no chunk left to load', async () => {
    const { bytes, text } = await scriptBundleCost('forms/src/form/script.ts', 'SijitongForms');
    expect(bytes).toBeLessThanOrEqual(74 * 1024);
    expect(text).not.toMatch(/import\(/);
    // Merging belongs on the server: core's item and case catalogues stay out.
    expect(text).not.toContain('CASE_TRANSITION_NOT_ALLOWED');
    expect(text).not.toContain('ITEM_ID_INVALID');
  });
});
