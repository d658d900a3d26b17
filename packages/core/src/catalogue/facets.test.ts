import { describe, expect, it } from 'vitest';
import { createCatalog } from './index.js';
import { TEST_DIVISIONS, testBundle, testItem } from '../fixtures/testing.js';

const catalog = createCatalog(
  [
    testItem({ seq: 1, name: '营业执照', topics: ['开办企业'] }),
    testItem({ seq: 2, name: '营业执照注销', topics: ['开办企业', '注销'], audience: ['person', 'enterpriseLegalPerson'] }),
    testItem({ seq: 3, name: '养老金申领', type: 'benefit', topics: ['养老'], levels: ['township'], divisionCodes: [TEST_DIVISIONS.township] }),
    testItem({ seq: 4, name: '暂停事项', state: 'paused' }),
  ],
  { bundles: [testBundle('b', '开办企业一件事', ['000100000001'], { topics: ['开办企业'] })] },
);

describe('facets', () => {
  it('counts entries per type, level, audience, window class, depth and topic', () => {
    const facets = catalog.facets();
    expect([facets.total, facets.items, facets.bundles]).toEqual([4, 3, 1]);
    expect(facets.types).toEqual([
      { value: 'licensing', count: 2, label: '行政许可' },
      { value: 'benefit', count: 1, label: '行政给付' },
    ]);
    expect(facets.levels).toEqual([
      { value: 'county', count: 3, label: '县级' },
      { value: 'township', count: 1, label: '镇（乡、街道）级' },
    ]);
    expect(facets.audiences.map((f) => [f.value, f.count])).toEqual([
      ['person', 3],
      ['enterpriseLegalPerson', 1],
    ]);
    expect(facets.onlineDepths.map((f) => [f.value, f.count])).toEqual([[3, 3]]);
    expect(facets.windowClasses.map((f) => [f.value, f.count])).toEqual([['administrativeApproval', 3]]);
    expect(facets.topics.map((f) => [f.value, f.count])).toEqual([
      ['开办企业', 3],
      ['养老', 1],
      ['注销', 1],
    ]);
  });

  it('counts only what the filters and the query keep, with labels in the asked locale', () => {
    const facets = catalog.facets({ level: 'county', kind: 'item' }, { query: 'yyzz', locale: 'en' });
    expect(facets.total).toBe(2);
    expect(facets.types).toEqual([{ value: 'licensing', count: 2, label: 'Administrative licensing' }]);
    expect(catalog.facets({ state: 'paused' }).total).toBe(1);
  });
});
