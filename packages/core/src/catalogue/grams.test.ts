import { describe, expect, it } from 'vitest';
import { buildGramIndex, gramCount, gramSlot, rarestGram } from './grams.js';

describe('gram index', () => {
  it('indexes trigrams to entries once each, and pairs to (entry, position)', () => {
    const trigrams = buildGramIndex(['yingye', 'yeye', 'a1b', 'gyey'], 3, 1);
    expect(gramCount(trigrams, gramSlot('yey', 0, 3))).toBe(2); // twice in 'yeye', counted once
    expect(gramCount(trigrams, gramSlot('gye', 0, 3))).toBe(2);
    expect(gramCount(trigrams, gramSlot('a1b', 0, 3))).toBe(1);
    expect(rarestGram(trigrams, 'yingy')).toEqual([gramSlot('yin', 0, 3), 0]);
    expect(rarestGram(trigrams, 'yi')).toBeUndefined();
    expect(rarestGram(trigrams, 'yi-ng')).toBeUndefined();
    const pairs = buildGramIndex(['yyzz', 'zz'], 2, 2);
    const slot = gramSlot('zz', 0, 2);
    expect(Array.from(pairs.postings.slice(pairs.slotStart[slot], pairs.slotStart[slot + 1]))).toEqual([0, 2, 1, 0]);
  });
});
