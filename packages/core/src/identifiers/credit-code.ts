import * as z from 'zod/mini';
import { SijitongError } from '../errors.js';
import type { Locale } from '../i18n/index.js';
import { checkWith } from '../i18n/zod.js';
import { creditCodeAuthorities, type CreditCodeAuthority, type CreditCodeKind } from './data/credit-code-authorities.js';
import { identifiersMessages } from '../i18n/messages/identifiers.js';

/** The parts of a valid GB 32100-2015 unified social credit code (统一社会信用代码). */
export interface UnifiedSocialCreditCodeInfo {
  /** 1st character: registering authority (登记管理部门), e.g. `9`. */
  readonly registeringAuthority: string;
  /** Label of the registering authority in the asked locale; absent for a code not in GB 32100. */
  readonly registeringAuthorityName?: string;
  /** 2nd character: organisation kind (机构类别), e.g. `1`. */
  readonly kind: string;
  /** Label of the kind in the asked locale; absent for a code not in GB 32100. */
  readonly kindName?: string;
  /** Characters 3–8: division code of the registering office (GB/T 2260), e.g. `350100`. */
  readonly divisionCode: string;
  /** Characters 9–17: organisation code (主体标识码, GB 11714), e.g. `M000100Y4`. */
  readonly organizationCode: string;
  /** 18th character: check character. */
  readonly checkCharacter: string;
}

/** Options of {@link parseUnifiedSocialCreditCode}. */
export interface ParseCreditCodeOptions {
  /** Locale of `registeringAuthorityName` and `kindName`; zh-CN by default. */
  readonly locale?: Locale;
}

/** The 31 characters of GB 32100 in value order: digits, then capitals without I, O, Z, S, V. @internal */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights 3^i mod 31 over the first 17 characters. */
const WEIGHTS = /* @__PURE__ */ Uint8Array.of(1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28);
const NOT_IN_ALPHABET = 255;
/** Character value by char code (0–127); {@link NOT_IN_ALPHABET} for characters outside the alphabet. */
const VALUES = /* @__PURE__ */ buildValues();

function buildValues(): Uint8Array {
  const values = new Uint8Array(128).fill(NOT_IN_ALPHABET);
  for (let i = 0; i < CREDIT_CODE_ALPHABET.length; i++) values[CREDIT_CODE_ALPHABET.charCodeAt(i)] = i;
  return values;
}

function valueOf(charCode: number): number {
  return charCode < 128 ? (VALUES[charCode] ?? NOT_IN_ALPHABET) : NOT_IN_ALPHABET;
}

/** Index of the check character for the first 17 characters, or −1 when one is outside the alphabet. */
function checkIndex(value: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = valueOf(value.charCodeAt(i));
    if (v === NOT_IN_ALPHABET) return -1;
    sum += v * (WEIGHTS[i] ?? 0);
  }
  return (31 - (sum % 31)) % 31;
}

/**
 * Computes the check character for the first 17 characters of a credit code, or `undefined` when
 * `body` is not 17 characters of the GB 32100 alphabet. Handy for building test fixtures.
 * @example unifiedSocialCreditCodeCheckCharacter('91350100M000100Y4') // '3'
 */
export function unifiedSocialCreditCodeCheckCharacter(body: string): string | undefined {
  if (typeof body !== 'string' || body.length !== 17) return undefined;
  const index = checkIndex(body);
  return index < 0 ? undefined : CREDIT_CODE_ALPHABET.charAt(index);
}

/**
 * True when `value` is a valid 18-character unified social credit code (GB 32100-2015): every
 * character from `0-9A-Y` without I, O, Z, S, V (upper case only) and a correct MOD 31 check
 * character. The authority, kind and division are not looked up. Allocation-free.
 * @example isUnifiedSocialCreditCode('91350100M000100Y43') // true
 */
export function isUnifiedSocialCreditCode(value: string): boolean {
  if (typeof value !== 'string' || value.length !== 18) return false;
  const index = checkIndex(value);
  return index >= 0 && value.charCodeAt(17) === CREDIT_CODE_ALPHABET.charCodeAt(index);
}

/**
 * Tidies typed input for {@link isUnifiedSocialCreditCode}: trims, folds full-width characters
 * to ASCII (NFKC) and upper-cases. Does not validate.
 */
export function normalizeUnifiedSocialCreditCode(value: string): string {
  return String(value).normalize('NFKC').trim().toUpperCase();
}

/** The GB 32100 registering authority with character `code` (e.g. `'9'`), if the standard lists it. */
export function creditCodeAuthority(code: string): CreditCodeAuthority | undefined {
  return creditCodeAuthorities.find((authority) => authority.code === code);
}

/** The GB 32100 organisation kind `kind` under registering authority `authority`, if listed. */
export function creditCodeKind(authority: string, kind: string): CreditCodeKind | undefined {
  return creditCodeAuthority(authority)?.kinds.find((k) => k.code === kind);
}

/**
 * Parses a unified social credit code into its parts, with the authority's and kind's labels.
 * An authority or kind missing from GB 32100's table is accepted (names are then absent): new
 * authorities have been added to the standard since 2015.
 *
 * @example parseUnifiedSocialCreditCode('91350100M000100Y43').kindName // '企业'
 * @throws {@link SijitongError} `CREDIT_CODE_LENGTH` {length}, `CREDIT_CODE_CHARACTERS`
 * {characters} (the offending characters, comma-separated) or `CREDIT_CODE_CHECKSUM` {expected, actual}.
 */
export function parseUnifiedSocialCreditCode(
  value: string,
  options: ParseCreditCodeOptions = {},
): UnifiedSocialCreditCodeInfo {
  const text = typeof value === 'string' ? value : String(value);
  if (text.length !== 18) throw new SijitongError(identifiersMessages, 'CREDIT_CODE_LENGTH', { length: text.length });
  const bad: string[] = [];
  for (const character of text) {
    if (valueOf(character.charCodeAt(0)) === NOT_IN_ALPHABET) {
      if (!bad.includes(character)) bad.push(character);
    }
  }
  if (bad.length > 0) throw new SijitongError(identifiersMessages, 'CREDIT_CODE_CHARACTERS', { characters: bad.join(', ') });
  const expected = CREDIT_CODE_ALPHABET.charAt(checkIndex(text));
  const actual = text.charAt(17);
  if (expected !== actual) throw new SijitongError(identifiersMessages, 'CREDIT_CODE_CHECKSUM', { expected, actual });

  const locale = options.locale ?? 'zh-CN';
  const registeringAuthority = text.charAt(0);
  const kind = text.charAt(1);
  const authority = creditCodeAuthority(registeringAuthority);
  const kindEntry = authority?.kinds.find((k) => k.code === kind);
  return {
    registeringAuthority,
    ...(authority === undefined ? {} : { registeringAuthorityName: authority.label[locale] }),
    kind,
    ...(kindEntry === undefined ? {} : { kindName: kindEntry.label[locale] }),
    divisionCode: text.slice(2, 8),
    organizationCode: text.slice(8, 17),
    checkCharacter: actual,
  };
}

/**
 * zod/mini schema of a unified social credit code; issues carry the codes of
 * {@link parseUnifiedSocialCreditCode}. It validates, it does not normalise.
 */
export const unifiedSocialCreditCodeSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ checkWith<string>((value) => parseUnifiedSocialCreditCode(value)));
