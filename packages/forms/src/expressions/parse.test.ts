import { describe, expect, it } from 'vitest';
import { isFormsError } from '../errors.js';
import { expressionReferences } from './ast.js';
import { parseExpression } from './parse.js';
import { printExpression, renameFields } from './print.js';

const syntaxError = (source: string) => {
  try {
    parseExpression(source);
  } catch (error) {
    if (isFormsError(error)) return error;
    throw error;
  }
  throw new Error(`expected a syntax error for ${source}`);
};

describe('parseExpression', () => {
  it('parses precedence and associativity the usual way', () => {
    expect(printExpression(parseExpression('1 + 2 * 3'))).toBe('1 + 2 * 3');
    expect(printExpression(parseExpression('(1 + 2) * 3'))).toBe('(1 + 2) * 3');
    expect(printExpression(parseExpression('a - (b - c)'))).toBe('a - (b - c)');
    expect(printExpression(parseExpression('(a - b) - c'))).toBe('a - b - c');
    expect(printExpression(parseExpression('a || b && c'))).toBe('a || b && c');
    expect(printExpression(parseExpression('(a || b) && c'))).toBe('(a || b) && c');
    expect(printExpression(parseExpression('!(a == b)'))).toBe('!(a == b)');
  });

  it('reads dotted field keys, $row columns, calls, lists, strings and literals', () => {
    const node = parseExpression("age(applicant.idNumber) >= 18 && $row.kind in ['a', \"b\"] ? true : null");
    expect(node.kind).toBe('conditional');
    expect(expressionReferences(node)).toEqual({ fields: ['applicant.idNumber'], columns: ['kind'], functions: ['age'] });
    expect(printExpression(node)).toBe("age(applicant.idNumber) >= 18 && $row.kind in ['a', 'b'] ? true : null");
  });

  it('round-trips through the printer to an equal tree', () => {
    for (const source of [
      "a.b == 'x' || !(c.d > 3 ? e.f : g.h) && len('it\\'s') != 2",
      'sum(items, \'amount\') / count(items) - -1',
      '(a ? b : c) ? d : e',
      'a ? b : c ? d : e',
      "x in [1, 2.5, 'z\\n']",
    ]) {
      const tree = parseExpression(source);
      const printed = printExpression(tree);
      expect(printExpression(parseExpression(printed))).toBe(printed);
    }
  });

  it('renames field references, or replaces them by null', () => {
    const node = parseExpression("count(materials.idCard) > 0 && materials.old == null && other == 'x'");
    const renamed = renameFields(node, (key) => (key === 'materials.idCard' ? 'materials.id' : key === 'materials.old' ? null : undefined));
    expect(printExpression(renamed)).toBe("count(materials.id) > 0 && null == null && other == 'x'");
  });

  it('reports syntax errors with a 1-based position', () => {
    expect(syntaxError('a +').code).toBe('EXPR_UNEXPECTED_END');
    expect(syntaxError('a + * b')).toMatchObject({ code: 'EXPR_UNEXPECTED_TOKEN', params: { position: 5, token: '*' } });
    expect(syntaxError("a == 'open").code).toBe('EXPR_UNTERMINATED_STRING');
    expect(syntaxError('a = 1')).toMatchObject({ code: 'EXPR_SINGLE_EQUALS', params: { position: 3 } });
    expect(syntaxError('a # b')).toMatchObject({ code: 'EXPR_BAD_CHARACTER', params: { character: '#' } });
    expect(syntaxError('$rows.x').code).toBe('EXPR_ROW_SYNTAX');
    expect(syntaxError("'\\q'").code).toBe('EXPR_BAD_ESCAPE');
    expect(syntaxError('(a + b').code).toBe('EXPR_UNEXPECTED_END');
    expect(syntaxError('a.b(1)').code).toBe('EXPR_UNEXPECTED_TOKEN');
    expect(syntaxError('a b').code).toBe('EXPR_UNEXPECTED_TOKEN');
  });

  it('refuses nesting that could exhaust the stack, and over-long sources', () => {
    expect(syntaxError(`${'('.repeat(200)}1${')'.repeat(200)}`).code).toBe('EXPR_TOO_DEEP');
    expect(syntaxError(`${'!'.repeat(200)}a`).code).toBe('EXPR_TOO_DEEP');
    expect(syntaxError(`a${' + a'.repeat(3000)}`).code).toBe('EXPR_TOO_LONG');
  });

  it('gives messages in Chinese and English', () => {
    const error = syntaxError('a +');
    expect(error.message).toContain('意外结束');
    expect(error.localized('en')).toContain('ends too early');
  });
});
