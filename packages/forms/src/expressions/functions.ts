import { isCivilDate, normalizeResidentIdNumber, parseResidentIdNumber, type ResidentIdSex } from '@sijitong/core';
import { FormsError } from '../errors.js';
import { expressionsMessages } from '../i18n/messages/expressions.js';
import { isEmptyValue, typeMismatch } from './values.js';

/** What a function sees besides its arguments. */
export interface FunctionContext {
  /** Today's date (YYYY-MM-DD), for `today()` and `age()`. */
  readonly today: string;
}

/** A function of the expression language. */
export interface ExpressionFunction {
  /** Fewest arguments. */
  readonly minArgs: number;
  /** Most arguments. */
  readonly maxArgs: number;
  /** Computes the result; throws {@link FormsError} on a wrong argument. */
  readonly call: (args: readonly unknown[], context: FunctionContext) => unknown;
}

/** The birth date in a resident ID number, or the date itself; `null` when `value` is neither. */
function birthDateOf(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  if (isCivilDate(value)) return value;
  try {
    return parseResidentIdNumber(normalizeResidentIdNumber(value)).birthDate;
  } catch {
    return null;
  }
}

/** Whole years from `birth` to `on` (both YYYY-MM-DD). */
function fullYears(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

function rowsOf(value: unknown, name: string): readonly unknown[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw typeMismatch(name, value);
  return value;
}

/** A number from a number or a decimal string (money); `null` for an empty cell. */
function amountOf(value: unknown, name: string): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value.trim())) return Number(value);
  throw typeMismatch(name, value);
}

/**
 * The fixed function table. Nothing else can be called: an expression cannot reach the page,
 * the network or the clock except through `today()`, whose date the caller supplies.
 *
 * - `age(idOrDate, on?)`: whole years from the birth date in a resident ID number (or a
 *   YYYY-MM-DD date) to `on` (default today); `null` when the argument is empty or not valid.
 * - `sex(idNumber)`: `'male'` or `'female'` from a resident ID number (core's
 *   `parseResidentIdNumber`); `null` when empty or not valid.
 * - `today()`: the evaluation date, YYYY-MM-DD.
 * - `sum(table, 'column')`: the sum of a column (numbers or money strings; empty cells skipped).
 * - `count(list)`: rows of a table, choices of a checkbox group, files of an upload.
 * - `empty(x)`: whether a value is empty (nothing, a blank string, an empty list).
 * - `len(x)`: characters of a string or entries of a list (0 when empty).
 */
export const EXPRESSION_FUNCTIONS: Readonly<Record<string, ExpressionFunction>> = {
  age: {
    minArgs: 1,
    maxArgs: 2,
    call: ([value, on], context) => {
      const birth = birthDateOf(value);
      const at = on === undefined ? context.today : on;
      if (birth === null || at === null) return null;
      if (typeof at !== 'string' || !isCivilDate(at)) throw typeMismatch('age', at);
      return fullYears(birth, at);
    },
  },
  sex: {
    minArgs: 1,
    maxArgs: 1,
    call: ([value]): ResidentIdSex | null => {
      if (typeof value !== 'string' || value.trim() === '') return null;
      try {
        return parseResidentIdNumber(normalizeResidentIdNumber(value)).sex;
      } catch {
        return null;
      }
    },
  },
  today: { minArgs: 0, maxArgs: 0, call: (_args, context) => context.today },
  sum: {
    minArgs: 2,
    maxArgs: 2,
    call: ([table, column]) => {
      if (typeof column !== 'string') throw typeMismatch('sum', column);
      let total = 0;
      for (const row of rowsOf(table, 'sum')) {
        if (typeof row !== 'object' || row === null) throw typeMismatch('sum', row);
        total += amountOf((row as Record<string, unknown>)[column], 'sum') ?? 0;
      }
      return total;
    },
  },
  count: { minArgs: 1, maxArgs: 1, call: ([value]) => rowsOf(value, 'count').length },
  empty: { minArgs: 1, maxArgs: 1, call: ([value]) => isEmptyValue(value) },
  len: {
    minArgs: 1,
    maxArgs: 1,
    call: ([value]) => {
      if (value === null || value === undefined) return 0;
      if (typeof value === 'string') return [...value].length;
      if (Array.isArray(value)) return value.length;
      throw typeMismatch('len', value);
    },
  },
};

/** The function `name`, or a `EXPR_FUNCTION_UNKNOWN` error. @internal */
export function functionNamed(name: string): ExpressionFunction {
  const fn = Object.hasOwn(EXPRESSION_FUNCTIONS, name) ? EXPRESSION_FUNCTIONS[name] : undefined;
  if (fn === undefined) {
    throw new FormsError(expressionsMessages, 'EXPR_FUNCTION_UNKNOWN', { name, functions: Object.keys(EXPRESSION_FUNCTIONS).join(', ') });
  }
  return fn;
}
