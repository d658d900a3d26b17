import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseQuery } from './query.js';

const terms = (query: string) => parseQuery(query).alternatives.map((list) => list.map((t) => `${t.kind}:${t.text}`));

describe('parseQuery', () => {
  it('normalises width, case, tone marks, tone numbers and apostrophes', () => {
    expect(parseQuery('ＹＩＮＧ　Ｙè').compact).toBe('yingye');
    expect(terms("Xi'an")).toEqual([['latin:xian']]);
    expect(terms('ying2ye4')).toEqual([['latin:yingye']]);
    expect(terms('a4')).toEqual([['latin:a4']]); // one letter: a paper size, not a tone
    expect(terms('lǜ')).toEqual([['latin:lu']]);
  });

  it('classifies terms as literal, latin or mixed', () => {
    expect(terms('营业执照 000104 营业zz')).toEqual([['literal:营业执照', 'literal:000104', 'mixed:营业zz']]);
  });

  it('joins Latin chunks into one pinyin run, and also tries them apart unless all are syllables', () => {
    expect(terms('ying ye zhi zhao')).toEqual([['latin:yingyezhizhao']]);
    expect(terms('yyzz dengji')).toEqual([['latin:yyzzdengji'], ['latin:yyzz', 'latin:dengji']]);
    expect(terms('营业 执照')).toEqual([['literal:营业', 'literal:执照']]);
  });

  it('is empty for blank input and caps long input', () => {
    expect(parseQuery('  \t \u0001')).toEqual({ compact: '', alternatives: [] });
    expect(terms('营业\u0001执照')).toEqual([['literal:营业', 'literal:执照']]);
    expect(Array.from(parseQuery('营'.repeat(200)).compact)).toHaveLength(MAX_QUERY_LENGTH);
  });
});
