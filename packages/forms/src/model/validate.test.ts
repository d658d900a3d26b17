import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '@sijitong/core';
import { formOf, l } from '../test-support/forms.js';
import type { FormSchema } from '../schema/form.js';
import { acceptsFile } from './files.js';
import { validateValues } from './validate.js';

const local = (key: string, type: string, extra: Record<string, unknown> = {}) => ({ key, type, label: l(`字段${key}`, `Field ${key}`), ...extra });
const today = '2026-05-01';

const load = (fields: unknown[]): FormSchema => formOf(fields);
const codes = (schema: FormSchema, values: Record<string, unknown>) =>
  validateValues(schema, values, { today }).errors.map((e) => [e.path.join('.'), e.code]);

describe('validateValues', () => {
  const person = load([
    { key: 'applicant.name', required: true },
    { key: 'applicant.idType', required: true },
    { key: 'applicant.idNumber', required: true },
    { key: 'applicant.mobile' },
    { key: 'applicant.birthDate' },
    { key: 'enterprise.operatingPeriod' },
    { key: 'enterprise.registeredCapital' },
    { key: 'contact.notifyBy' },
  ]);

  it('accepts valid values and submits them normalised', () => {
    const result = validateValues(person, { 'applicant.name': '  张三 ', 'applicant.idType': 'residentId', 'applicant.idNumber': '11010519491231002X', extra: 1 }, { today });
    expect(result).toEqual({
      ok: true,
      errors: [],
      values: { 'applicant.name': '张三', 'applicant.idType': 'residentId', 'applicant.idNumber': '11010519491231002X' },
    });
  });

  it('reports every error with its key, path and a localised message', () => {
    const result = validateValues(
      person,
      {
        'applicant.name': ' ',
        'applicant.idType': 'passport-x',
        'applicant.idNumber': 'ABC 123!',
        'applicant.mobile': '123',
        'applicant.birthDate': '1899-12-31',
        'enterprise.operatingPeriod': { from: '2026-05-01', to: '2026-01-01' },
        'enterprise.registeredCapital': '12.3456789',
        'contact.notifyBy': [],
      },
      { today, locale: 'en' },
    );
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['applicant.name', 'FIELD_REQUIRED'],
      ['applicant.idType', 'SCHEMA_INVALID_VALUE'],
      ['applicant.idNumber', 'ELEMENT_PATTERN_MISMATCH_EXAMPLE'],
      ['applicant.mobile', 'MOBILE_NUMBER_INVALID'],
      ['applicant.birthDate', 'ELEMENT_DATE_BEFORE_MIN'],
      ['enterprise.operatingPeriod', 'DATE_RANGE_INVERTED'],
      ['enterprise.registeredCapital', 'ELEMENT_MONEY_INVALID'],
    ]);
    expect(result.errors[0]?.message).toBe('Fill in "Applicant name".');
  });

  it('checks an ID number as a resident ID when the ID type says so (validateAs)', () => {
    const bad = { 'applicant.name': '张三', 'applicant.idNumber': '110105194912310021' };
    expect(codes(person, { ...bad, 'applicant.idType': 'residentId' })).toEqual([['applicant.idNumber', 'RESIDENT_ID_CHECKSUM']]);
    expect(codes(person, { ...bad, 'applicant.idType': 'hkMacaoPermit' })).toEqual([]);
  });

  it('neither validates nor submits hidden fields; a disabled field is not required', () => {
    const schema = load([
      local('x.mode', 'radio', { constraints: { options: [{ value: 'post', label: l('邮寄', 'Post') }, { value: 'window', label: l('窗口', 'Window') }] } }),
      { key: 'delivery.address', required: true, visibleWhen: "x.mode == 'post'" },
      { key: 'delivery.mobile', required: true, disabled: true },
    ]);
    const result = validateValues(schema, { 'x.mode': 'window', 'delivery.address': 42 }, { today });
    expect(result.ok).toBe(true);
    expect(result.values).toEqual({ 'x.mode': 'window' });
    expect(codes(schema, { 'x.mode': 'post' })).toEqual([['delivery.address', 'FIELD_REQUIRED']]);
  });

  it('applies cross-field rules with their own messages', () => {
    const schema = load([
      { key: 'applicant.idNumber', validations: [{ id: 'adult', when: 'age(applicant.idNumber) < 18', message: l('申请人须年满 18 周岁。', 'The applicant must be 18 or over.') }] },
    ]);
    const minor = `11010520200101003${residentIdCheckCharacter('11010520200101003') ?? ''}`;
    const result = validateValues(schema, { 'applicant.idNumber': minor }, { today, locale: 'en' });
    expect(result.errors).toEqual([
      {
        key: 'applicant.idNumber',
        path: ['applicant.idNumber'],
        code: 'FIELD_RULE_FAILED',
        params: { rule: 'adult', message: '申请人须年满 18 周岁。', messageEn: 'The applicant must be 18 or over.' },
        message: 'The applicant must be 18 or over.',
      },
    ]);
    expect(codes(schema, { 'applicant.idNumber': '11010519491231002X' })).toEqual([]);
  });

  it('turns an expression that fails into an error on its field, not an exception', () => {
    const schema = load([local('x.n', 'number'), local('x.m', 'number', { validations: [{ when: '100 / x.n > 1', message: l('太小', 'Too small') }] })]);
    expect(codes(schema, { 'x.n': 0, 'x.m': 1 })).toEqual([['x.m', 'EXPR_DIVISION_BY_ZERO']]);
  });

  it('checks uploads: shape, count, size and type', () => {
    const schema = load([local('x.docs', 'file', { required: true, constraints: { accept: ['application/pdf', 'image/*', '.ofd'], maxSize: 1024, maxFiles: 2, minFiles: 1 } })]);
    const file = (name: string, type: string, size = 100) => ({ id: name, name, size, type });
    expect(codes(schema, { 'x.docs': [file('a.pdf', 'application/pdf'), file('b.jpg', 'image/jpeg'), file('c.ofd', '')] })).toEqual([['x.docs', 'FILE_TOO_MANY']]);
    expect(codes(schema, { 'x.docs': [file('a.exe', 'application/x-msdownload', 5000)] })).toEqual([
      ['x.docs.0', 'FILE_TOO_LARGE'],
      ['x.docs.0', 'FILE_TYPE_NOT_ACCEPTED'],
    ]);
    expect(codes(schema, { 'x.docs': [{ name: 'a.pdf' }] })).toEqual([['x.docs', 'FILE_LIST_INVALID']]);
    expect(codes(schema, { 'x.docs': [] })).toEqual([['x.docs', 'FIELD_REQUIRED']]);
    expect(acceptsFile(['.PDF'], { name: 'scan.pdf', type: '' })).toBe(true);
  });

  it('checks tables: rows, then each visible cell like a field', () => {
    const schema = load([
      local('x.members', 'table', {
        required: true,
        constraints: { minRows: 1, maxRows: 2 },
        columns: [
          { key: 'name', element: 'applicant.name', required: true },
          { key: 'idNumber', type: 'residentId', label: l('身份证号', 'ID number'), requiredWhen: "$row.name != '婴儿'" },
        ],
      }),
    ]);
    const result = validateValues(
      schema,
      { 'x.members': [{ name: '张三', idNumber: '11010519491231002X' }, { name: '', idNumber: 'bad', extra: 1 }] },
      { today },
    );
    expect(result.errors.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['x.members.1.name', 'FIELD_REQUIRED'],
      ['x.members.1.idNumber', 'RESIDENT_ID_LENGTH'],
    ]);
    expect(result.values['x.members']).toEqual([{ name: '张三', idNumber: '11010519491231002X' }, { idNumber: 'bad' }]);
    expect(codes(schema, { 'x.members': [{ name: 'a', idNumber: '11010519491231002X' }, { name: 'b', idNumber: '11010519491231002X' }, { name: '婴儿' }] })).toEqual([
      ['x.members', 'TABLE_TOO_MANY_ROWS'],
    ]);
    expect(codes(schema, { 'x.members': 'rows' })).toEqual([['x.members', 'TABLE_INVALID']]);
  });

  it('requires a required declaration to be confirmed', () => {
    const schema = load([local('x.promise', 'declaration', { required: true, statement: l('本人承诺……', 'I promise…') })]);
    expect(codes(schema, { 'x.promise': false })).toEqual([['x.promise', 'DECLARATION_NOT_CONFIRMED']]);
    expect(codes(schema, {})).toEqual([['x.promise', 'FIELD_REQUIRED']]);
    expect(codes(schema, { 'x.promise': 'yes' })).toEqual([['x.promise', 'DECLARATION_INVALID']]);
    expect(validateValues(schema, { 'x.promise': true }, { today }).values).toEqual({ 'x.promise': true });
  });

  it('recomputes computed values rather than trusting the input', () => {
    const schema = load([{ key: 'applicant.idNumber' }, { key: 'applicant.sex', compute: 'sex(applicant.idNumber)' }]);
    const result = validateValues(schema, { 'applicant.idNumber': '11010519491231002X', 'applicant.sex': 'male' }, { today });
    expect(result.values['applicant.sex']).toBe('female');
  });
});
