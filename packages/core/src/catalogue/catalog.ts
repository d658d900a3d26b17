import { divisionAncestorCodes, parseDivisionCode } from '../divisions/division-code.js';
import type { DivisionTable } from '../divisions/division-table.js';
import { SijitongError } from '../errors.js';
import type { Locale } from '../i18n/index.js';
import type { Bundle } from '../items/bundle.js';
import type { Item } from '../items/item.js';
import { bundleEntry, entryContext, itemEntry, sortEntries, type Entry } from './entry.js';
import { countFacets, type CatalogFacets } from './facets.js';
import { compileFilters, type CatalogFilters } from './filters.js';
import { loadCatalog, type CatalogRejection, type LoadedCatalog } from './load.js';
import { createReadings, type ReadingsOf } from './pinyin.js';
import { buildCorpus } from './corpus.js';
import { parseQuery } from './query.js';
import { rankQuery, type CatalogMatch, type Ranking, type SearchIndex } from './score.js';
import { catalogueMessages } from '../i18n/messages/catalogue.js';

/** Options of {@link createCatalog}. */
export interface CatalogOptions {
  /** "One thing" bundles (一件事), parsed with `bundleSchema` like items. */
  readonly bundles?: readonly unknown[];
  /** A division table: when given, filter divisions must be in it. Structure needs no table. */
  readonly divisions?: DivisionTable;
}

/** Options of {@link Catalog.search}. */
export interface CatalogSearchOptions {
  /** Filters (AND between filters, OR within one); by default items in use and every bundle. */
  readonly filters?: CatalogFilters;
  /** Results per page, 0–{@link MAX_SEARCH_LIMIT}; default 20. */
  readonly limit?: number;
  /** Results to skip (for paging); default 0. */
  readonly offset?: number;
}

/** Largest `limit` of a search. */
export const MAX_SEARCH_LIMIT = 1000;

/** A search result that is a service item. */
export interface CatalogItemHit {
  /** Discriminant. */
  readonly kind: 'item';
  /** The item. */
  readonly item: Item;
  /** Relevance; higher is better. 0 when browsing (empty query). */
  readonly score: number;
  /** Matched ranges, name first, for highlighting; empty when browsing. */
  readonly matches: readonly CatalogMatch[];
}

/** A search result that is a "one thing" bundle. */
export interface CatalogBundleHit {
  /** Discriminant. */
  readonly kind: 'bundle';
  /** The bundle. */
  readonly bundle: Bundle;
  /** Relevance; higher is better. 0 when browsing (empty query). */
  readonly score: number;
  /** Matched ranges, name first, for highlighting; empty when browsing. */
  readonly matches: readonly CatalogMatch[];
}

/** One search result. */
export type CatalogHit = CatalogItemHit | CatalogBundleHit;

/** A page of search results. */
export interface CatalogSearchResult {
  /** How many entries match in all (for paging). */
  readonly total: number;
  /** The page: best first; ties (and browsing) in name-pinyin order. */
  readonly results: readonly CatalogHit[];
}

/** Options of {@link Catalog.facets}. */
export interface CatalogFacetOptions {
  /** Count only entries matching this query. */
  readonly query?: string;
  /** Locale of the labels; default zh-CN. */
  readonly locale?: Locale;
}

/** A loaded, searchable catalogue of items and bundles; see {@link createCatalog}. */
export interface Catalog {
  /** Accepted items, in input order. */
  readonly items: readonly Item[];
  /** Accepted bundles, in input order. */
  readonly bundles: readonly Bundle[];
  /** Inputs that could not be loaded, with every finding. */
  readonly rejected: readonly CatalogRejection[];
  /** The item with this implementation code (实施编码), whatever its state. */
  get(implementationCode: string): Item | undefined;
  /**
   * Every item with this basic code (基本编码), whatever its state. With `division`, only those
   * serving it (as the `division` filter), the most local first: the implementation for a
   * village's township before the county's.
   * @throws {@link SijitongError} `DIVISION_CODE_FORMAT` for a malformed division;
   * `DIVISION_CODE_UNKNOWN` when a division table was given and the division is not in it.
   */
  byBasicCode(basicCode: string, division?: string): readonly Item[];
  /** The bundle with this id. */
  bundle(id: string): Bundle | undefined;
  /**
   * Searches names (Chinese, full pinyin, initials, mixed, one typo) and other fields (short
   * name, topics, department, results, materials, codes). An empty query browses.
   *
   * Whitespace separates terms, and every term must match (in the name or another field); at most
   * 8 terms and 64 characters are read. Results are ranked exact name > name prefix > substring >
   * full pinyin > mixed > initials > one typo > other fields, ties in name-pinyin order. Typos are
   * looked for only for a term found in fewer than 50 names as typed (Chinese terms of 3+
   * characters, pinyin of 5+ letters). Results of the last 16 queries are kept, so paging is cheap.
   * @throws {@link SijitongError} `CATALOG_FILTER_INVALID`, `CATALOG_SEARCH_OPTIONS_INVALID`, or
   * `DIVISION_CODE_UNKNOWN` (with a division table).
   */
  search(query: string, options?: CatalogSearchOptions): CatalogSearchResult;
  /**
   * Counts per type, level, audience, window class, online depth and topic, for a browse UI.
   * @throws {@link SijitongError} as {@link Catalog.search}.
   */
  facets(filters?: CatalogFilters, options?: CatalogFacetOptions): CatalogFacets;
}

const CACHE_SIZE = 16;

function checkPage(options: CatalogSearchOptions): { limit: number; offset: number } {
  const limit = options.limit ?? 20;
  const offset = options.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_SEARCH_LIMIT || !Number.isInteger(offset) || offset < 0) {
    throw new SijitongError(catalogueMessages, 'CATALOG_SEARCH_OPTIONS_INVALID', { limit: String(limit), offset: String(offset), max: MAX_SEARCH_LIMIT });
  }
  return { limit, offset };
}

function toHit(entry: Entry, score: number, matches: readonly CatalogMatch[]): CatalogHit {
  return entry.kind === 'item'
    ? { kind: 'item', item: entry.item as Item, score, matches }
    : { kind: 'bundle', bundle: entry.bundle as Bundle, score, matches };
}

/** Depth of the most local division of `entry` that serves one of `served` (for byBasicCode). */
function servingDepth(entry: Entry, served: readonly string[]): number {
  let depth = -1;
  for (const code of entry.divisions) {
    const at = served.indexOf(code);
    if (at > depth) depth = at;
  }
  return depth;
}

/**
 * Builds a catalogue from items (and bundles) coming from outside. Every input is parsed with
 * `itemSchema` / `bundleSchema`; invalid ones are left out and listed in `rejected` with all
 * their findings, the valid ones load. Then the search index is built: for each name, the
 * context-aware pinyin of every character (with the other readings of polyphones), its initials
 * and maps back to the characters; the catalogue's names, pinyin, initials, codes and distinct
 * field values joined into long strings; trigrams of the pinyin and pairs of initials. A query is
 * then a few native `indexOf` scans and gram look-ups, not a pass over every item.
 *
 * Cost: this is the only function that needs pinyin-pro (a large dictionary; see `pinyin.ts`).
 * Build the catalogue once, on a server, in a worker or at start-up, and keep it; searching
 * allocates little and never touches pinyin-pro.
 *
 * @example
 * ```ts
 * const catalog = createCatalog(items, { bundles });
 * catalog.search('yyzz', { filters: { division: '371327100000' } }).results[0];
 * // { kind: 'item', item: {… name: '营业执照…'}, score: 6xx, matches: [{ field: 'name', start: 0, end: 4 }] }
 * ```
 * @throws {@link SijitongError} `CATALOG_INPUT_INVALID` when `items` or `options.bundles` is not an array.
 */
export function createCatalog(items: readonly unknown[], options: CatalogOptions = {}): Catalog {
  return buildCatalog(items, options, createReadings());
}

/**
 * {@link createCatalog} with the readings function given. With `parsed`, the inputs are taken as
 * already parsed items and bundles (the benchmark's "index only" figure; never for outside data).
 * @internal
 */
export function buildCatalog(
  items: readonly unknown[],
  options: CatalogOptions,
  readingsOf: ReadingsOf,
  { parsed = false }: { readonly parsed?: boolean } = {},
): Catalog {
  const loaded: LoadedCatalog = parsed
    ? { items: items as Item[], bundles: (options.bundles ?? []) as Bundle[], rejected: [] }
    : loadCatalog(items, options.bundles);
  const context = entryContext(readingsOf);
  const { divisions } = options;
  const entries: Entry[] = [];
  const byCode = new Map<string, Entry>();
  const byBasic = new Map<string, Entry[]>();
  const byBundleId = new Map<string, Bundle>();
  for (const item of loaded.items) {
    const entry = itemEntry(item, context);
    entries.push(entry);
    byCode.set(item.implementationCode, entry);
    const same = byBasic.get(item.basicCode);
    if (same === undefined) byBasic.set(item.basicCode, [entry]);
    else same.push(entry);
  }
  for (const bundle of loaded.bundles) {
    entries.push(bundleEntry(bundle, context));
    byBundleId.set(bundle.id, bundle);
  }
  sortEntries(entries);
  for (const list of byBasic.values()) list.sort((a, b) => a.order - b.order);
  const index: SearchIndex = { entries, corpus: buildCorpus(entries), scratch: [] };

  const cache = new Map<string, Ranking>();
  const rank = (query: string, filters: CatalogFilters | undefined): Ranking => {
    const key = `${query}\u0000${JSON.stringify(filters ?? {})}`;
    const cached = cache.get(key);
    if (cached !== undefined) {
      cache.delete(key);
      cache.set(key, cached);
      return cached;
    }
    const ranking = rankQuery(index, parseQuery(query), compileFilters(filters, divisions));
    cache.set(key, ranking);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return ranking;
  };

  return {
    items: loaded.items,
    bundles: loaded.bundles,
    rejected: loaded.rejected,
    get: (code) => byCode.get(code)?.item,
    byBasicCode: (basicCode, division) => {
      const list = byBasic.get(basicCode) ?? [];
      if (division === undefined) return list.map((entry) => entry.item as Item);
      if (divisions !== undefined) divisions.validate(division);
      const served = [...divisionAncestorCodes(division), parseDivisionCode(division).canonicalCode];
      return list
        .map((entry) => ({ entry, depth: servingDepth(entry, served) }))
        .filter(({ depth }) => depth >= 0)
        .sort((a, b) => b.depth - a.depth || a.entry.order - b.entry.order)
        .map(({ entry }) => entry.item as Item);
    },
    bundle: (id) => byBundleId.get(id),
    search: (query, searchOptions = {}) => {
      if (typeof query !== 'string') throw new SijitongError(catalogueMessages, 'CATALOG_INPUT_INVALID', { field: 'query' });
      const { limit, offset } = checkPage(searchOptions);
      const ranking = rank(query, searchOptions.filters);
      const results: CatalogHit[] = [];
      const end = Math.min(ranking.order.length, offset + limit);
      for (let k = offset; k < end; k++) {
        const e = ranking.order[k] ?? 0;
        results.push(toHit(entries[e] as Entry, ranking.scores[k] ?? 0, ranking.matchesAt(k)));
      }
      return { total: ranking.order.length, results };
    },
    facets: (filters, facetOptions = {}) => {
      const ranking = rank(facetOptions.query ?? '', filters);
      return countFacets(
        Array.from(ranking.order, (e) => entries[e] as Entry),
        facetOptions.locale ?? 'zh-CN',
      );
    },
  };
}
