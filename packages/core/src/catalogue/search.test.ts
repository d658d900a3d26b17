import { describe, expect, it } from 'vitest';
import { isSijitongError } from '../errors.js';
import { createCatalog, type CatalogHit } from './index.js';
import { sampleItems, testBundle, testItem } from '../fixtures/testing.js';

const catalog = createCatalog(sampleItems(), {
  bundles: [testBundle('open-shop', '开办个体工商户一件事', ['000100000004', '000100000003'], { topics: ['开办企业'] })],
});

const nameOf = (hit: CatalogHit): string => (hit.kind === 'item' ? hit.item.name : hit.bundle.name);
const names = (query: string): string[] => catalog.search(query).results.map(nameOf);
/** The highlighted text of each name match of a hit. */
const highlighted = (hit: CatalogHit): string[] =>
  hit.matches.filter((m) => m.field === 'name').map((m) => nameOf(hit).slice(m.start, m.end));
const first = (query: string): CatalogHit => {
  const hit = catalog.search(query).results[0];
  if (hit === undefined) throw new Error(`no result for ${query}`);
  return hit;
};

describe('Chinese queries', () => {
  it('finds a substring anywhere in the name and highlights it', () => {
    const { results } = catalog.search('执照');
    const inName = results.filter((hit) => hit.matches.some((m) => m.field === 'name'));
    expect(inName.map(nameOf).sort()).toEqual(
      ['营业执照', '营业执照变更登记', '个体工商户营业执照注销', '𠮷祥物商标营业执照登记'].sort(),
    );
    for (const hit of inName) expect(highlighted(hit)).toEqual(['执照']);
  });

  it('needs every term of a multi-term query, and highlights each', () => {
    const { results } = catalog.search('个体  注销');
    expect(results.map(nameOf)).toEqual(['个体工商户营业执照注销']);
    expect(highlighted(results[0] as CatalogHit)).toEqual(['个体', '注销']);
  });

  it('accepts Chinese punctuation between terms and full-width input', () => {
    expect(names('个体，注销')).toEqual(['个体工商户营业执照注销']);
    expect(names('营业执照　变更')).toEqual(['营业执照变更登记']);
  });

  it('finds a name with one character substituted or missing (terms of 3+ characters)', () => {
    const substituted = catalog.search('营业执找').results.find((hit) => nameOf(hit) === '营业执照') as CatalogHit;
    expect(highlighted(substituted)).toEqual(['营业执照']);
    const missing = first('营执照');
    expect(nameOf(missing)).toBe('营业执照');
    expect(highlighted(missing)).toEqual(['营业执照']);
    expect(catalog.search('营执').total).toBe(0); // two characters: no typo tolerance
  });
});

describe('pinyin queries', () => {
  it('finds 营业执照 by initials `yyzz`, highlighting the four characters', () => {
    const hits = catalog.search('yyzz').results;
    expect(hits.length).toBeGreaterThanOrEqual(4);
    for (const hit of hits) expect(highlighted(hit)).toEqual([nameOf(hit).includes('营业执照') ? '营业执照' : '营业执造']);
    // Equal scores keep browse order: 营业执造 (zao) before 营业执照 (zhao).
    expect(hits.slice(0, 2).map(nameOf)).toEqual(['营业执造', '营业执照']);
  });

  it('finds 个体工商户 by `gtgsh`', () => {
    const hits = catalog.search('gtgsh').results.filter((hit) => hit.kind === 'item');
    expect(hits.map(nameOf).sort()).toEqual(['个体工商户营业执照注销', '个体工商户设立登记']);
    for (const hit of hits) expect(highlighted(hit)).toEqual(['个体工商户']);
  });

  it('reads full pinyin with or without spaces, tone marks or tone numbers', () => {
    for (const query of ['yingyezhizhao', 'ying ye zhi zhao', 'yíng yè zhí zhào', 'ying2ye4zhi2zhao4', "YING'YE ZHI'ZHAO"]) {
      const hit = first(query);
      expect(nameOf(hit), query).toBe('营业执照');
      expect(highlighted(hit), query).toEqual(['营业执照']);
    }
  });

  it('accepts a syllable still being typed and mixed full pinyin and initials', () => {
    expect(names('yingyezhizh').slice(0, 1)).toEqual(['营业执照']);
    expect(highlighted(first('yingyezhizh'))).toEqual(['营业执照']);
    expect(names('yyzhizhao').slice(0, 1)).toEqual(['营业执照']);
    expect(highlighted(first('yyzhizhao'))).toEqual(['营业执照']);
    expect(names('yingyezz').slice(0, 2)).toEqual(['营业执造', '营业执照']);
    expect(highlighted(first('yingyezz'))).toEqual(['营业执造']);
  });

  it('reads mixed Chinese and pinyin (`营业zz`)', () => {
    const { results } = catalog.search('营业zz');
    expect(results.slice(0, 2).map(nameOf)).toEqual(['营业执造', '营业执照']);
    expect(results.slice(0, 2).map(highlighted)).toEqual([['营业执造'], ['营业执照']]);
    expect(highlighted(first('营业zhizhao'))).toEqual(['营业执照']);
  });

  it('tolerates one pinyin typo (`yingyezhizao` → 营业执照), below exact pinyin', () => {
    const { results } = catalog.search('yingyezhizao');
    expect(results.map(nameOf).slice(0, 2)).toEqual(['营业执造', '营业执照']);
    const typo = results.find((hit) => nameOf(hit) === '营业执照') as CatalogHit;
    expect(highlighted(typo)).toEqual(['营业执照']);
    expect(typo.score).toBeLessThan((results[0] as CatalogHit).score);
    expect(nameOf(first('yingyezhizhoa'))).toBe('营业执照'); // two letters swapped
  });

  it('uses pinyin in context and other readings of polyphones', () => {
    expect(highlighted(first('chongqingyinhang'))).toEqual(['重庆银行']);
    expect(highlighted(first('yinxing'))).toEqual(['银行']); // 行 read xing
    expect(highlighted(first('lvsejianzhu'))).toEqual(['绿色建筑']);
    expect(highlighted(first('lusejianzhu'))).toEqual(['绿色建筑']); // ü typed u
    expect(highlighted(first('lǜsè'))).toEqual(['绿色']);
  });

  it('gives UTF-16 offsets of the original name, across characters outside the BMP', () => {
    const hit = catalog.search('yyzzdj').results[0] as CatalogHit;
    expect(nameOf(hit)).toBe('𠮷祥物商标营业执照登记');
    const [match] = hit.matches;
    expect(match).toEqual({ field: 'name', start: 6, end: 12 });
    expect(nameOf(hit).slice(6, 12)).toBe('营业执照登记');
  });
});

describe('ranking', () => {
  it('orders exact name, prefix, substring, then other fields', () => {
    const { results } = catalog.search('营业执照');
    expect(results.slice(0, 4).map(nameOf)).toEqual(['营业执照', '营业执照变更登记', '个体工商户营业执照注销', '𠮷祥物商标营业执照登记']);
    const other = results.find((hit) => nameOf(hit) === '食品经营许可证核发') as CatalogHit;
    expect(other.matches).toEqual([{ field: 'materials', index: 0, start: 0, end: 4 }]);
    expect(results.indexOf(other)).toBe(results.length - 1);
  });

  it('scores kinds in bands: exact > prefix > substring > pinyin > mixed > initials > typo > other fields', () => {
    const score = (query: string, name: string) =>
      catalog.search(query).results.find((hit) => nameOf(hit) === name)?.score ?? Number.NaN;
    const bands = [
      score('营业执照', '营业执照'),
      score('营业', '营业执照'),
      score('执照', '营业执照'),
      score('zhizhao', '营业执照'),
      score('营业zz', '营业执照'),
      score('yyzz', '营业执照'),
      score('营业执找', '营业执照'),
      score('营业执照', '食品经营许可证核发'),
    ];
    expect(bands).toEqual([...bands].sort((a, b) => b - a));
    expect(new Set(bands).size).toBe(bands.length);
  });

  it('puts a name typo above a match in another field', () => {
    const { results } = catalog.search('开办企业');
    expect(nameOf(results[0] as CatalogHit)).toBe('开办企事业单位登记'); // 事 skipped: one typo
    expect(highlighted(results[0] as CatalogHit)).toEqual(['开办企事业']);
    const topics = results.filter((hit) => hit.matches.some((m) => m.field === 'topics'));
    expect(topics.map(nameOf).sort()).toEqual(['个体工商户营业执照注销', '个体工商户设立登记', '开办个体工商户一件事', '食品经营许可证核发'].sort());
    expect(results.length).toBe(topics.length + 1);
  });

  it('breaks ties by name pinyin, so the order is stable whatever the input order', () => {
    const reversed = createCatalog([...sampleItems()].reverse());
    const plain = createCatalog(sampleItems());
    for (const query of ['', 'zheng', 'yyzz', '登记']) {
      expect(reversed.search(query).results.map(nameOf), query).toEqual(plain.search(query).results.map(nameOf));
    }
    expect(plain.search('').results.slice(0, 3).map(nameOf)).toEqual(['重庆银行网点备案', '个体工商户设立登记', '个体工商户营业执照注销']);
  });
});

describe('bundles, codes, paging', () => {
  it('finds bundles by name and pinyin, with kind `bundle`', () => {
    const hit = first('kaiban');
    expect(hit.kind).toBe('bundle');
    expect(hit.kind === 'bundle' && hit.bundle.id).toBe('open-shop');
    expect(highlighted(hit)).toEqual(['开办']);
    expect(catalog.search('一件事').results.map((h) => h.kind)).toEqual(['bundle']);
  });

  it('finds an item by its whole implementation or basic code, in any case', () => {
    const item = catalog.items[0];
    if (item === undefined) throw new Error('no item');
    const byImplementation = first(item.implementationCode.toLowerCase());
    expect(byImplementation.kind === 'item' && byImplementation.item).toBe(item);
    expect(byImplementation.matches).toEqual([{ field: 'code', index: 0, start: 0, end: 31 }]);
    expect(first(item.basicCode).matches).toEqual([{ field: 'code', index: 1, start: 0, end: 12 }]);
    expect(first('open-shop').kind).toBe('bundle');
  });

  it('pages with limit and offset, keeping the total', () => {
    const all = catalog.search('', { limit: 100 });
    expect(all.total).toBe(12); // 11 items in use + 1 bundle
    const page = catalog.search('', { limit: 3, offset: 3 });
    expect(page.total).toBe(12);
    expect(page.results).toEqual(all.results.slice(3, 6));
    expect(catalog.search('', { limit: 0 }).results).toEqual([]);
  });

  it('browses with an empty or blank query: score 0, no matches', () => {
    const { results } = catalog.search('   ');
    expect(results.every((hit) => hit.score === 0 && hit.matches.length === 0)).toBe(true);
  });

  it('refuses bad paging and a query that is not a string', () => {
    for (const options of [{ limit: -1 }, { limit: 1.5 }, { limit: 5000 }, { offset: -1 }]) {
      expect(() => catalog.search('x', options)).toThrow(expect.objectContaining({ code: 'CATALOG_SEARCH_OPTIONS_INVALID' }));
    }
    try {
      catalog.search(42 as unknown as string);
      expect.unreachable();
    } catch (error) {
      expect(isSijitongError(error, 'CATALOG_INPUT_INVALID')).toBe(true);
    }
  });

  it('finds nothing for a query that matches nothing', () => {
    expect(catalog.search('qqqqqq')).toEqual({ total: 0, results: [] });
    expect(catalog.search('火星').total).toBe(0);
  });

  it('searches a catalogue of one item, and an empty one', () => {
    expect(createCatalog([testItem({ seq: 1, name: '营业执照' })]).search('yy').total).toBe(1);
    expect(createCatalog([]).search('yy')).toEqual({ total: 0, results: [] });
  });
});
