import { expect } from 'vitest';
import { bundleSchema, itemSchema } from '@sijitong/core';
import { catalogChangesSchema } from '../../parse/catalog-schemas.js';
import { expectValid, skipped, type SuiteContext } from '../context.js';

/** Catalogue checks: paging, every item valid, get existing and missing, changesSince, bundles. @internal */
export function catalogSuite({ capability: catalog, fixtures, check }: SuiteContext<'catalog'>): void {
  const f = fixtures.catalog;
  if (f === undefined) return;

  check('catalog.list', 'lists pages whose items all pass core itemSchema', async () => {
    const first = await catalog.list({ page: 1, pageSize: 5 });
    expect(first.page).toBe(1);
    expect(first.pageSize).toBe(5);
    expect(first.items.length).toBeLessThanOrEqual(5);
    expect(first.total).toBeGreaterThanOrEqual(first.items.length);
    expect(first.items.length).toBeGreaterThan(0);
    first.items.forEach((item, i) => expectValid(itemSchema, item, `catalog.list item ${i}`));
    if (first.total > 5) {
      const second = await catalog.list({ page: 2, pageSize: 5 });
      expect(second.page).toBe(2);
      const codes = new Set(first.items.map((item) => item.implementationCode));
      expect(second.items.some((item) => codes.has(item.implementationCode)), 'page 2 repeats page 1').toBe(false);
    }
  });

  if (f.division === undefined) skipped('catalog.list.division', 'no fixtures.catalog.division');
  else {
    const division = f.division;
    check('catalog.list.division', 'filters by division', async () => {
      const all = await catalog.list({ pageSize: 1 });
      const filtered = await catalog.list({ division, pageSize: 50 });
      expect(filtered.total).toBeLessThanOrEqual(all.total);
      expect(filtered.total).toBeGreaterThan(0);
      filtered.items.forEach((item, i) => expectValid(itemSchema, item, `catalog.list(division) item ${i}`));
    });
  }

  check('catalog.get', 'gets an existing item and null for a missing one', async () => {
    const item = await catalog.get(f.implementationCode);
    expect(item, `catalog.get(${f.implementationCode})`).not.toBeNull();
    expectValid(itemSchema, item, 'catalog.get');
    expect(item?.implementationCode).toBe(f.implementationCode);
    expect(await catalog.get(f.missingImplementationCode)).toBeNull();
  });

  check('catalog.changesSince', 'reports changes with a next `until`', async () => {
    const changes = await catalog.changesSince('2000-01-01T00:00:00+08:00');
    expectValid(catalogChangesSchema, changes, 'catalog.changesSince');
  });

  const bundles = catalog.bundles;
  if (bundles === undefined) skipped('catalog.bundles', 'the adapter publishes no bundles');
  else {
    check('catalog.bundles', 'lists bundles that pass core bundleSchema', async () => {
      const list = await bundles.call(catalog);
      list.forEach((bundle, i) => expectValid(bundleSchema, bundle, `catalog.bundles ${i}`));
    });
  }
}
