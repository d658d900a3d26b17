/**
 * Inverted indexes from letter n-grams to entries, over the per-entry pinyin strings (which only
 * hold `a`–`z` and `0`–`9`): trigrams of the full pinyin (entries), and pairs of neighbouring
 * initials (entry and position). A query looks up its rarest gram and checks only those entries,
 * instead of scanning the whole catalogue. Built in two passes over typed arrays.
 * @internal
 */

/** An n-gram index: the postings of gram `g` are `postings[slotStart[g] .. slotStart[g + 1])`. @internal */
export interface GramIndex {
  /** Gram length. */
  readonly n: number;
  /** Postings per posting unit: 1 (entry) or 2 (entry, position). */
  readonly stride: 1 | 2;
  /** Start of each gram's postings, plus the end. */
  readonly slotStart: Int32Array;
  /** Entries (stride 1, each once per gram) or (entry, position) pairs (stride 2), in entry order. */
  readonly postings: Int32Array;
}

const ALPHABET = 36;

/** Code of a pinyin-string character: `a`–`z` 0–25, `0`–`9` 26–35, else -1. */
function codeOf(charCode: number): number {
  if (charCode >= 97 && charCode <= 122) return charCode - 97;
  if (charCode >= 48 && charCode <= 57) return charCode - 22;
  return -1;
}

/** Slot of the gram of `text` at `at` (length n), or -1 when it has a character outside the alphabet. @internal */
export function gramSlot(text: string, at: number, n: number): number {
  let slot = 0;
  for (let k = 0; k < n; k++) {
    const code = codeOf(text.charCodeAt(at + k));
    if (code < 0) return -1;
    slot = slot * ALPHABET + code;
  }
  return slot;
}

/** Builds a {@link GramIndex} of `texts` (one per entry). @internal */
export function buildGramIndex(texts: readonly string[], n: number, stride: 1 | 2): GramIndex {
  const slots = ALPHABET ** n;
  const counts = new Int32Array(slots + 1);
  const last = new Int32Array(slots).fill(-1);
  const visit = (add: (slot: number, e: number, at: number) => void) => {
    texts.forEach((text, e) => {
      for (let at = 0; at + n <= text.length; at++) {
        const slot = gramSlot(text, at, n);
        if (slot < 0 || (stride === 1 && last[slot] === e)) continue;
        last[slot] = e;
        add(slot, e, at);
      }
    });
  };
  visit((slot) => (counts[slot] = (counts[slot] ?? 0) + stride));
  const slotStart = new Int32Array(slots + 1);
  for (let g = 0, total = 0; g <= slots; g++) {
    slotStart[g] = total;
    total += counts[g] ?? 0;
  }
  const postings = new Int32Array(slotStart[slots] ?? 0);
  const fill = slotStart.slice(0, slots);
  last.fill(-1);
  visit((slot, e, at) => {
    const k = fill[slot] ?? 0;
    postings[k] = e;
    if (stride === 2) postings[k + 1] = at;
    fill[slot] = k + stride;
  });
  return { n, stride, slotStart, postings };
}

/** Number of postings of a slot (in units of the index's stride). @internal */
export function gramCount(index: GramIndex, slot: number): number {
  return ((index.slotStart[slot + 1] ?? 0) - (index.slotStart[slot] ?? 0)) / index.stride;
}

/**
 * The rarest gram of `text` as `[slot, offset in text]`, or `undefined` when `text` is shorter
 * than n or has a character outside the alphabet.
 * @internal
 */
export function rarestGram(index: GramIndex, text: string): readonly [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestCount = Infinity;
  for (let at = 0; at + index.n <= text.length; at++) {
    const slot = gramSlot(text, at, index.n);
    if (slot < 0) return undefined;
    const count = gramCount(index, slot);
    if (count < bestCount) {
      bestCount = count;
      best = [slot, at];
    }
  }
  return best;
}
