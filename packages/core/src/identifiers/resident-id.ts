import * as z from 'zod/mini';
import { daysInMonth, isCivilDate, type CivilDate } from '../dates/civil-date.js';
import { isProvincePrefixNumber } from '../divisions/provinces.js';
import { SijitongError } from '../errors.js';
import { checkWith } from '../i18n/zod.js';
import { identifiersMessages } from '../i18n/messages/identifiers.js';

/** Sex recorded in a resident ID number: the sequence's last digit is odd for men, even for women. */
export type ResidentIdSex = 'male' | 'female';

/** The facts a valid GB 11643-1999 resident ID number carries. */
export interface ResidentIdInfo {
  /** Six-digit address code (the division where the number was first issued), e.g. `110105`. */
  readonly divisionCode: string;
  /** Birth date as `YYYY-MM-DD`. */
  readonly birthDate: CivilDate;
  /** Sex, from the parity of the sequence. */
  readonly sex: ResidentIdSex;
  /** Three-digit sequence (顺序码), e.g. `002`. */
  readonly sequence: string;
  /** Check character: a digit or `X`. */
  readonly checkCharacter: string;
}

/** ISO 7064 MOD 11-2 weights of GB 11643-1999 (2^(17−i) mod 11). */
const WEIGHTS = /* @__PURE__ */ Uint8Array.of(7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2);
/** Check character for each value of Σ mod 11. */
const CHECK_CHARACTERS = '10X98765432';
/** Earliest birth year accepted; keeps validation deterministic (no clock). */
const MIN_BIRTH_YEAR = 1900;

/** Σ(digit × weight) mod 11 over the first 17 characters, or −1 when one is not a digit. */
function checksumIndex(value: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    sum += digit * (WEIGHTS[i] ?? 0);
  }
  return sum % 11;
}

/** Number made of the ASCII digits at `from`…`from + count − 1` (caller has checked they are digits). */
function digitsAt(value: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) n = n * 10 + value.charCodeAt(i) - 48;
  return n;
}

/**
 * Computes the check character for the first 17 characters of a resident ID number, or returns
 * `undefined` when `body` is not 17 digits. Handy for building test fixtures.
 * @example residentIdCheckCharacter('11010519491231002') // 'X'
 */
export function residentIdCheckCharacter(body: string): string | undefined {
  if (typeof body !== 'string' || body.length !== 17) return undefined;
  const index = checksumIndex(body);
  return index < 0 ? undefined : CHECK_CHARACTERS.charAt(index);
}

/**
 * True when `value` is a valid 18-character resident ID number (居民身份证号码, GB 11643-1999):
 * a province-level address code (the county itself is not looked up), a real birth date from
 * 1900 on, a sequence and a correct MOD 11-2 check character. The check character must be an
 * upper-case `X`: run input through {@link normalizeResidentIdNumber} first.
 *
 * Deterministic (never reads the clock) and allocation-free: tens of millions of calls a second.
 * @example isResidentIdNumber('11010519491231002X') // true
 */
export function isResidentIdNumber(value: string): boolean {
  if (typeof value !== 'string' || value.length !== 18) return false;
  const index = checksumIndex(value);
  if (index < 0 || value.charCodeAt(17) !== CHECK_CHARACTERS.charCodeAt(index)) return false;
  if (!isProvincePrefixNumber(digitsAt(value, 0, 2))) return false;
  const year = digitsAt(value, 6, 4);
  const month = digitsAt(value, 10, 2);
  const day = digitsAt(value, 12, 2);
  return year >= MIN_BIRTH_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Tidies typed input for {@link isResidentIdNumber}: trims, folds full-width characters to ASCII
 * (NFKC, so `１１０…Ｘ` becomes `110…X`) and upper-cases a trailing `x`. Does not validate.
 * @example normalizeResidentIdNumber(' 11010519491231002x ') // '11010519491231002X'
 */
export function normalizeResidentIdNumber(value: string): string {
  return String(value).normalize('NFKC').trim().toUpperCase();
}

/**
 * Parses a resident ID number into its parts, saying exactly what is wrong when it is invalid.
 * Checks run in this order: length, characters, address code, birth date, check character.
 *
 * @example parseResidentIdNumber('11010519491231002X').birthDate // '1949-12-31'
 * @throws {@link SijitongError} `RESIDENT_ID_LENGTH` {length}, `RESIDENT_ID_CHARACTERS` {position},
 * `RESIDENT_ID_DIVISION` {division}, `RESIDENT_ID_BIRTH_DATE` {date} or `RESIDENT_ID_CHECKSUM`
 * {expected, actual}.
 */
export function parseResidentIdNumber(value: string): ResidentIdInfo {
  const text = typeof value === 'string' ? value : String(value);
  if (text.length !== 18) throw new SijitongError(identifiersMessages, 'RESIDENT_ID_LENGTH', { length: text.length });
  for (let i = 0; i < 18; i++) {
    const code = text.charCodeAt(i);
    const isDigit = code >= 48 && code <= 57;
    if (!isDigit && !(i === 17 && code === 88 /* X */)) {
      throw new SijitongError(identifiersMessages, 'RESIDENT_ID_CHARACTERS', { position: i + 1 });
    }
  }
  const divisionCode = text.slice(0, 6);
  if (!isProvincePrefixNumber(digitsAt(text, 0, 2))) {
    throw new SijitongError(identifiersMessages, 'RESIDENT_ID_DIVISION', { division: divisionCode });
  }
  const birthDate = `${text.slice(6, 10)}-${text.slice(10, 12)}-${text.slice(12, 14)}`;
  if (digitsAt(text, 6, 4) < MIN_BIRTH_YEAR || !isCivilDate(birthDate)) {
    throw new SijitongError(identifiersMessages, 'RESIDENT_ID_BIRTH_DATE', { date: birthDate });
  }
  const expected = CHECK_CHARACTERS.charAt(checksumIndex(text));
  const actual = text.charAt(17);
  if (expected !== actual) throw new SijitongError(identifiersMessages, 'RESIDENT_ID_CHECKSUM', { expected, actual });
  const sequence = text.slice(14, 17);
  return {
    divisionCode,
    birthDate,
    sex: (text.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female',
    sequence,
    checkCharacter: actual,
  };
}

/**
 * zod/mini schema of a resident ID number; issues carry the codes of
 * {@link parseResidentIdNumber}. It validates, it does not normalise.
 */
export const residentIdNumberSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ checkWith<string>(parseResidentIdNumber));
