import { describe, expect, it, vi } from 'vitest';
import { junanFormSchemas, sampleValues } from '@sijitong/forms/fixtures';
import type { SjtForm } from './sjt-form.js';
import './define.js';
import { fieldsOf } from '../index.js';
import { expectAccessible, mountForm, usePage } from '../test-support/page.js';

/** 职工退休申请: applicant, details, materials (uploads) and a declaration. */
const retirement = junanFormSchemas()['1137132700430512824370508002000']!;
const fields = fieldsOf(retirement).map(({ field }) => field);

const mount = (mode?: 'print'): Promise<SjtForm> => mountForm(retirement, { value: sampleValues(retirement), ...(mode === undefined ? {} : { mode }) });

usePage('sjt-form print', () => {
  vi.restoreAllMocks();
});

describe('<sjt-form mode="print">', () => {
  it('renders the application form: title, answers as label/value rows, materials, declaration, no controls', async () => {
    const el = await mount('print');
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="print"] h2')!.textContent).toContain(retirement.title['zh-CN']);
    expect(root.querySelector('[part="print"] h2')!.textContent).toContain('申请表');
    expect(root.querySelectorAll('input, select, textarea, button, form')).toHaveLength(0);
    const name = root.querySelector('tr[data-key="applicant.name"]')!;
    expect(name.querySelector('th')!.textContent).toBe(fields.find((f) => f.key === 'applicant.name')!.label['zh-CN']);
    expect(name.querySelector('td')!.textContent).toBe(String(sampleValues(retirement)['applicant.name']));
    const uploads = fields.filter((f) => f.type === 'file');
    expect(uploads.length).toBeGreaterThan(0);
    expect(root.querySelectorAll('.print-materials li').length).toBeGreaterThan(0);
    expect(root.querySelector('.print-declaration')!.textContent).toContain('申请人声明');
    await expectAccessible();
  });

  it('print() shows the print view while the dialog is open, then returns to the form', async () => {
    const el = await mount();
    let seen: Element | null = null;
    vi.spyOn(window, 'print').mockImplementation(() => {
      seen = el.shadowRoot!.querySelector('[part="print"]');
    });
    await el.print();
    await el.updateComplete;
    expect(seen).not.toBeNull();
    expect(el.shadowRoot!.querySelector('[part="print"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('form')).not.toBeNull();
  });

  it('speaks English', async () => {
    const el = await mount('print');
    el.locale = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.print-declaration h3')!.textContent).toBe('Applicant declaration');
  });
});
