import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '@sijitong/core';
import { isFormsError } from '../errors.js';
import { checkExpression, compileExpression, type ExpressionScope } from './compile.js';
import { parseExpression } from './parse.js';

const scopeOf = (values: Record<string, unknown>, row?: Record<string, unknown>): ExpressionScope => ({
  today: '2026-05-01',
  value: (key) => values[key],
  row: row === undefined ? undefined : (column) => row[column],
});
const run = (source: string, values: Record<string, unknown> = {}, row?: Record<string, unknown>) =>
  compileExpression(source).evaluate(scopeOf(values, row));
const failure = (source: string, values: Record<string, unknown> = {}) => {
  try {
    run(source, values);
  } catch (error) {
    if (isFormsError(error)) return error;
    throw error;
  }
  throw new Error(`expected ${source} to fail`);
};

describe('compileExpression: evaluation', () => {
  it('computes arithmetic, comparison, logic and conditionals', () => {
    expect(run('1 + 2 * 3 - 4 / 2')).toBe(5);
    expect(run('-a.b + 1', { 'a.b': 4 })).toBe(-3);
    expect(run("'莒' + '南'")).toBe('莒南');
    expect(run('a.n >= 3 && !(a.s == \'x\')', { 'a.n': 3, 'a.s': 'y' })).toBe(true);
    expect(run('a.n > 3 ? \'big\' : \'small\'', { 'a.n': 1 })).toBe('small');
    expect(run("'2026-01-02' < '2026-10-01'")).toBe(true);
    expect(run('[1, 2] == [1, 2]')).toBe(true);
  });

  it('treats an empty field as null: false in comparisons and conditions, null in arithmetic', () => {
    expect(run('a.n > 1')).toBe(false);
    expect(run('a.n < 1')).toBe(false);
    expect(run('a.n + 1')).toBe(null);
    expect(run('a.n == null')).toBe(true);
    expect(run('a.flag ? 1 : 2')).toBe(2);
    expect(compileExpression('a.flag').test(scopeOf({}))).toBe(false);
  });

  it('tests membership in lists, checkbox values and strings', () => {
    expect(run("a.kind in ['x', 'y']", { 'a.kind': 'y' })).toBe(true);
    expect(run("'sms' in a.notify", { 'a.notify': ['sms', 'email'] })).toBe(true);
    expect(run("'南' in a.name", { 'a.name': '莒南县' })).toBe(true);
    expect(run("'x' in a.missing")).toBe(false);
  });

  it('reads $row columns inside tables', () => {
    expect(run('$row.qty * $row.price', {}, { qty: 3, price: 2.5 })).toBe(7.5);
  });

  it('reports typed evaluation errors instead of crashing', () => {
    expect(failure('a.n / 0', { 'a.n': 1 }).code).toBe('EXPR_DIVISION_BY_ZERO');
    expect(failure("1 + 'a'")).toMatchObject({ code: 'EXPR_TYPE_MISMATCH', params: { operator: '+', types: 'number, string' } });
    expect(failure("a.s > 1", { 'a.s': 'x' }).code).toBe('EXPR_TYPE_MISMATCH');
    expect(failure("'x' && true").code).toBe('EXPR_TYPE_MISMATCH');
    expect(failure('1e308 * 10').code).toBe('EXPR_NOT_FINITE');
    expect(failure('$row.x').code).toBe('EXPR_ROW_OUTSIDE_TABLE');
    expect(failure('1 in 2').code).toBe('EXPR_TYPE_MISMATCH');
  });

  it('refuses unknown functions and wrong argument counts when compiling', () => {
    expect(() => compileExpression('eval("1")')).toThrow(expect.objectContaining({ code: 'EXPR_FUNCTION_UNKNOWN' }));
    expect(() => compileExpression('constructor(1)')).toThrow(expect.objectContaining({ code: 'EXPR_FUNCTION_UNKNOWN' }));
    expect(() => compileExpression('age()')).toThrow(expect.objectContaining({ code: 'EXPR_ARITY', params: expect.objectContaining({ expected: '1–2', actual: 0 }) }));
  });

  it('is evaluated many times from one compilation', () => {
    const adult = compileExpression('age(applicant.idNumber) >= 18');
    expect(adult.references.fields).toEqual(['applicant.idNumber']);
    expect(adult.test(scopeOf({ 'applicant.idNumber': '11010519491231002X' }))).toBe(true);
    expect(adult.test(scopeOf({ 'applicant.idNumber': '' }))).toBe(false);
  });
});

describe('expression functions', () => {
  const id = '11010519491231002X';
  it('age() counts whole years from a resident ID number or a date, to today or a given date', () => {
    expect(run('age(x.id)', { 'x.id': id })).toBe(76);
    expect(run("age(x.id, '2026-12-30')", { 'x.id': id })).toBe(76);
    expect(run("age(x.id, '2026-12-31')", { 'x.id': id })).toBe(77);
    expect(run("age('2000-02-29', '2026-02-28')")).toBe(25);
    expect(run('age(x.id)', { 'x.id': ' 11010519491231002x ' })).toBe(76);
    expect(run('age(x.id)', { 'x.id': '110105194912310021' })).toBe(null);
    expect(run('age(x.id)')).toBe(null);
  });

  it('sex() reads the sequence parity of a resident ID number', () => {
    expect(run('sex(x.id)', { 'x.id': id })).toBe('female');
    const male = `11010519491231001${residentIdCheckCharacter('11010519491231001') ?? ''}`;
    expect(run('sex(x.id)', { 'x.id': male })).toBe('male');
    expect(run('sex(x.id)', { 'x.id': 'nonsense' })).toBe(null);
  });

  it('today(), sum(), count(), empty() and len()', () => {
    expect(run('today()')).toBe('2026-05-01');
    const rows = [{ amount: '10.50' }, { amount: 2 }, { amount: '' }, {}];
    expect(run("sum(t.rows, 'amount')", { 't.rows': rows })).toBe(12.5);
    expect(run("sum(t.rows, 'amount')")).toBe(0);
    expect(run('count(t.rows)', { 't.rows': rows })).toBe(4);
    expect(run('count(t.rows)')).toBe(0);
    expect(run('empty(a) && !empty(b)', { a: '  ', b: [1] })).toBe(true);
    expect(run('len(a) + len(b) + len(c)', { a: '莒南', b: [1, 2, 3] })).toBe(5);
    expect(failure("sum(t.rows, 'amount')", { 't.rows': [{ amount: 'ten' }] }).code).toBe('EXPR_TYPE_MISMATCH');
    expect(failure('len(a)', { a: 3 }).code).toBe('EXPR_TYPE_MISMATCH');
  });
});

describe('checkExpression', () => {
  it('finds every static problem against the form', () => {
    const problems = checkExpression(parseExpression("a.known + a.unknown > 1 && nope(1) && sum(t.rows, 'missing') > 0 && $row.x"), {
      hasField: (key) => key === 'a.known' || key === 't.rows',
      rowColumns: null,
      tableColumns: (key) => (key === 't.rows' ? ['amount'] : undefined),
    });
    expect(problems.map((p) => p.code)).toEqual(['EXPR_FIELD_UNKNOWN', 'EXPR_FUNCTION_UNKNOWN', 'EXPR_COLUMN_UNKNOWN', 'EXPR_ROW_OUTSIDE_TABLE']);
  });

  it('checks $row columns inside a table', () => {
    const problems = checkExpression(parseExpression('$row.qty * $row.cost'), { rowColumns: ['qty', 'price'] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'EXPR_ROW_COLUMN_UNKNOWN', params: { column: 'cost' } });
  });
});
