import type { NameIndex } from './name-index.js';

/**
 * The general pinyin walk for mixed input (`yyzhizhao`, `营业zz`, `zhzh`, other readings of
 * polyphones): from char `start`, each char of the name is matched by itself, by a whole reading
 * (primary or another reading of a polyphone), or by a prefix of a reading (an initial such as
 * `z` or `zh`); chars without a reading (punctuation) may be skipped inside a match; the term may
 * end inside a reading. Strong choices are tried first, so the first success is the best.
 *
 * Returns `-1` when there is no match from `start`, else `(end << 1) | weak`, where `end` is one
 * past the last matched char and `weak` is 1 when some char was matched by a partial reading.
 * Allocates nothing; gives up (no match) after a budget of steps.
 * @internal
 */
export function walk(index: NameIndex, text: string, start: number): number {
  budget = WALK_BUDGET;
  return step(index, text, start, 0, 0);
}

/**
 * Most steps one walk may take. Real names and queries need a few dozen; the budget only stops a
 * pathological name and query (many polyphones, a long ambiguous query) from going exponential.
 */
const WALK_BUDGET = 5000;
let budget = WALK_BUDGET;

function commonPrefix(reading: string, text: string, j: number): number {
  const max = Math.min(reading.length, text.length - j);
  let k = 0;
  while (k < max && reading.charCodeAt(k) === text.charCodeAt(j + k)) k++;
  return k;
}

function tryReading(index: NameIndex, text: string, reading: string, i: number, j: number, weak: number): number {
  const common = commonPrefix(reading, text, j);
  if (common === 0) return -1;
  if (common === reading.length) {
    const found = step(index, text, i + 1, j + common, weak);
    if (found >= 0) return found;
  } else if (common === text.length - j) {
    return ((i + 1) << 1) | weak; // the term ends inside this reading
  }
  for (let k = Math.min(common, reading.length - 1); k >= 1; k--) {
    const found = step(index, text, i + 1, j + k, 1);
    if (found >= 0) return found;
  }
  return -1;
}

function step(index: NameIndex, text: string, i: number, j: number, weak: number): number {
  if (j === text.length) return (i << 1) | weak;
  if (i === index.length || --budget < 0) return -1;
  const { offsets, lower } = index;
  if (offsets === undefined) {
    if (lower.charCodeAt(i) === text.charCodeAt(j)) {
      const found = step(index, text, i + 1, j + 1, weak);
      if (found >= 0) return found;
    }
  } else {
    const from = offsets[i] ?? 0;
    const to = offsets[i + 1] ?? from;
    if (text.startsWith(lower.slice(from, to), j)) {
      const found = step(index, text, i + 1, j + to - from, weak);
      if (found >= 0) return found;
    }
  }
  const primary = index.primary[i] ?? '';
  if (primary === '') return j > 0 ? step(index, text, i + 1, j, weak) : -1;
  const found = tryReading(index, text, primary, i, j, weak);
  if (found >= 0) return found;
  const others = index.alternates?.[i];
  if (others !== undefined) {
    for (const reading of others) {
      const other = tryReading(index, text, reading, i, j, weak);
      if (other >= 0) return other;
    }
  }
  return -1;
}

/** The walk from every char of the name; the first match, as `[from, end, weak]`. @internal */
export function walkAnywhere(index: NameIndex, text: string): readonly [number, number, number] | undefined {
  for (let i = 0; i < index.length; i++) {
    const found = walk(index, text, i);
    if (found >= 0) return [i, found >> 1, found & 1];
  }
  return undefined;
}
