import * as z from 'zod/mini';
import { SijitongError } from '../errors.js';
import { checkWith } from '../i18n/zod.js';
import { identifiersMessages } from '../i18n/messages/identifiers.js';

/**
 * True when `value` is a mainland China mobile number: exactly 11 ASCII digits starting with
 * `13`–`19`, with no spaces, dashes or `+86`. Allocation-free.
 * @example isMobileNumber('13812345678') // true
 */
export function isMobileNumber(value: string): boolean {
  if (typeof value !== 'string' || value.length !== 11 || value.charCodeAt(0) !== 49 /* 1 */) return false;
  const second = value.charCodeAt(1);
  if (second < 51 /* 3 */ || second > 57 /* 9 */) return false;
  for (let i = 2; i < 11; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * Checks a mobile number.
 * @throws {@link SijitongError} `MOBILE_NUMBER_INVALID` when {@link isMobileNumber} says no.
 */
export function assertMobileNumber(value: string): void {
  if (!isMobileNumber(value)) throw new SijitongError(identifiersMessages, 'MOBILE_NUMBER_INVALID');
}

/** zod/mini schema of a mainland China mobile number; the issue code is `MOBILE_NUMBER_INVALID`. */
export const mobileNumberSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ checkWith<string>(assertMobileNumber));
