import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../fixtures/error-of.js';
import { localizeZodError } from '../i18n/zod.js';
import { createElementDictionary, emptyElementDictionary, standardElements } from './dictionary.js';
import type { ElementDefinitionInput } from './element-definition.js';

const ACCOUNT: ElementDefinitionInput = {
  key: 'shandong.account',
  label: { 'zh-CN': '爱山东账号', en: 'iShandong account' },
  type: 'text',
  constraints: { maxLength: 20, pattern: '[a-z0-9_]+', example: 'zhang_san' },
};

describe('createElementDictionary', () => {
  it('starts from the standard elements and adds the extra ones after them', () => {
    const dictionary = createElementDictionary([ACCOUNT]);
    expect(dictionary.keys().slice(0, standardElements.keys().length)).toEqual(standardElements.keys());
    expect(dictionary.keys().at(-1)).toBe('shandong.account');
    expect(dictionary.labelOf('shandong.account', 'en')).toBe('iShandong account');
    expect(standardElements.has('shandong.account')).toBe(false);
  });

  it('accepts definitions read from JSON and builds their schema from the constraints', () => {
    const dictionary = createElementDictionary(JSON.parse(JSON.stringify([ACCOUNT])) as ElementDefinitionInput[]);
    const schema = dictionary.schemaOf('shandong.account');
    expect(z.safeParse(schema, 'zhang_san').success).toBe(true);
    const result = z.safeParse(schema, 'Zhang San');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(localizeZodError(result.error, 'en')[0]?.message).toBe('The format is not right: fill it in the required format, e.g. zhang_san.');
    }
    expect(dictionary.schemaOf('shandong.account')).toBe(schema);
  });

  it('refuses a key that already exists unless the definition says override: true', () => {
    const duplicate = { ...ACCOUNT, key: 'applicant.name' };
    const error = errorOf(() => createElementDictionary([duplicate]));
    expect(error.code).toBe('ELEMENT_DUPLICATE');
    expect(error.params).toEqual({ key: 'applicant.name' });
    expect(error.path).toEqual([0, 'key']);
    expect(error.localized('en')).toContain('override: true');

    const overridden = createElementDictionary([{ ...duplicate, override: true }]);
    expect(overridden.labelOf('applicant.name')).toBe('爱山东账号');
    expect(overridden.keys()).toEqual(standardElements.keys());
    expect(standardElements.labelOf('applicant.name')).toBe('申请人姓名');
  });

  it('refuses the same key twice in the extra definitions', () => {
    expect(errorOf(() => createElementDictionary([ACCOUNT, ACCOUNT])).path).toEqual([1, 'key']);
  });

  it('refuses override: true when there is nothing to override', () => {
    const error = errorOf(() => createElementDictionary([{ ...ACCOUNT, override: true }]));
    expect(error.code).toBe('ELEMENT_OVERRIDE_MISSING');
  });

  it('extends immutably and can start from an empty dictionary', () => {
    const small = createElementDictionary([ACCOUNT], { base: emptyElementDictionary });
    expect(small.keys()).toEqual(['shandong.account']);
    const bigger = small.extend([{ key: 'shandong.vip', label: { 'zh-CN': '是否会员', en: 'Member' }, type: 'switch' }]);
    expect(bigger.keys()).toEqual(['shandong.account', 'shandong.vip']);
    expect(small.keys()).toEqual(['shandong.account']);
  });

  it('validates definitions and says where the first problem is', () => {
    const badKey = errorOf(() => createElementDictionary([{ ...ACCOUNT, key: 'Shandong-account' }]));
    expect(badKey.code).toBe('ELEMENT_DEFINITION_INVALID');
    expect(badKey.path).toEqual([0, 'key']);
    expect(badKey.message).toContain('applicant.idNumber');

    const badPattern = errorOf(() => createElementDictionary([{ ...ACCOUNT, constraints: { pattern: '[a-' } }]));
    expect(badPattern.path).toEqual([0, 'constraints', 'pattern']);
    expect(badPattern.message).toContain('[a-');

    const noOptions = { key: 'x.y', label: { 'zh-CN': '甲', en: 'A' }, type: 'select', constraints: { options: [] } };
    expect(errorOf(() => createElementDictionary([noOptions as unknown as ElementDefinitionInput])).path).toEqual([0, 'constraints', 'options']);

    const duplicateOption: ElementDefinitionInput = {
      key: 'x.y',
      label: { 'zh-CN': '甲', en: 'A' },
      type: 'radio',
      constraints: { options: [{ value: 'a', label: { 'zh-CN': '甲', en: 'A' } }, { value: 'a', label: { 'zh-CN': '乙', en: 'B' } }] },
    };
    const dup = errorOf(() => createElementDictionary([duplicateOption]));
    expect(dup.path).toEqual([0, 'constraints', 'options', 1, 'value']);
    expect(dup.message).toContain('选项值“a”重复');

    const inverted = errorOf(() =>
      createElementDictionary([{ key: 'x.n', label: { 'zh-CN': '数', en: 'N' }, type: 'number', constraints: { min: 5, max: 1 } }]),
    );
    expect(inverted.message).toContain('下限 5 大于上限 1');

    const schemaSmuggled = { ...ACCOUNT, schema: z.string() };
    expect(errorOf(() => createElementDictionary([schemaSmuggled as ElementDefinitionInput])).message).toContain('schema');
  });

  it('checks that validateAs refers to a choice element and its options', () => {
    const idNumber = (anyOf: string[], element = 'applicant.idType'): ElementDefinitionInput => ({
      key: 'shandong.idNumber',
      label: { 'zh-CN': '证件号码', en: 'ID number' },
      type: 'text',
      validateAs: { when: { element, anyOf }, type: 'residentId' },
    });
    expect(createElementDictionary([idNumber(['residentId'])]).has('shandong.idNumber')).toBe(true);
    expect(errorOf(() => createElementDictionary([idNumber(['residentId'], 'applicant.name')])).code).toBe('ELEMENT_REFERENCE_UNKNOWN');
    const option = errorOf(() => createElementDictionary([idNumber(['idCard'])]));
    expect(option.code).toBe('ELEMENT_REFERENCE_OPTION_UNKNOWN');
    expect(option.path).toEqual([0, 'validateAs', 'when', 'anyOf', 0]);

    const narrowedIdTypes: ElementDefinitionInput = {
      key: 'applicant.idType',
      override: true,
      label: { 'zh-CN': '证件类型', en: 'ID type' },
      type: 'select',
      constraints: { options: [{ value: 'passport', label: { 'zh-CN': '护照', en: 'Passport' } }] },
    };
    expect(errorOf(() => createElementDictionary([narrowedIdTypes])).params).toEqual({
      key: 'applicant.idNumber',
      element: 'applicant.idType',
      value: 'residentId',
    });
  });
});

describe('ElementDictionary lookups', () => {
  it('get/has answer for unknown keys without throwing', () => {
    expect(standardElements.get('applicant.nickname')).toBeUndefined();
    expect(standardElements.has('applicant.nickname')).toBe(false);
    expect(standardElements.get('applicant.mobile')?.type).toBe('mobile');
  });

  it('require, labelOf and schemaOf throw ELEMENT_UNKNOWN for an unknown key', () => {
    for (const call of [
      () => standardElements.require('applicant.nickname'),
      () => standardElements.labelOf('applicant.nickname'),
      () => standardElements.schemaOf('applicant.nickname'),
    ]) {
      const error = errorOf(call);
      expect(error.code).toBe('ELEMENT_UNKNOWN');
      expect(error.params).toEqual({ key: 'applicant.nickname' });
      expect(error.message).toBe('数据元“applicant.nickname”不在数据元字典中：请核对键名，或先用 extend() 把它加入字典。');
      expect(error.localized('en')).toContain('"applicant.nickname" is not in the dictionary');
    }
  });
});
