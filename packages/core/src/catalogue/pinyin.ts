/*
 * The catalogue's ONLY importer of pinyin-pro. The library carries a dictionary of several hundred
 * kilobytes; it is needed to BUILD a catalogue's search index (once, at `createCatalog`), never to
 * search it. Pages that only show items need not import the catalogue at all, and applications can
 * build the catalogue on a server or in a worker. Keep every other file of this folder free of
 * pinyin-pro so bundlers can tell the cost apart.
 */
import { pinyin } from 'pinyin-pro';

/** Readings of a string, one per code point, as the search index stores them. @internal */
export interface NameReadings {
  /** The reading in context (pinyin-pro's context-aware choice), lowercase without tones; `''` when none. */
  readonly primary: readonly string[];
  /** Other readings of polyphonic characters, by code point index; absent when there are none. */
  readonly alternates?: readonly (readonly string[] | undefined)[];
}

/** A function giving the readings of a string. @internal */
export type ReadingsOf = (text: string) => NameReadings;

const OPTIONS = { toneType: 'none', type: 'array', v: true } as const;

function isHan(codePoint: number): boolean {
  return (
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x20000 && codePoint <= 0x3134f) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff)
  );
}

function asciiReading(codePoint: number): string {
  if (codePoint >= 0x41 && codePoint <= 0x5a) return String.fromCharCode(codePoint + 32);
  if ((codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x30 && codePoint <= 0x39)) return String.fromCharCode(codePoint);
  return '';
}

/**
 * Creates a readings function. It caches, per distinct character, every reading of a polyphone
 * (`multiple: true`), so a catalogue pays for each character once. `ü` is written `v` (as pinyin
 * keyboards type it) and `u` is accepted as another reading (`lv` or `lu` for 绿).
 * @internal
 */
export function createReadings(): ReadingsOf {
  const cleaned = new Map<string, string>();
  const clean = (raw: string): string => {
    let syllable = cleaned.get(raw);
    if (syllable === undefined) cleaned.set(raw, (syllable = raw.toLowerCase().replace(/[^a-z]/g, '')));
    return syllable;
  };
  const readingsOfChar = new Map<string, readonly string[]>();
  const allReadings = (char: string): readonly string[] => {
    let all = readingsOfChar.get(char);
    if (all === undefined) {
      const set = new Set<string>();
      for (const raw of pinyin(char, { ...OPTIONS, multiple: true })) {
        const syllable = clean(raw);
        if (syllable === '') continue;
        set.add(syllable);
        if (syllable.includes('v')) set.add(syllable.replace(/v/g, 'u'));
      }
      all = [...set];
      readingsOfChar.set(char, all);
    }
    return all;
  };
  const otherReadings = (char: string, primary: string): readonly string[] | undefined => {
    const all = allReadings(char);
    if (all.length === 0 || (all.length === 1 && all[0] === primary)) return undefined;
    const others = all.filter((reading) => reading !== primary);
    if (primary.includes('v')) others.push(primary.replace(/v/g, 'u'));
    return others.length === 0 ? undefined : [...new Set(others)].sort();
  };

  return (text: string): NameReadings => {
    const syllables = pinyin(text, OPTIONS);
    const count = /[\ud800-\udbff]/.test(text) ? Array.from(text).length : text.length;
    // pinyin-pro gives one entry per code point; if a version ever merged some, ask per char.
    const aligned = syllables.length === count;
    const primary: string[] = [];
    let alternates: (readonly string[] | undefined)[] | undefined;
    for (let u = 0; u < text.length; ) {
      const codePoint = text.codePointAt(u) ?? 0;
      const width = codePoint > 0xffff ? 2 : 1;
      const i = primary.length;
      let reading = asciiReading(codePoint);
      if (reading === '' && isHan(codePoint)) {
        const char = text.slice(u, u + width);
        const raw = aligned ? syllables[i] : pinyin(char, OPTIONS)[0];
        reading = clean(raw ?? '');
        const others = reading === '' ? undefined : otherReadings(char, reading);
        if (others !== undefined) (alternates ??= [])[i] = others;
      }
      primary.push(reading);
      u += width;
    }
    if (alternates !== undefined) alternates.length = primary.length;
    return alternates === undefined ? { primary } : { primary, alternates };
  };
}
