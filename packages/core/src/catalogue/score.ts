import { CODE_SEPARATOR, partAt, SEPARATOR, type Corpus, type Joined } from './corpus.js';
import type { CatalogMatchField, Entry } from './entry.js';
import type { EntryPredicate } from './filters.js';
import { asciiLower, offsetOf } from './name-index.js';
import { HAN, type ParsedQuery } from './query.js';
import { matchTerm, RANK, termScratch, type TermHits } from './term-match.js';

/**
 * A matched range, for highlighting: `[start, end)` in UTF-16 code units of the field's original
 * string, so `value.slice(start, end)` is the matched text.
 */
export interface CatalogMatch {
  /** The field matched; `name` is the item's or bundle's name. */
  readonly field: CatalogMatchField;
  /**
   * For list fields (topics, results, materials) the index of the matched value; for `code`, 0 is
   * the implementation code, 1 the basic code, 2 the native code (a bundle's id is 0).
   */
  readonly index?: number;
  /** First code unit of the match. */
  readonly start: number;
  /** One past the last code unit. */
  readonly end: number;
}

/** What the ranking needs besides the query: entries in browse order and their lookups. @internal */
export interface SearchIndex {
  /** Entries in browse order. */
  readonly entries: readonly Entry[];
  /** Joined strings of the entries. */
  readonly corpus: Corpus;
  /** Scratch space reused by every query (one slot per term), grown on demand. */
  readonly scratch: TermHits[];
}

/** Entries matching a query and filters, best first (ties in browse order). @internal */
export interface Ranking {
  /** Entry indexes, best first. */
  readonly order: Int32Array;
  /** Score of each, in the same order. */
  readonly scores: Int32Array;
  /** The matched ranges of the result at position `k` of {@link Ranking.order}. */
  matchesAt(k: number): readonly CatalogMatch[];
}

/** Above every score, for sort keys. */
const MAX_SCORE = 2048;

/** Most terms of a query that are matched; further terms are ignored. */
const MAX_TERMS = 8;

const WHOLE_NAME = -1;
const WHOLE_CODE = -2;
const NONE: readonly CatalogMatch[] = [];

/** Bonus (< 50) for covering more of the name and starting it. */
function bonus(covered: number, starts: boolean, length: number): number {
  const n = Math.max(1, length);
  return Math.round((29 * Math.min(covered, n)) / n) + (starts ? 20 : 0);
}

function mergedNameMatches(entry: Entry, ranges: [number, number][]): CatalogMatch[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [from, to] of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && from < last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged.map(([from, to]) => ({ field: 'name', start: offsetOf(entry.name, from), end: offsetOf(entry.name, to) }));
}

/**
 * Calls `found(e, -1)` for each entry whose whole name is `text`, and `found(e, k)` for each
 * whose code `k` is `text` (any case), by scanning the joined names and codes.
 */
function wholeMatches(index: SearchIndex, text: string, found: (e: number, code: number) => void): void {
  const { names, codes } = index.corpus;
  const bounded = (joined: Joined, p: number, separators: string) => {
    const before = p === 0 ? SEPARATOR : joined.text.charAt(p - 1);
    const after = joined.text.charAt(p + text.length);
    return separators.includes(before) && (after === '' || separators.includes(after));
  };
  for (let p = names.text.indexOf(text); p >= 0; p = names.text.indexOf(text, p + 1)) {
    if (bounded(names, p, SEPARATOR)) found(partAt(names, p), -1);
  }
  if (HAN.test(text)) return;
  const lower = asciiLower(text);
  for (let p = codes.text.indexOf(lower); p >= 0; p = codes.text.indexOf(lower, p + 1)) {
    if (!bounded(codes, p, SEPARATOR + CODE_SEPARATOR)) continue;
    const e = partAt(codes, p);
    let code = 0;
    for (let k = codes.starts[e] ?? 0; k < p; k++) if (codes.text.charAt(k) === CODE_SEPARATOR) code++;
    found(e, code);
  }
}

/**
 * Ranks the entries for `query`: an entry matches one of the query's term lists when every term
 * matches (in the name or another field); the weakest term sets the base score, name coverage
 * adds a bonus. The whole query equal to a name or a code is an exact match. An empty query
 * browses: every accepted entry, score 0, in browse order.
 * @internal
 */
export function rankQuery(index: SearchIndex, query: ParsedQuery, accepts: EntryPredicate): Ranking {
  const { entries } = index;
  const n = entries.length;
  if (query.alternatives.length === 0) {
    const all: number[] = [];
    for (let e = 0; e < n; e++) if (accepts(entries[e] as Entry)) all.push(e);
    return { order: Int32Array.from(all), scores: new Int32Array(all.length), matchesAt: () => NONE };
  }
  const score = new Map<number, number>();
  const source = new Map<number, number>();
  const codeIndex = new Map<number, number>();
  const alternatives = query.alternatives.map((terms) => terms.slice(0, MAX_TERMS));
  // Per alternative: where each scored entry's ranges are in `packed` (from, to per term), and
  // the other-field matches per term. The scratch arrays are reused by the next alternative.
  const rows: Map<number, number>[] = [];
  const packed: number[][] = [];
  const otherMatches: ReadonlyMap<number, CatalogMatch>[][] = [];
  alternatives.forEach((terms, a) => {
    const termHits = terms.map((term, t) => matchTerm(index.corpus, entries, term, (index.scratch[t] ??= termScratch(n))));
    const rowOf = new Map<number, number>();
    const flat: number[] = [];
    rows.push(rowOf);
    packed.push(flat);
    otherMatches.push(termHits.map((hits) => hits.other));
    const fewest = termHits.reduce((best, hits) => (hits.hits.length < best.hits.length ? hits : best));
    for (const e of fewest.hits) {
      let base = Number.POSITIVE_INFINITY;
      let covered = 0;
      let starts = false;
      for (const hits of termHits) {
        const rank = hits.rank[e] ?? 0;
        if (rank === 0) {
          base = 0;
          break;
        }
        base = Math.min(base, rank);
        if (!hits.other.has(e)) {
          const from = hits.from[e] ?? 0;
          covered += (hits.to[e] ?? 0) - from;
          if (from === 0) starts = true;
        }
      }
      if (base === 0) continue;
      if (terms.length > 1 && base === RANK.exact) base = RANK.prefix; // several terms are never the exact name
      const total = base + bonus(covered, starts, (entries[e] as Entry).name.length);
      if (total <= (score.get(e) ?? 0)) continue;
      score.set(e, total);
      source.set(e, a);
      rowOf.set(e, flat.length);
      for (const hits of termHits) flat.push(hits.from[e] ?? 0, hits.to[e] ?? 0);
    }
  });
  wholeMatches(index, query.compact, (e, code) => {
    if (code < 0) {
      score.set(e, RANK.exact + 49);
      source.set(e, WHOLE_NAME);
    } else if (RANK.exact > (score.get(e) ?? 0)) {
      score.set(e, RANK.exact);
      source.set(e, WHOLE_CODE);
      codeIndex.set(e, code);
    }
  });

  // Best score first, ties in browse order (entry index): one numeric key each, sorted natively.
  const keys: number[] = [];
  for (const [e, s] of score) if (accepts(entries[e] as Entry)) keys.push((MAX_SCORE - s) * n + e);
  const sorted = Float64Array.from(keys).sort();
  const order = Int32Array.from(sorted, (key) => key % n);
  const scores = Int32Array.from(sorted, (key) => MAX_SCORE - Math.floor(key / n));
  const matchesAt = (k: number): readonly CatalogMatch[] => {
    const e = order[k] ?? 0;
    const from = source.get(e) ?? 0;
    const entry = entries[e] as Entry;
    if (from === WHOLE_NAME) return [{ field: 'name', start: 0, end: entry.name.name.length }];
    if (from === WHOLE_CODE) {
      const code = codeIndex.get(e) ?? 0;
      return [{ field: 'code', index: code, start: 0, end: (entry.codes[code] ?? '').length }];
    }
    const row = rows[from]?.get(e) ?? 0;
    const flat = packed[from] ?? [];
    const nameRanges: [number, number][] = [];
    const others: CatalogMatch[] = [];
    (otherMatches[from] ?? []).forEach((matches, t) => {
      const other = matches.get(e);
      if (other !== undefined) others.push(other);
      else nameRanges.push([flat[row + 2 * t] ?? 0, flat[row + 2 * t + 1] ?? 0]);
    });
    return [...mergedNameMatches(entry, nameRanges), ...others];
  };
  return { order, scores, matchesAt };
}
