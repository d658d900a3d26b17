/**
 * How a search query is read: normalised (full-width to half-width, lowercase, tone marks and tone
 * numbers dropped) and cut into terms.
 * @internal
 */

import { lettersOf } from './name-index.js';

/**
 * Kind of a query term: `literal` has no Latin letter (Chinese, digits, punctuation), `latin` only
 * Latin letters and digits (pinyin or a code), `mixed` both Chinese and Latin (`营业zz`).
 * @internal
 */
export type TermKind = 'literal' | 'latin' | 'mixed';

/** One term of a query. @internal */
export interface QueryTerm {
  /** The normalised text. */
  readonly text: string;
  /** What the term looks like. */
  readonly kind: TermKind;
  /** Letters of the term as a 26-bit mask (for pinyin prefiltering). */
  readonly letters: number;
  /** Number of code points. */
  readonly length: number;
}

/** A parsed query: the ways to cut it into terms (all terms of one way must match). @internal */
export interface ParsedQuery {
  /** The whole query normalised, without whitespace; `''` for an empty query. */
  readonly compact: string;
  /** Term lists to try; an entry's score is the best over them. Empty when the query is empty. */
  readonly alternatives: readonly (readonly QueryTerm[])[];
}

/** Longest query read, in code points; the rest is ignored so a pasted paragraph stays cheap. @internal */
export const MAX_QUERY_LENGTH = 64;

/** A Chinese (Han) character, including those outside the BMP. @internal */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;
const LETTER = /[a-z]/;
const PINYIN_WITH_TONES = /^(?:[a-z]+[1-5]?)+$/;
/** One pinyin syllable (roughly): an optional initial, vowels, an optional final n, ng or r. */
const SYLLABLE = /^(?:[zcs]h?|[bpmfdtnlgkhjqxryw])?[aeiouv]{1,3}(?:ng?|r)?$/;

/**
 * Normalises one whitespace-free chunk: pinyin tone numbers (`ying2ye4`) and apostrophes
 * (`xi'an`) are dropped from Latin chunks.
 */
function cleanChunk(chunk: string): string {
  if (HAN.test(chunk)) return chunk;
  const noApostrophe = chunk.replace(/['’]/g, '');
  const bare = noApostrophe.replace(/[1-5]/g, '');
  if (bare.length >= 2 && bare !== noApostrophe && PINYIN_WITH_TONES.test(noApostrophe)) return bare;
  return noApostrophe;
}

function termOf(text: string): QueryTerm {
  const han = HAN.test(text);
  const latin = LETTER.test(text);
  const kind: TermKind = latin ? (han ? 'mixed' : 'latin') : 'literal';
  let length = 0;
  for (const _ of text) length++;
  return { text, kind, letters: lettersOf(text), length };
}

/**
 * Normalises `query` and cuts it into terms. Whitespace separates terms, except between Latin
 * chunks, which are first read as one pinyin run (`ying ye zhi zhao` = `yingyezhizhao`); unless
 * every chunk is a single syllable, the chunks as separate terms are a second alternative
 * (`yyzz dengji`).
 * @internal
 */
export function parseQuery(query: string): ParsedQuery {
  // Control characters never match (the index uses some as separators): read them as spaces.
  let text = query.normalize('NFKC').toLowerCase().replace(/[\u0000-\u001f\u007f]/g, ' ');
  // Tone marks: decompose, drop combining marks (ü becomes u, which pinyin readings accept).
  text = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  const codePoints = Array.from(text);
  if (codePoints.length > MAX_QUERY_LENGTH) text = codePoints.slice(0, MAX_QUERY_LENGTH).join('');
  const chunks = text.split(/[\s\u3000,，、;；]+/).map(cleanChunk).filter((c) => c !== '');
  if (chunks.length === 0) return { compact: '', alternatives: [] };

  const merged: string[] = [];
  let mergedAny = false;
  for (const chunk of chunks) {
    const previous = merged[merged.length - 1];
    const isLatin = !HAN.test(chunk) && LETTER.test(chunk);
    if (previous !== undefined && isLatin && !HAN.test(previous) && LETTER.test(previous)) {
      merged[merged.length - 1] = previous + chunk;
      mergedAny = true;
    } else {
      merged.push(chunk);
    }
  }
  const alternatives = [merged.map(termOf)];
  // `te zhong she bei` is one word typed syllable by syllable; `yyzz dengji` is two words.
  if (mergedAny && !chunks.every((chunk) => !LETTER.test(chunk) || HAN.test(chunk) || SYLLABLE.test(chunk))) {
    alternatives.push(chunks.map(termOf));
  }
  const compact = chunks.join('');
  return { compact, alternatives };
}
