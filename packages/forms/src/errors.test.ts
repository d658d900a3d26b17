import { describe, expect, it } from 'vitest';
import { FormsError, isFormsError } from './errors.js';
import { expressionsMessages } from './i18n/messages/expressions.js';

describe('FormsError', () => {
  it('has a stable code, params, a path and messages in both locales', () => {
    const error = new FormsError(expressionsMessages, 'EXPR_FIELD_UNKNOWN', { key: 'x.y' }, { path: ['steps', 0] });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('FormsError');
    expect(error.code).toBe('EXPR_FIELD_UNKNOWN');
    expect(error.params).toEqual({ key: 'x.y' });
    expect(error.path).toEqual(['steps', 0]);
    expect(error.message).toBe('表达式引用的字段“x.y”不在表单中：请核对键名，或先把该字段加入表单。');
    expect(error.localized('en')).toBe('The expression refers to field "x.y", which the form does not have: check the key, or add the field to the form.');
    const moved = error.withPath(['a']);
    expect(moved.path).toEqual(['a']);
    expect(moved.cause).toBe(error);
    expect(isFormsError(error, 'EXPR_FIELD_UNKNOWN')).toBe(true);
    expect(isFormsError(error, 'OTHER')).toBe(false);
    expect(isFormsError(new Error('x'))).toBe(false);
  });
});
