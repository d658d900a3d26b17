import { describe, expect, it } from 'vitest';
import { junanFormSchemas } from '@sijitong/forms/fixtures';
import { loadFormSchema, prefillFromLicence, prefillFromProfile, type FormSchema, type Prefill } from '../index.js';
import { controlId, SUPPORTED_TYPES } from './controls.js';
import type { SjtForm } from './sjt-form.js';
import './define.js';
import { expectAccessible, mountForm, usePage } from '../test-support/page.js';

const retirement = junanFormSchemas()['1137132700430512824370508002000']!;
const onePage: FormSchema = {
  ...retirement,
  steps: [{ ...retirement.steps[0]!, sections: retirement.steps[0]!.sections.map((s) => ({ ...s, fields: s.fields.filter((f) => SUPPORTED_TYPES.has(f.type)) })) }],
};
const profile = { kind: 'person', name: '王秀英', idNumber: '371327196403150029', mobile: '13912345678' } as const;

const mount = (prefill: Prefill | Prefill[], locale: 'zh-CN' | 'en' = 'zh-CN', schema: FormSchema = onePage): Promise<SjtForm> =>
  mountForm(schema, { locale, prefill });
const control = (el: SjtForm, key: string) => el.shadowRoot!.getElementById(controlId(key)) as HTMLInputElement;
const noteOf = (el: SjtForm, key: string): string | undefined => {
  const ids = control(el, key).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => el.shadowRoot!.getElementById(id)).find((n) => n?.getAttribute('part') === 'prefill-note')?.textContent ?? undefined;
};

usePage('sjt-form prefill');

describe('<sjt-form> prefill', () => {
  it('fills in and marks prefilled fields (note tied by aria-describedby), editable unless locked', async () => {
    const el = await mount({ values: prefillFromProfile(profile), source: 'identity', lock: ['applicant.idNumber'] });
    expect(el.value).toMatchObject({ 'applicant.name': '王秀英', 'applicant.idNumber': '371327196403150029', 'applicant.mobile': '13912345678' });
    expect(noteOf(el, 'applicant.name')).toBe('已从统一身份认证预填');
    expect(control(el, 'applicant.name').readOnly).toBe(false);
    expect(control(el, 'applicant.idNumber').readOnly).toBe(true);
    expect(noteOf(el, 'applicant.idNumber')).toContain('不能修改');
    await expectAccessible();

    // Editable: the applicant's change wins and the note goes.
    const name = control(el, 'applicant.name');
    name.value = '王秀';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.value['applicant.name']).toBe('王秀');
    expect(noteOf(el, 'applicant.name')).toBeUndefined();
  });

  it('speaks English', async () => {
    const el = await mount({ values: prefillFromProfile(profile), source: 'identity' }, 'en');
    expect(noteOf(el, 'applicant.name')).toBe('Filled in from unified identity authentication');
  });

  it('rejects a value of the wrong type for its field with a notice, never a crash', async () => {
    const el = await mount({ values: { 'applicant.name': '王秀英', 'applicant.mobile': 13912345678 }, source: 'eLicence' });
    expect(el.value['applicant.mobile']).toBeUndefined();
    expect(el.value['applicant.name']).toBe('王秀英');
    const notice = el.shadowRoot!.querySelector('[part="prefill-notice"]')!;
    expect(notice.textContent).toContain('电子证照库');
    expect(notice.querySelector('li[data-key="applicant.mobile"]')).not.toBeNull();
    await expectAccessible();
  });

  it('takes several sources: identity and an e-licence, each field marked with its own source', async () => {
    const loaded = loadFormSchema({
      id: 'enterprise-form',
      version: '1',
      title: { 'zh-CN': '企业信息', en: 'Enterprise' },
      steps: [{ id: 's', title: { 'zh-CN': '企业', en: 'Enterprise' }, sections: [{ id: 'e', title: { 'zh-CN': '企业', en: 'Enterprise' }, fields: [
        { key: 'applicant.name' }, { key: 'enterprise.name' }, { key: 'enterprise.creditCode' },
      ] }] }],
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const licence = { number: '91371327MA3C4LXY1F', holderName: '莒南县益民农资有限公司', issuer: '莒南县市场监督管理局', validFrom: '2020-03-02' };
    const values = prefillFromLicence(licence, { number: 'enterprise.creditCode', holderName: 'enterprise.name' });
    expect(values).toEqual({ 'enterprise.creditCode': '91371327MA3C4LXY1F', 'enterprise.name': '莒南县益民农资有限公司' });
    const el = await mount([
      { values: prefillFromProfile(profile), source: 'identity' },
      { values, source: 'eLicence', lock: ['enterprise.creditCode'] },
    ], 'zh-CN', loaded.schema);
    expect(control(el, 'applicant.name').value).toBe('王秀英');
    expect(noteOf(el, 'applicant.name')).toBe('已从统一身份认证预填');
    expect(control(el, 'enterprise.name').value).toBe('莒南县益民农资有限公司');
    expect(noteOf(el, 'enterprise.name')).toBe('已从电子证照库预填');
    expect(control(el, 'enterprise.creditCode').readOnly).toBe(true);
    expect(noteOf(el, 'enterprise.creditCode')).toContain('不能修改');
    await expectAccessible();
  });
});
