import { FormsError } from '../errors.js';
import { expressionsMessages } from '../i18n/messages/expressions.js';

/** A value an expression computes with: field values as the form holds them (money as numbers), `undefined` read as `null`. */
export type ExpressionValue = null | boolean | number | string | readonly unknown[] | { readonly [key: string]: unknown };

/** The type name of a value, as error messages show it: `null`, `boolean`, `number`, `string`, `list` or `object`. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  const type = typeof value;
  return type === 'boolean' || type === 'number' || type === 'string' ? type : 'object';
}

/** The `EXPR_TYPE_MISMATCH` error for `operator` applied to `values`. */
export function typeMismatch(operator: string, ...values: readonly unknown[]): FormsError {
  return new FormsError(expressionsMessages, 'EXPR_TYPE_MISMATCH', { operator, types: values.map(typeName).join(', ') });
}

/**
 * A condition's truth: `true`/`false` as they are, `null` (an empty field) as false; anything
 * else is a type mismatch.
 */
export function truthOf(value: unknown, operator: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return false;
  throw typeMismatch(operator, value);
}

/**
 * Whether a field value is empty: `undefined`, `null`, a blank string or an empty list. `0`,
 * `false` and objects (a dateRange, even with a half missing) are values.
 */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Equality of expression values: primitives by value, lists element by element, objects key by key. */
export function valuesEqual(a: unknown, b: unknown): boolean {
  const x = a === undefined ? null : a;
  const y = b === undefined ? null : b;
  if (x === y) return true;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => valuesEqual(item, y[i]));
  if (typeof x === 'object' && typeof y === 'object' && x !== null && y !== null && !Array.isArray(x) && !Array.isArray(y)) {
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every((k) => valuesEqual((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
  }
  return false;
}
