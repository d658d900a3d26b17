/**
 * Masking for display, the way government sites show personal data on screen and in receipts.
 * Every function works on Unicode code points (so names with rare, astral-plane characters stay
 * whole), keeps the length of the value, and never throws: odd input is masked as it is.
 */

/** Options of the identifier masks. */
export interface MaskOptions {
  /** Characters to keep at the start. */
  readonly keepStart?: number;
  /** Characters to keep at the end. */
  readonly keepEnd?: number;
  /** Character shown for each hidden one; `*` by default. */
  readonly maskChar?: string;
}

function count(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

/**
 * Replaces the middle of `value` with `maskChar`, keeping `keepStart` characters at the start and
 * `keepEnd` at the end. At least one character is always hidden: when the value is too short to
 * keep both ends, the end is kept shorter first, then the start.
 *
 * @example maskMiddle('13812345678', 3, 4) // '138****5678'
 * @example maskMiddle('ab', 1, 1) // 'a*'
 */
export function maskMiddle(value: string, keepStart: number, keepEnd: number, maskChar = '*'): string {
  const chars = Array.from(asText(value));
  const n = chars.length;
  if (n === 0) return '';
  const start = Math.min(count(keepStart), n - 1);
  const end = Math.min(count(keepEnd), n - 1 - start);
  return chars.slice(0, start).join('') + String(maskChar).repeat(n - start - end) + chars.slice(n - end).join('');
}

/**
 * Masks a resident ID number, keeping the 6-digit address code and the last 4 characters
 * (sequence and check character) and hiding the birth date: `110105********002X`. This is the
 * common style of Chinese government sites; pass `keepStart`/`keepEnd` for stricter ones
 * (e.g. `{ keepStart: 1, keepEnd: 1 }` gives `1****************X`).
 * @example maskResidentIdNumber('11010519491231002X') // '110105********002X'
 */
export function maskResidentIdNumber(value: string, options: MaskOptions = {}): string {
  return maskMiddle(value, options.keepStart ?? 6, options.keepEnd ?? 4, options.maskChar);
}

/**
 * Masks a unified social credit code, keeping the first 4 characters (registering authority,
 * kind and province) and the last 2: `9135************43`. Credit codes are public in the
 * national enterprise credit system, so a light mask is enough to avoid copying on screen.
 * @example maskUnifiedSocialCreditCode('91350100M000100Y43') // '9135************43'
 */
export function maskUnifiedSocialCreditCode(value: string, options: MaskOptions = {}): string {
  return maskMiddle(value, options.keepStart ?? 4, options.keepEnd ?? 2, options.maskChar);
}

/**
 * Masks a mobile number, keeping the first 3 and last 4 digits: `138****5678`.
 * @example maskMobileNumber('13812345678') // '138****5678'
 */
export function maskMobileNumber(value: string, options: MaskOptions = {}): string {
  return maskMiddle(value, options.keepStart ?? 3, options.keepEnd ?? 4, options.maskChar);
}

/**
 * Masks a personal name: one character stays as it is, two keep the first (`张三` → `张*`), three
 * or more keep the first and last (`张小三` → `张*三`, `欧阳小明` → `欧**明`).
 * Only `maskChar` of the options is used.
 * @example maskName('欧阳小明') // '欧**明'
 */
export function maskName(value: string, options: Pick<MaskOptions, 'maskChar'> = {}): string {
  const text = asText(value);
  if (Array.from(text).length <= 1) return text;
  return maskMiddle(text, 1, 1, options.maskChar);
}
