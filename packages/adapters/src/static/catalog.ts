import { canonicalDivisionCode, divisionAncestorCodes, instantSchema, type Item } from '@sijitong/core';
import type { CatalogCapability } from '../contract/capabilities.js';
import { catalogListQuerySchema } from '../parse/catalog-schemas.js';
import { parseInput } from '../parse/parse-response.js';
import type { StaticState } from './state.js';
import { civilDateOf, instantOf, msOf } from './time.js';

/** Default and largest page size of the static catalogue. */
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

function canonical(code: string): string | undefined {
  try {
    return canonicalDivisionCode(code);
  } catch {
    return undefined;
  }
}

/** Whether an item is served in `division` or in a division above it (the division read once, not per item). */
function servedIn(division: string): (item: Item) => boolean {
  const own = canonical(division);
  if (own === undefined) return () => false;
  const targets = new Set([own, ...divisionAncestorCodes(division)]);
  return (item) =>
    item.divisionCodes.some((code) => {
      const c = canonical(code);
      return c !== undefined && targets.has(c);
    });
}

/** The catalogue capability over static items. @internal */
export function staticCatalog(state: StaticState): CatalogCapability {
  const published = state.items.filter((item) => item.state !== 'draft');
  const catalog: CatalogCapability = {
    async list(query = {}) {
      const q = parseInput(catalogListQuerySchema, query, { what: 'catalog.list' });
      const page = q.page ?? 1;
      const pageSize = Math.min(q.pageSize ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
      const matching = q.division === undefined ? published : published.filter(servedIn(q.division));
      return { items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page, pageSize };
    },
    async get(implementationCode) {
      const item = state.itemsByCode.get(String(implementationCode).trim());
      return item === undefined || item.state === 'draft' ? null : item;
    },
    async changesSince(since) {
      const from = civilDateOf(msOf(parseInput(instantSchema, since, { what: 'catalog.changesSince' })));
      const recent = published.filter((item) => item.validFrom >= from);
      return {
        changed: recent.filter((item) => item.state !== 'cancelled'),
        removed: recent.filter((item) => item.state === 'cancelled').map((item) => item.implementationCode),
        until: instantOf(state.now()),
      };
    },
    async bundles() {
      return state.bundles;
    },
  };
  return catalog;
}
