import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { localizeZodError } from '../i18n/zod.js';
import { standardElements } from './dictionary.js';

/** A valid and an invalid value of every standard element, with the code the invalid one raises. */
const CASES: Record<string, { valid: unknown; invalid: unknown; code: string }> = {
  'applicant.name': { valid: '张三', invalid: '   ', code: 'SCHEMA_TOO_SMALL' },
  'applicant.idType': { valid: 'residentId', invalid: 'driverLicence', code: 'SCHEMA_INVALID_VALUE' },
  'applicant.idNumber': { valid: 'E12345678', invalid: 'E1234 5678', code: 'ELEMENT_PATTERN_MISMATCH_EXAMPLE' },
  'applicant.sex': { valid: 'female', invalid: '女', code: 'SCHEMA_INVALID_VALUE' },
  'applicant.birthDate': { valid: '1949-12-31', invalid: '1949-02-30', code: 'DATE_INVALID' },
  'applicant.ethnicity': { valid: '01', invalid: '57', code: 'SCHEMA_INVALID_VALUE' },
  'applicant.mobile': { valid: '13812345678', invalid: '12812345678', code: 'MOBILE_NUMBER_INVALID' },
  'applicant.email': { valid: 'zhang.san@example.cn', invalid: 'zhang.san@', code: 'ELEMENT_EMAIL_INVALID' },
  'applicant.address': { valid: '山东省临沂市莒南县十字路街道人民路 1 号', invalid: '路'.repeat(201), code: 'SCHEMA_TOO_BIG' },
  'applicant.workUnit': { valid: '莒南县第一中学', invalid: '', code: 'SCHEMA_TOO_SMALL' },
  'enterprise.name': { valid: '莒南县某某商贸有限公司', invalid: 42, code: 'SCHEMA_INVALID_TYPE' },
  'enterprise.creditCode': { valid: '91350100M000100Y43', invalid: '91350100M000100Y44', code: 'CREDIT_CODE_CHECKSUM' },
  'enterprise.type': { valid: 'limitedLiabilityCompany', invalid: 'llc', code: 'SCHEMA_INVALID_VALUE' },
  'enterprise.registeredCapital': { valid: '50.5', invalid: '1,000', code: 'ELEMENT_MONEY_INVALID' },
  'enterprise.establishedOn': { valid: '2017-06-01', invalid: '2017/06/01', code: 'DATE_INVALID' },
  'enterprise.operatingPeriod': {
    valid: { from: '2017-06-01', to: '2037-05-31' },
    invalid: { from: '2037-05-31', to: '2017-06-01' },
    code: 'DATE_RANGE_INVERTED',
  },
  'enterprise.address': { valid: '莒南县经济开发区', invalid: ' ', code: 'SCHEMA_TOO_SMALL' },
  'enterprise.employeeCount': { valid: 12, invalid: 12.5, code: 'ELEMENT_INTEGER_EXPECTED' },
  'legalRepresentative.name': { valid: '李四', invalid: null, code: 'SCHEMA_INVALID_TYPE' },
  'legalRepresentative.idNumber': { valid: '11010519491231002X', invalid: '110105194912310021', code: 'RESIDENT_ID_CHECKSUM' },
  'legalRepresentative.mobile': { valid: '19912345678', invalid: '1991234567', code: 'MOBILE_NUMBER_INVALID' },
  'agent.name': { valid: '王五', invalid: '名'.repeat(51), code: 'SCHEMA_TOO_BIG' },
  'agent.idNumber': { valid: '11010519491231002X', invalid: '11010519491231002', code: 'RESIDENT_ID_LENGTH' },
  'agent.mobile': { valid: '15012345678', invalid: '+8615012345678', code: 'MOBILE_NUMBER_INVALID' },
  'address.divisionCode': { valid: '371327100000', invalid: '3713271', code: 'DIVISION_CODE_FORMAT' },
  'address.detail': { valid: '大店镇大店村', invalid: '', code: 'SCHEMA_TOO_SMALL' },
  'address.postalCode': { valid: '276600', invalid: '27660', code: 'ELEMENT_PATTERN_MISMATCH_EXAMPLE' },
  'contact.name': { valid: '赵六', invalid: '', code: 'SCHEMA_TOO_SMALL' },
  'contact.mobile': { valid: '13712345678', invalid: '137-1234-5678', code: 'MOBILE_NUMBER_INVALID' },
  'contact.phone': { valid: '0539-7212345', invalid: '7212', code: 'ELEMENT_PATTERN_MISMATCH_EXAMPLE' },
  'contact.email': { valid: 'a@b.cn', invalid: 'a b@c.cn', code: 'ELEMENT_EMAIL_INVALID' },
  'contact.notifyBy': { valid: ['sms', 'email'], invalid: [], code: 'SCHEMA_TOO_SMALL' },
  'business.name': { valid: '莒南县老王烧饼店', invalid: '', code: 'SCHEMA_TOO_SMALL' },
  'business.organisationForm': { valid: 'family', invalid: 'company', code: 'SCHEMA_INVALID_VALUE' },
  'business.premisesAddress': { valid: '十字路街道民主街 8 号', invalid: 8, code: 'SCHEMA_INVALID_TYPE' },
  'business.premisesArea': { valid: 35.5, invalid: -1, code: 'SCHEMA_TOO_SMALL' },
  'business.scope': { valid: '餐饮服务（小型）', invalid: '字'.repeat(2001), code: 'SCHEMA_TOO_BIG' },
  'household.number': { valid: '371327001234', invalid: '3713-27', code: 'ELEMENT_PATTERN_MISMATCH_EXAMPLE' },
  'household.headName': { valid: '孙七', invalid: '', code: 'SCHEMA_TOO_SMALL' },
  'household.headIdNumber': { valid: '11010519491231002X', invalid: '11010519491331002X', code: 'RESIDENT_ID_BIRTH_DATE' },
  'household.relationship': { valid: 'spouse', invalid: 'friend', code: 'SCHEMA_INVALID_VALUE' },
  'household.registrationDivisionCode': { valid: '371327', invalid: '001327', code: 'DIVISION_CODE_FORMAT' },
  'household.registrationAddress': { valid: '莒南县板泉镇', invalid: '', code: 'SCHEMA_TOO_SMALL' },
  'household.memberCount': { valid: 4, invalid: 0, code: 'SCHEMA_TOO_SMALL' },
  'application.reason': { valid: '新开设个体工商户', invalid: '', code: 'SCHEMA_TOO_SMALL' },
  'application.date': { valid: '2026-03-02', invalid: '1999-12-31', code: 'ELEMENT_DATE_BEFORE_MIN' },
  'delivery.method': { valid: 'post', invalid: 'drone', code: 'SCHEMA_INVALID_VALUE' },
  'delivery.consentElectronic': { valid: true, invalid: 'yes', code: 'SCHEMA_INVALID_TYPE' },
  'delivery.recipient': { valid: '周八', invalid: '', code: 'SCHEMA_TOO_SMALL' },
  'delivery.mobile': { valid: '18612345678', invalid: '1861234567x', code: 'MOBILE_NUMBER_INVALID' },
  'delivery.address': { valid: '莒南县文化路 2 号', invalid: '', code: 'SCHEMA_TOO_SMALL' },
};

describe('standard data elements', () => {
  it('has a test case for every element and no case for a missing one', () => {
    expect([...standardElements.keys()].sort()).toEqual(Object.keys(CASES).sort());
  });

  it('has the keys the one-form model relies on', () => {
    for (const key of ['applicant.idNumber', 'enterprise.creditCode', 'legalRepresentative.idNumber', 'agent.mobile', 'address.divisionCode']) {
      expect(standardElements.has(key)).toBe(true);
    }
  });

  for (const [key, { valid, invalid, code }] of Object.entries(CASES)) {
    it(`${key} accepts a valid value and rejects an invalid one with a localised message`, () => {
      const schema = standardElements.schemaOf(key);
      expect(z.safeParse(schema, valid).success).toBe(true);
      const result = z.safeParse(schema, invalid);
      expect(result.success).toBe(false);
      if (result.success) return;
      const [zh] = localizeZodError(result.error, 'zh-CN');
      const [en] = localizeZodError(result.error, 'en');
      expect(zh?.code).toBe(code);
      expect(en?.code).toBe(code);
      expect(zh?.message).toMatch(/[\u4e00-\u9fff]/);
      expect(en?.message).not.toMatch(/[\u4e00-\u9fff]/);
      expect(en?.message.length).toBeGreaterThan(10);
    });
  }

  it('labels every element in both locales', () => {
    for (const key of standardElements.keys()) {
      expect(standardElements.labelOf(key)).toMatch(/[\u4e00-\u9fff]/);
      expect(standardElements.labelOf(key, 'en')).toMatch(/^[A-Z]/);
    }
  });

  it('checks applicant.idNumber as a resident ID only when the ID type is a resident ID card', () => {
    const passport = standardElements.schemaOf('applicant.idNumber', { 'applicant.idType': 'passport' });
    expect(z.safeParse(passport, 'E12345678').success).toBe(true);
    const residentId = standardElements.schemaOf('applicant.idNumber', { 'applicant.idType': 'residentId' });
    expect(z.safeParse(residentId, '11010519491231002X').success).toBe(true);
    const wrong = z.safeParse(residentId, 'E12345678');
    expect(wrong.success).toBe(false);
    if (!wrong.success) expect(localizeZodError(wrong.error)[0]?.code).toBe('RESIDENT_ID_LENGTH');
  });

  it('keeps money exact and in range', () => {
    const schema = standardElements.schemaOf('enterprise.registeredCapital');
    expect(z.safeParse(schema, '0.000001').success).toBe(true);
    expect(z.safeParse(schema, '0.0000001').success).toBe(false);
    const negative = z.safeParse(schema, '-1');
    expect(negative.success).toBe(false);
    if (!negative.success) expect(localizeZodError(negative.error)[0]?.code).toBe('SCHEMA_TOO_SMALL');
  });

  it('carries national codes on the options where a standard has them', () => {
    const sex = standardElements.require('applicant.sex');
    expect(sex.type === 'radio' && sex.constraints.options.map((option) => option.code)).toEqual(['1', '2']);
    const ethnicity = standardElements.require('applicant.ethnicity');
    if (ethnicity.type !== 'select') throw new Error('ethnicity should be a select');
    expect(ethnicity.constraints.options).toHaveLength(56);
    expect(ethnicity.constraints.options[0]).toEqual({ value: '01', code: '01', label: { 'zh-CN': '汉族', en: 'Han' } });
    expect(ethnicity.constraints.options[55]?.label['zh-CN']).toBe('基诺族');
  });
});
