import { forEachFieldValue, type Entry } from './entry.js';
import { buildGramIndex, type GramIndex } from './grams.js';
import { asciiLower } from './name-index.js';

/**
 * The whole catalogue's searchable strings, each entry's value joined into one long string per
 * kind, in browse order. A query term is found with a few native `indexOf` scans over these
 * strings instead of a call per entry; an occurrence is mapped back to its entry by binary search
 * over the start offsets. Other fields are deduplicated first (catalogues repeat the same
 * materials, departments and topics thousands of times), with postings back to the entries.
 * @internal
 */
export interface Corpus {
  /** Lowercased names, one part per entry. */
  readonly names: Joined;
  /** Concatenated primary pinyin of the names, one part per entry. */
  readonly fulls: Joined;
  /** Initials of the names, one part per entry. */
  readonly initials: Joined;
  /** Trigrams of the full pinyin → entries. */
  readonly fullTrigrams: GramIndex;
  /** Pairs of neighbouring initials → (entry, position in the initials). */
  readonly initialPairs: GramIndex;
  /** Codes, lowercased and separated by U+0002, one part per entry. */
  readonly codes: Joined;
  /** Distinct values of the other fields (lowercased), one part per value. */
  readonly values: Joined;
  /**
   * For value `v`, its postings are triples `(entry, field, index)` from `postingStart[v]`:
   * field is an index in `OTHER_FIELDS`, index the position in a list field (-1 for a single value).
   */
  readonly postings: Int32Array;
  /** Where each value's postings start in {@link Corpus.postings}, plus the end. */
  readonly postingStart: Int32Array;
  /**
   * Pairs of neighbouring initials that only other readings of polyphones produce, e.g. `xh` for
   * 银行 read yin-xing: pair → flat list of (entry, char) pairs.
   */
  readonly alternatePairs: ReadonlyMap<string, readonly number[]>;
}

/** Strings joined with a separator no query contains, and where each part starts. @internal */
export interface Joined {
  /** The joined text. */
  readonly text: string;
  /** Start offset of each part, plus the text's length + 1 at the end. */
  readonly starts: Int32Array;
}

/** Separator between parts; queries never contain control characters. @internal */
export const SEPARATOR = '\u0001';

/** Separator between the codes of one entry. @internal */
export const CODE_SEPARATOR = '\u0002';

function join(parts: readonly string[]): Joined {
  const starts = new Int32Array(parts.length + 1);
  let offset = 0;
  parts.forEach((text, i) => {
    starts[i] = offset;
    offset += text.length + 1;
  });
  starts[parts.length] = offset;
  return { text: parts.join(SEPARATOR), starts };
}

/** Index of the part that contains offset `p`. @internal */
export function partAt(joined: Joined, p: number): number {
  const { starts } = joined;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** First letters of every reading of char `i`. */
function firsts(primary: readonly string[], alternates: readonly (readonly string[] | undefined)[], i: number): Set<string> {
  const result = new Set([(primary[i] ?? '').charAt(0)]);
  for (const reading of alternates[i] ?? []) result.add(reading.charAt(0));
  return result;
}

function alternatePairs(entries: readonly Entry[]): Map<string, number[]> {
  const pairs = new Map<string, number[]>();
  entries.forEach((entry, e) => {
    const { alternates, primary } = entry.name;
    if (alternates === undefined) return;
    let previous = -1;
    for (let i = 0; i < primary.length; i++) {
      if ((primary[i] ?? '') === '') continue;
      if (previous >= 0 && (alternates[previous] !== undefined || alternates[i] !== undefined)) {
        const usual = `${(primary[previous] ?? '').charAt(0)}${(primary[i] ?? '').charAt(0)}`;
        for (const a of firsts(primary, alternates, previous)) {
          for (const b of firsts(primary, alternates, i)) {
            if (a + b === usual) continue;
            const list = pairs.get(a + b);
            if (list === undefined) pairs.set(a + b, [e, previous]);
            else list.push(e, previous);
          }
        }
      }
      previous = i;
    }
  });
  return pairs;
}

function distinctValues(entries: readonly Entry[]): Pick<Corpus, 'values' | 'postings' | 'postingStart'> {
  const ids = new Map<string, number>();
  const lists: number[][] = [];
  entries.forEach((entry, e) => {
    forEachFieldValue(entry, (field, index, text) => {
      let id = ids.get(text);
      if (id === undefined) {
        id = lists.length;
        ids.set(text, id);
        lists.push([]);
      }
      (lists[id] as number[]).push(e, field, index);
    });
  });
  const postingStart = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, id) => {
    postingStart[id] = total;
    total += list.length;
  });
  postingStart[lists.length] = total;
  const postings = new Int32Array(total);
  lists.forEach((list, id) => postings.set(list, postingStart[id] ?? 0));
  return { values: join([...ids.keys()].map(asciiLower)), postings, postingStart };
}

/** Builds the {@link Corpus} of entries already in browse order. @internal */
export function buildCorpus(entries: readonly Entry[]): Corpus {
  const fulls = entries.map((entry) => entry.name.full);
  const initials = entries.map((entry) => entry.name.initials);
  return {
    names: join(entries.map((entry) => entry.name.lower)),
    fulls: join(fulls),
    initials: join(initials),
    fullTrigrams: buildGramIndex(fulls, 3, 1),
    initialPairs: buildGramIndex(initials, 2, 2),
    codes: join(entries.map((entry) => asciiLower(entry.codes.join(CODE_SEPARATOR)))),
    ...distinctValues(entries),
    alternatePairs: alternatePairs(entries),
  };
}
