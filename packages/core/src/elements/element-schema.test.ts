import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { localizeZodError } from '../i18n/zod.js';
import { elementDefinitionSchema, type ElementDefinitionInput } from './element-definition.js';
import { buildElementSchema } from './element-schema.js';
import { moneyUnitLabel } from './labels.js';

const label = { 'zh-CN': '测试', en: 'Test' };

function schemaOf(definition: Omit<ElementDefinitionInput, 'key' | 'label'>) {
  return buildElementSchema(z.parse(elementDefinitionSchema, { key: 'test.element', label, ...definition }));
}

function codeOf(schema: ReturnType<typeof schemaOf>, value: unknown): string | undefined {
  const result = z.safeParse(schema, value);
  return result.success ? undefined : localizeZodError(result.error)[0]?.code;
}

describe('buildElementSchema', () => {
  it('trims text before checking length and pattern, and matches the whole value', () => {
    const schema = schemaOf({ type: 'text', constraints: { minLength: 2, maxLength: 4, pattern: '[A-Z]+' } });
    expect(z.parse(schema, '  ABC ')).toBe('ABC');
    expect(codeOf(schema, 'A')).toBe('SCHEMA_TOO_SMALL');
    expect(codeOf(schema, 'ABCDE')).toBe('SCHEMA_TOO_BIG');
    expect(codeOf(schema, 'ABc')).toBe('ELEMENT_PATTERN_MISMATCH');
  });

  it('checks numbers: integer, range', () => {
    const schema = schemaOf({ type: 'number', constraints: { min: 1, max: 10, integer: true } });
    expect(codeOf(schema, 10)).toBeUndefined();
    expect(codeOf(schema, 11)).toBe('SCHEMA_TOO_BIG');
    expect(codeOf(schema, 2.5)).toBe('ELEMENT_INTEGER_EXPECTED');
    expect(codeOf(schema, '2')).toBe('SCHEMA_INVALID_TYPE');
    expect(codeOf(schema, Number.NaN)).toBe('SCHEMA_INVALID_TYPE');
  });

  it('keeps money as an exact decimal string with a scale', () => {
    const yuan = schemaOf({ type: 'money' });
    expect(codeOf(yuan, '1999.99')).toBeUndefined();
    expect(codeOf(yuan, '1999.999')).toBe('ELEMENT_MONEY_INVALID');
    expect(codeOf(yuan, 1999.99)).toBe('SCHEMA_INVALID_TYPE');
    const whole = schemaOf({ type: 'money', constraints: { scale: 0, max: 100 } });
    expect(codeOf(whole, '1.0')).toBe('ELEMENT_MONEY_INVALID');
    expect(codeOf(whole, '101')).toBe('SCHEMA_TOO_BIG');
    expect(moneyUnitLabel('tenThousandYuan')).toBe('万元');
    expect(moneyUnitLabel('yuan', 'en')).toBe('yuan');
  });

  it('checks dates and date ranges against their bounds', () => {
    const date = schemaOf({ type: 'date', constraints: { minDate: '2020-01-01', maxDate: '2020-12-31' } });
    expect(codeOf(date, '2020-06-30')).toBeUndefined();
    expect(codeOf(date, '2019-12-31')).toBe('ELEMENT_DATE_BEFORE_MIN');
    expect(codeOf(date, '2021-01-01')).toBe('ELEMENT_DATE_AFTER_MAX');
    const range = schemaOf({ type: 'dateRange', constraints: { maxDate: '2030-12-31' } });
    expect(codeOf(range, { from: '2026-01-01', to: '2026-01-01' })).toBeUndefined();
    const late = z.safeParse(range, { from: '2026-01-01', to: '2031-01-01' });
    expect(late.success ? [] : localizeZodError(late.error).map((i) => [i.code, i.path])).toEqual([['ELEMENT_DATE_AFTER_MAX', ['to']]]);
    expect(codeOf(range, { from: '2026-01-01' })).toBe('SCHEMA_INVALID_TYPE');
  });

  it('checks checkbox groups: known options, each once, how many', () => {
    const options = ['a', 'b', 'c'].map((value) => ({ value, label }));
    const schema = schemaOf({ type: 'checkboxGroup', constraints: { options, minItems: 1, maxItems: 2 } });
    expect(codeOf(schema, ['a', 'c'])).toBeUndefined();
    expect(codeOf(schema, ['a', 'a'])).toBe('ELEMENT_CHOICE_DUPLICATE');
    expect(codeOf(schema, ['a', 'b', 'c'])).toBe('SCHEMA_TOO_BIG');
    expect(codeOf(schema, ['d'])).toBe('SCHEMA_INVALID_VALUE');
    expect(codeOf(schema, 'a')).toBe('SCHEMA_INVALID_TYPE');
  });

  it('uses the identifier schemas and accepts booleans for switches', () => {
    expect(codeOf(schemaOf({ type: 'creditCode' }), '11100000000013127D')).toBeUndefined();
    expect(codeOf(schemaOf({ type: 'division' }), '371327')).toBeUndefined();
    expect(codeOf(schemaOf({ type: 'switch' }), false)).toBeUndefined();
    expect(codeOf(schemaOf({ type: 'email' }), 'a@b')).toBe('ELEMENT_EMAIL_INVALID');
  });
});
