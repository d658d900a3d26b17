import { CODE_SEPARATOR, partAt, type Corpus, type Joined } from './corpus.js';
import { gramSlot, rarestGram } from './grams.js';
import { FIELD_RANK, OTHER_FIELDS, type Entry } from './entry.js';
import { typoWindow, withinOneEdit } from './fuzzy.js';
import { charAt } from './name-index.js';
import type { QueryTerm } from './query.js';
import type { CatalogMatch } from './score.js';
import { walk, walkAnywhere } from './walk.js';

/**
 * Base scores of the ways a term can match a name, best first. A match adds a bonus below 50 for
 * how much of the name it covers and whether it starts the name, so bases never overlap; every
 * name match beats every match in another field (see `FIELD_RANK`).
 * @internal
 */
export const RANK = {
  /** The query is the whole name (or a whole item code). */
  exact: 1000,
  /** The name starts with the term. */
  prefix: 900,
  /** The name contains the term. */
  substring: 800,
  /** Full pinyin (`yingyezhizhao`), or Chinese and full pinyin mixed. */
  pinyin: 700,
  /** Full pinyin and initials mixed (`yingyezz`, `营业zz`). */
  mixed: 650,
  /** Pinyin initials (`yyzz`). */
  initials: 600,
  /** One typo (a Chinese character or one pinyin letter). */
  typo: 400,
} as const;

/** Shortest Chinese term (in characters) and pinyin term (in letters) that may carry a typo. */
const TYPO_MIN_LENGTH = { literal: 3, latin: 5 } as const;

/**
 * Typos are looked for only when a term matches fewer names than this without one: a term that
 * is found plenty as typed is not a typo, and one-edit neighbours of it would only be noise.
 */
const TYPO_WHEN_FEWER_THAN = 50;

/** Longest pinyin syllable (`zhuang`): how far the second char's initial can be in a term. */
const LONGEST_SYLLABLE = 6;

/** What the start of a pinyin syllable can look like: an initial, vowels, a final n, ng or r. */
const SYLLABLE_PREFIX = /^(?:[zcs]h?|[bpmfdtnlgkhjqxryw])?(?:[aeiouv]+(?:ng?|r)?)?$/;

function vowelCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if ('aeiouv'.includes(text.charAt(i))) count++;
  return count;
}

/**
 * Where one term matched, per entry (indexes are browse order). The dense arrays are scratch
 * space owned by the catalogue and reused by the next query: read them before that.
 * @internal
 */
export interface TermHits {
  /** Entries matched, in the order found. */
  readonly hits: number[];
  /** Best base score per entry; 0 when none. */
  readonly rank: Int32Array;
  /** First matched name char, for name matches. */
  readonly from: Int32Array;
  /** One past the last matched name char. */
  readonly to: Int32Array;
  /** Matches in other fields (entries without a name match). */
  other: Map<number, CatalogMatch>;
}

/** Empty {@link TermHits} for a catalogue of `size` entries. @internal */
export function termScratch(size: number): TermHits {
  return { hits: [], rank: new Int32Array(size), from: new Int32Array(size), to: new Int32Array(size), other: new Map() };
}

type Set3 = (e: number, rank: number, from: number, to: number) => void;

/** Calls `visit` for each occurrence of `needle`; `visit` returns where to search next. */
function scan(joined: Joined, needle: string, visit: (e: number, local: number, p: number) => number): void {
  const { text, starts } = joined;
  for (let p = text.indexOf(needle); p >= 0; ) {
    const e = partAt(joined, p);
    const next = visit(e, p - (starts[e] ?? 0), p);
    p = next < text.length ? text.indexOf(needle, next) : -1;
  }
}

function literalNames(corpus: Corpus, entries: readonly Entry[], text: string, set: Set3): void {
  const { starts } = corpus.names;
  scan(corpus.names, text, (e, local) => {
    const name = (entries[e] as Entry).name;
    const end = local + text.length;
    const rank = local > 0 ? RANK.substring : end === name.lower.length ? RANK.exact : RANK.prefix;
    set(e, rank, charAt(name, local), charAt(name, end));
    return starts[e + 1] ?? Infinity; // the first occurrence is the best: go to the next entry
  });
}

/**
 * Calls `visit(e, local)` for each occurrence of `needle` in the entries' full pinyin (or, with
 * `initials`, their initials), entry by entry; `visit` returns true to look further in the same
 * entry. Long needles go through the gram indexes, short ones scan the joined string.
 */
function eachOccurrence(
  corpus: Corpus,
  entries: readonly Entry[],
  needle: string,
  initials: boolean,
  visit: (e: number, local: number) => boolean,
): void {
  const grams = initials ? corpus.initialPairs : corpus.fullTrigrams;
  const gram = rarestGram(grams, needle);
  if (gram === undefined) {
    const joined = initials ? corpus.initials : corpus.fulls;
    scan(joined, needle, (e, local, p) => (visit(e, local) ? p + 1 : (joined.starts[e + 1] ?? Infinity)));
    return;
  }
  const [slot, offset] = gram;
  const { postings, slotStart, stride } = grams;
  let skip = -1;
  for (let k = slotStart[slot] ?? 0; k < (slotStart[slot + 1] ?? 0); k += stride) {
    const e = postings[k] ?? 0;
    if (e === skip) continue;
    const name = (entries[e] as Entry).name;
    if (stride === 2) {
      const local = (postings[k + 1] ?? 0) - offset;
      if (local >= 0 && name.initials.startsWith(needle, local) && !visit(e, local)) skip = e;
    } else {
      for (let p = name.full.indexOf(needle); p >= 0; p = name.full.indexOf(needle, p + 1)) if (!visit(e, p)) break;
    }
  }
}

function latinName(corpus: Corpus, entries: readonly Entry[], term: QueryTerm, hits: TermHits, set: Set3): void {
  const { text } = term;
  eachOccurrence(corpus, entries, text, false, (e, local) => {
    if (hits.rank[e] !== 0) return false;
    const { fullChar } = (entries[e] as Entry).name;
    if (local > 0 && fullChar[local - 1] === fullChar[local]) return true; // not on a syllable: look further
    set(e, RANK.pinyin, fullChar[local] ?? 0, (fullChar[local + text.length - 1] ?? 0) + 1);
    return false;
  });
  eachOccurrence(corpus, entries, text, true, (e, local) => {
    const { initialChar } = (entries[e] as Entry).name;
    set(e, RANK.initials, initialChar[local] ?? 0, (initialChar[local + text.length - 1] ?? 0) + 1);
    return false;
  });
  if (text.length < 2) return;
  // The walk: the first two chars of any match have initials text[0] and text[L], L ≤ 6.
  const tryWalk = (e: number, char: number) => {
    if ((hits.rank[e] ?? 0) >= RANK.initials) return; // initials or better: the walk adds nothing
    const name = (entries[e] as Entry).name;
    if ((term.letters & ~name.letters) !== 0) return;
    const found = walk(name, text, char);
    if (found >= 0) set(e, (found & 1) === 1 ? RANK.mixed : RANK.pinyin, char, found >> 1);
  };
  const pairs = new Set<string>();
  for (let l = 1; l <= LONGEST_SYLLABLE && l < text.length; l++) {
    if (SYLLABLE_PREFIX.test(text.slice(0, l))) pairs.add(text.charAt(0) + text.charAt(l));
  }
  const { postings, slotStart } = corpus.initialPairs;
  for (const pair of pairs) {
    const slot = gramSlot(pair, 0, 2);
    if (slot >= 0) {
      for (let k = slotStart[slot] ?? 0; k < (slotStart[slot + 1] ?? 0); k += 2) {
        const e = postings[k] ?? 0;
        tryWalk(e, (entries[e] as Entry).name.initialChar[postings[k + 1] ?? 0] ?? 0);
      }
    }
    const extra = corpus.alternatePairs.get(pair);
    if (extra !== undefined) for (let k = 0; k < extra.length; k += 2) tryWalk(extra[k] ?? 0, extra[k + 1] ?? 0);
  }
  // Initials (`zsybx`) have no vowels: a typo search in full pinyin would only find noise.
  if (text.length >= TYPO_MIN_LENGTH.latin && hits.hits.length < TYPO_WHEN_FEWER_THAN && vowelCount(text) * 4 >= text.length) {
    latinTypos(corpus, entries, text, hits, set);
  }
}

function latinTypos(corpus: Corpus, entries: readonly Entry[], text: string, hits: TermHits, set: Set3): void {
  const m = text.length;
  const half = m >> 1;
  const right = text.slice(half);
  const check = (e: number, from: number, to: number): boolean => {
    const { full, fullChar } = (entries[e] as Entry).name;
    if (from < 0 || to > full.length || !withinOneEdit(full.slice(from, to), text)) return false;
    set(e, RANK.typo, fullChar[from] ?? 0, (fullChar[to - 1] ?? 0) + 1);
    return true;
  };
  // One edit leaves one half of the term intact: look where either half occurs.
  eachOccurrence(corpus, entries, text.slice(0, half), false, (e, local) => {
    if (hits.rank[e] !== 0) return false;
    return !(check(e, local, local + m) || check(e, local, local + m - 1) || check(e, local, local + m + 1));
  });
  eachOccurrence(corpus, entries, right, false, (e, local) => {
    if (hits.rank[e] !== 0) return false;
    const end = local + right.length;
    return !(check(e, end - m, end) || check(e, end - m + 1, end) || check(e, end - m - 1, end));
  });
}

function mixedName(corpus: Corpus, entries: readonly Entry[], term: QueryTerm, set: Set3): void {
  const han = /[^a-z0-9]+/.exec(term.text)?.[0] ?? term.text;
  scan(corpus.names, han, (e) => {
    const found = walkAnywhere((entries[e] as Entry).name, term.text);
    if (found !== undefined) set(e, found[2] === 1 ? RANK.mixed : RANK.pinyin, found[0], found[1]);
    return corpus.names.starts[e + 1] ?? Infinity;
  });
}

function chineseTypos(corpus: Corpus, entries: readonly Entry[], text: string, hits: TermHits, set: Set3): void {
  const record = (e: number, at: number, length: number) => {
    const name = (entries[e] as Entry).name;
    set(e, RANK.typo, charAt(name, at), charAt(name, at + length));
  };
  scan(corpus.names, text.charAt(0), (e, local, p) => {
    if (hits.rank[e] === 0) {
      const length = typoWindow((entries[e] as Entry).name.lower, local, text);
      if (length > 0) record(e, local, length);
    }
    return p + 1;
  });
  // The first char substituted: the rest occurs right after some other char.
  scan(corpus.names, text.slice(1), (e, local, p) => {
    if (hits.rank[e] === 0 && local > 0) record(e, local - 1, text.length);
    return p + 1;
  });
}

function otherFields(corpus: Corpus, entries: readonly Entry[], text: string, hits: TermHits): void {
  const { postings, postingStart } = corpus;
  const consider = (e: number, rank: number, match: CatalogMatch) => {
    const previous = hits.rank[e] ?? 0;
    if (previous >= RANK.typo || rank <= previous) return; // a name match, or a better field
    if (previous === 0) hits.hits.push(e);
    hits.rank[e] = rank;
    hits.other.set(e, match);
  };
  scan(corpus.values, text, (v, local) => {
    const end = local + text.length;
    for (let k = postingStart[v] ?? 0; k < (postingStart[v + 1] ?? 0); k += 3) {
      const field = OTHER_FIELDS[postings[k + 1] ?? 0] ?? 'materials';
      const index = postings[k + 2] ?? -1;
      consider(postings[k] ?? 0, FIELD_RANK[field], index < 0 ? { field, start: local, end } : { field, index, start: local, end });
    }
    return corpus.values.starts[v + 1] ?? Infinity; // one occurrence per value is enough
  });
  if (!/\d/.test(text)) return; // codes are searched by their digits
  scan(corpus.codes, text, (e, local) => {
    const codes = (entries[e] as Entry).codes;
    let start = local;
    let index = 0;
    while (index < codes.length - 1 && start > (codes[index] ?? '').length) {
      start -= (codes[index] ?? '').length + CODE_SEPARATOR.length;
      index++;
    }
    consider(e, FIELD_RANK.code, { field: 'code', index, start, end: start + text.length });
    return corpus.codes.starts[e + 1] ?? Infinity;
  });
}

/**
 * Finds one term in every entry at once: literally in names; as full pinyin, initials, the mixed
 * walk or with one typo; and literally in other fields, keeping each entry's best match. Writes
 * into `hits` (cleared first) and returns it.
 * @internal
 */
export function matchTerm(corpus: Corpus, entries: readonly Entry[], term: QueryTerm, hits: TermHits): TermHits {
  for (const e of hits.hits) hits.rank[e] = 0;
  hits.hits.length = 0;
  hits.other = new Map();
  const set: Set3 = (e, rank, from, to) => {
    const previous = hits.rank[e] ?? 0;
    if (rank <= previous) return;
    if (previous === 0) hits.hits.push(e);
    hits.rank[e] = rank;
    hits.from[e] = from;
    hits.to[e] = to;
  };
  literalNames(corpus, entries, term.text, set);
  if (term.kind === 'latin') latinName(corpus, entries, term, hits, set);
  else if (term.kind === 'mixed') mixedName(corpus, entries, term, set);
  else if (term.length >= TYPO_MIN_LENGTH.literal && hits.hits.length < TYPO_WHEN_FEWER_THAN && !/[\ud800-\udfff]/.test(term.text)) {
    chineseTypos(corpus, entries, term.text, hits, set);
  }
  otherFields(corpus, entries, term.text, hits);
  return hits;
}
