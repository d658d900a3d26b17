import { describe, expect, it } from 'vitest';
import { createDivisionTable, junanDivisionRows } from '../divisions/index.js';
import { isSijitongError } from '../errors.js';
import { createCatalog, type CatalogFilters, type CatalogHit } from './index.js';
import { TEST_DIVISIONS, testBundle, testItem } from '../fixtures/testing.js';

let seq = 0;
const item = (name: string, overrides: Parameters<typeof testItem>[0] extends infer T ? Partial<T> : never = {}) =>
  testItem({ seq: ++seq, name, ...overrides });

const items = [
  item('市级事项', { levels: ['city'], divisionCodes: [TEST_DIVISIONS.city] }),
  item('县级许可', { implementingBody: { name: '莒南县市场监督管理局', creditCode: '11371327MB0000002A', kind: 'statutoryAuthority', departmentCode: 'JN-SCJ' } }),
  item('县级公共服务', { type: 'publicService', audience: ['person', 'enterpriseLegalPerson'], topics: ['婚育'], onlineDepth: 4, visits: { count: 0 } }),
  item('大店镇事项', { levels: ['township'], divisionCodes: [TEST_DIVISIONS.township], windowClass: 'socialLivelihood', topics: ['养老'] }),
  item('坪上镇事项', { levels: ['township'], divisionCodes: [TEST_DIVISIONS.otherTownship] }),
  item('村级事项', { levels: ['village'], divisionCodes: [TEST_DIVISIONS.village], type: 'publicService', topics: ['养老', '婚育'] }),
  item('沂南县事项', { divisionCodes: [TEST_DIVISIONS.otherCounty] }),
  item('县镇两级事项', { levels: ['county', 'township'], divisionCodes: ['371327000000'] }),
  item('暂停的事项', { state: 'paused' }),
  item('草稿事项', { state: 'draft' }),
];
const bundles = [
  testBundle('county-bundle', '县级一件事', ['000100000002'], { topics: ['婚育'] }),
  testBundle('town-bundle', '大店镇一件事', ['000100000004'], { levels: ['township'], divisionCodes: [TEST_DIVISIONS.township] }),
];
const catalog = createCatalog(items, { bundles, divisions: createDivisionTable(junanDivisionRows) });
const nameOf = (hit: CatalogHit) => (hit.kind === 'item' ? hit.item.name : hit.bundle.name);
const browse = (filters: CatalogFilters): string[] => catalog.search('', { filters, limit: 100 }).results.map(nameOf).sort();
const sorted = (list: string[]) => [...list].sort();

describe('division filter', () => {
  it('shows a township its own items and those of its county and city, not a sibling township', () => {
    expect(browse({ division: TEST_DIVISIONS.township, kind: 'item' })).toEqual(
      sorted(['市级事项', '县级许可', '县级公共服务', '大店镇事项', '县镇两级事项']),
    );
  });

  it('shows a village its township, county and city items', () => {
    expect(browse({ division: TEST_DIVISIONS.village, kind: 'item' })).toEqual(
      sorted(['市级事项', '县级许可', '县级公共服务', '大店镇事项', '村级事项', '县镇两级事项']),
    );
  });

  it('does not show a county its townships’ items; accepts 6, 9 or 12 digits', () => {
    const county = sorted(['市级事项', '县级许可', '县级公共服务', '县镇两级事项']);
    expect(browse({ division: '371327', kind: 'item' })).toEqual(county);
    expect(browse({ division: '371327000000', kind: 'item' })).toEqual(county);
    expect(browse({ division: '371327100', kind: 'item' })).toEqual(browse({ division: TEST_DIVISIONS.township, kind: 'item' }));
  });

  it('combines several divisions with OR', () => {
    expect(browse({ division: [TEST_DIVISIONS.otherCounty, TEST_DIVISIONS.otherTownship], level: 'township' })).toEqual(
      sorted(['坪上镇事项', '县镇两级事项']),
    );
    expect(browse({ division: [TEST_DIVISIONS.otherCounty], kind: 'item' })).toEqual(sorted(['市级事项', '沂南县事项']));
  });

  it('applies to bundles as well', () => {
    expect(browse({ division: TEST_DIVISIONS.otherTownship, kind: 'bundle' })).toEqual(['县级一件事']);
    expect(browse({ division: TEST_DIVISIONS.township, kind: 'bundle' })).toEqual(sorted(['县级一件事', '大店镇一件事']));
  });
});

describe('other filters', () => {
  it('filters by level, type, audience, topic, window class and minimum online depth', () => {
    expect(browse({ level: 'village' })).toEqual(['村级事项']);
    expect(browse({ type: 'publicService' })).toEqual(sorted(['县级公共服务', '村级事项']));
    expect(browse({ audience: 'enterpriseLegalPerson' })).toEqual(['县级公共服务']);
    expect(browse({ topic: '养老' })).toEqual(sorted(['大店镇事项', '村级事项']));
    expect(browse({ windowClass: 'socialLivelihood' })).toEqual(['大店镇事项']);
    expect(browse({ minOnlineDepth: 4 })).toEqual(['县级公共服务']);
    expect(browse({ minOnlineDepth: 3 }).length).toBe(8);
  });

  it('filters by department name, department code or credit code', () => {
    expect(browse({ department: '莒南县市场监督管理局' })).toEqual(['县级许可']);
    expect(browse({ department: 'JN-SCJ' })).toEqual(['县级许可']);
    expect(browse({ department: '11371327MB0000002A' })).toEqual(['县级许可']);
    expect(browse({ department: '不存在的部门' })).toEqual([]);
  });

  it('shows items in use by default; other states on request', () => {
    expect(browse({})).not.toContain('暂停的事项');
    expect(browse({ state: 'paused' })).toEqual(['暂停的事项']);
    expect(browse({ state: ['paused', 'draft'] })).toEqual(sorted(['暂停的事项', '草稿事项']));
    expect(browse({ state: ['inUse', 'paused', 'cancelled', 'draft'], kind: 'item' }).length).toBe(items.length);
  });

  it('combines filters with AND and values with OR; an empty list means any', () => {
    expect(browse({ topic: ['养老', '婚育'], kind: 'item' })).toEqual(sorted(['县级公共服务', '大店镇事项', '村级事项']));
    expect(browse({ topic: ['养老', '婚育'], type: 'publicService' })).toEqual(sorted(['县级公共服务', '村级事项']));
    expect(browse({ topic: '养老', level: 'township', division: TEST_DIVISIONS.village })).toEqual(['大店镇事项']);
    expect(browse({ type: [], topic: [] })).toEqual(browse({}));
  });

  it('leaves bundles out when a filter only items have is set, or by kind', () => {
    expect(browse({ topic: '婚育' })).toEqual(sorted(['县级公共服务', '村级事项', '县级一件事']));
    expect(browse({ topic: '婚育', type: 'publicService' })).toEqual(sorted(['县级公共服务', '村级事项']));
    expect(browse({ kind: 'bundle' })).toEqual(sorted(['县级一件事', '大店镇一件事']));
    expect(browse({ state: 'paused', kind: 'bundle' })).toEqual([]);
  });

  it('filters search results as well', () => {
    const hits = catalog.search('shiixiang', { filters: { division: TEST_DIVISIONS.township } }); // typo of shixiang
    expect(hits.results.map(nameOf).sort()).toEqual(sorted(['市级事项', '大店镇事项', '县镇两级事项']));
    expect(catalog.search('事项', { filters: { level: 'village' } }).results.map(nameOf)).toEqual(['村级事项']);
  });
});

describe('bad filters', () => {
  const codeOf = (filters: unknown): string | undefined => {
    try {
      catalog.search('', { filters: filters as CatalogFilters });
      return undefined;
    } catch (error) {
      return isSijitongError(error) ? `${error.code}:${String(error.params.field ?? error.params.code)}` : 'other';
    }
  };

  it('refuses unknown values and keys, naming the filter', () => {
    expect(codeOf({ type: 'licencing' })).toBe('CATALOG_FILTER_INVALID:type');
    expect(codeOf({ level: ['county', 'province'] })).toBe('CATALOG_FILTER_INVALID:level');
    expect(codeOf({ minOnlineDepth: 5 })).toBe('CATALOG_FILTER_INVALID:minOnlineDepth');
    expect(codeOf({ division: '12345' })).toBe('CATALOG_FILTER_INVALID:division');
    expect(codeOf({ colour: 'red' })).toBe('CATALOG_FILTER_INVALID:filters');
  });

  it('with a division table, refuses a division not in it', () => {
    expect(codeOf({ division: '371328' })).toBe('DIVISION_CODE_UNKNOWN:371328');
    expect(createCatalog(items).search('', { filters: { division: '371328' } }).total).toBeGreaterThan(0);
  });

  it('says what is wrong in both languages', () => {
    try {
      catalog.search('', { filters: { type: 'licencing' as never } });
      expect.unreachable();
    } catch (error) {
      if (!isSijitongError(error)) throw error;
      expect(error.message).toContain('licencing');
      expect(error.localized('en')).toContain('Filter type');
    }
  });
});

describe('byBasicCode', () => {
  const shared = [
    testItem({ seq: 1, basicCode: '000100000099', name: '县级实施' }),
    testItem({ seq: 2, basicCode: '000100000099', name: '镇级实施', levels: ['township'], divisionCodes: [TEST_DIVISIONS.township] }),
    testItem({ seq: 3, basicCode: '000100000099', name: '坪上镇实施', levels: ['township'], divisionCodes: [TEST_DIVISIONS.otherTownship] }),
  ].map((input, i) => ({ ...input, implementationCode: `11371327MB000000${i}X4000100000099` }));
  const byBasic = createCatalog(shared);

  it('lists every implementation of a basic code, or those serving a division, most local first', () => {
    expect(byBasic.byBasicCode('000100000099').map((i) => i.name)).toEqual(['坪上镇实施', '县级实施', '镇级实施']); // pinyin order
    expect(byBasic.byBasicCode('000100000099', TEST_DIVISIONS.village).map((i) => i.name)).toEqual(['镇级实施', '县级实施']);
    expect(byBasic.byBasicCode('000100000099', TEST_DIVISIONS.otherCounty)).toEqual([]);
    expect(byBasic.byBasicCode('999999999999')).toEqual([]);
  });

  it('gets an item by implementation code, whatever its state', () => {
    const paused = items[8];
    expect(catalog.get(paused?.implementationCode ?? '')?.name).toBe('暂停的事项');
    expect(catalog.get('nope')).toBeUndefined();
    expect(catalog.bundle('town-bundle')?.name).toBe('大店镇一件事');
  });
});
