import type { NameReadings } from './pinyin.js';

/**
 * What the search index keeps about one name (of an item or a bundle), precomputed once so a
 * query is a few `indexOf` calls on short strings. "Char" below means a code point of the name.
 * @internal
 */
export interface NameIndex {
  /** The name as given. */
  readonly name: string;
  /** The name with ASCII letters lowercased (same length, so offsets carry over). */
  readonly lower: string;
  /** Number of chars (code points). */
  readonly length: number;
  /**
   * UTF-16 offset of each char, plus the name's length at the end; `undefined` when every char is
   * one code unit (the usual case), so a char index is its own offset.
   */
  readonly offsets: Int32Array | undefined;
  /** The context-aware reading of each char (`''` for punctuation and spaces). */
  readonly primary: readonly string[];
  /** Other readings of polyphonic chars, by char index; `undefined` when the name has none. */
  readonly alternates: readonly (readonly string[] | undefined)[] | undefined;
  /** Every letter in any reading of the name, as a 26-bit mask. */
  readonly letters: number;
  /** Primary readings concatenated, e.g. `yingyezhizhao`. */
  readonly full: string;
  /** For each position of {@link NameIndex.full}, the index of the char it comes from. */
  readonly fullChar: readonly number[];
  /** First letters of the primary readings, e.g. `yyzz`. */
  readonly initials: string;
  /** For each position of {@link NameIndex.initials}, the index of the char it comes from. */
  readonly initialChar: readonly number[];
  /** Sort key: readings separated by spaces (so `a` sorts before `ai`), for browse order. */
  readonly sortKey: string;
}

/** Lowercases ASCII letters only, keeping the string's length (and so every offset). @internal */
export function asciiLower(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : text;
}

/** The ASCII lowercase letters of `text` as a 26-bit mask (bit 0 for `a`). @internal */
export function lettersOf(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i) - 97;
    if (k >= 0 && k < 26) mask |= 1 << k;
  }
  return mask;
}

/** Builds the {@link NameIndex} of `name` from its readings (one per code point). @internal */
export function buildNameIndex(name: string, readings: NameReadings): NameIndex {
  const { primary, alternates } = readings;
  const n = primary.length;
  let offsets: Int32Array | undefined;
  if (n !== name.length) {
    offsets = new Int32Array(n + 1);
    let offset = 0;
    let i = 0;
    for (const char of name) {
      offsets[i++] = offset;
      offset += char.length;
    }
    offsets[n] = name.length;
  }
  let full = '';
  let initials = '';
  let sortKey = '';
  let letters = 0;
  // Plain arrays: tens of thousands of tiny typed arrays cost more to allocate than they save.
  const fullChar: number[] = [];
  const initialChar: number[] = [];
  for (let i = 0; i < n; i++) {
    const syllable = primary[i] ?? '';
    if (syllable === '') continue;
    letters |= lettersOf(syllable);
    const others = alternates?.[i];
    if (others !== undefined) for (const other of others) letters |= lettersOf(other);
    full += syllable;
    for (let k = 0; k < syllable.length; k++) fullChar.push(i);
    initials += syllable.charAt(0);
    initialChar.push(i);
    sortKey += sortKey === '' ? syllable : ` ${syllable}`;
  }
  return {
    name,
    lower: asciiLower(name),
    length: n,
    offsets,
    primary,
    alternates,
    letters,
    full,
    fullChar,
    initials,
    initialChar,
    sortKey,
  };
}

/** UTF-16 offset of char `index` of the name (index may equal the length). @internal */
export function offsetOf(index: NameIndex, char: number): number {
  return index.offsets === undefined ? char : (index.offsets[char] ?? index.name.length);
}

/** Char index of UTF-16 offset `offset` (which must start a code point). @internal */
export function charAt(index: NameIndex, offset: number): number {
  const offsets = index.offsets;
  if (offsets === undefined) return offset;
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
