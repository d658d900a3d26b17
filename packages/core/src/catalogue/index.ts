/**
 * The service catalogue: items and "one thing" bundles loaded from outside (invalid ones
 * reported, valid ones kept), filtered by level, division, type, audience, department, topic,
 * online depth, state and window class, and searched the way people type: Chinese, full pinyin,
 * initials, mixed input and one typo, with ranges to highlight.
 *
 * `createCatalog` is the only entry point that pulls in pinyin-pro (a large dictionary): build a
 * catalogue once (server, worker or start-up) and keep it.
 * @module
 */
export {
  createCatalog,
  MAX_SEARCH_LIMIT,
  type Catalog,
  type CatalogBundleHit,
  type CatalogFacetOptions,
  type CatalogHit,
  type CatalogItemHit,
  type CatalogOptions,
  type CatalogSearchOptions,
  type CatalogSearchResult,
} from './catalog.js';
export type { CatalogMatchField } from './entry.js';
export type { CatalogFacetCount, CatalogFacets } from './facets.js';
export { catalogFiltersSchema, type CatalogEntryKind, type CatalogFilters, type OneOrMany } from './filters.js';
export { catalogFieldLabel } from './labels.js';
export type { CatalogRejection } from './load.js';
export { MAX_QUERY_LENGTH } from './query.js';
export type { CatalogMatch } from './score.js';
