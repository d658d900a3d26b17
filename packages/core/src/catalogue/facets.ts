import type { Locale } from '../i18n/index.js';
import {
  AUDIENCES,
  ITEM_TYPES,
  LEVELS,
  ONLINE_DEPTHS,
  WINDOW_CLASSES,
  type Audience,
  type ItemType,
  type Level,
  type OnlineDepth,
  type WindowClass,
} from '../items/enums.js';
import { itemEnumLabel, type ItemEnumName, type ItemEnumValues } from '../items/labels.js';
import type { Entry } from './entry.js';

/** How many entries have one value of a facet. */
export interface CatalogFacetCount<T> {
  /** The value, e.g. `licensing` or a topic. */
  readonly value: T;
  /** Entries with it. */
  readonly count: number;
  /** The value's label in the asked locale (a topic is its own label). */
  readonly label: string;
}

/**
 * Counts for a browse UI, over the entries that pass the filters (and the query, if any). Values
 * with no entry are left out. Levels and topics count items and bundles; the other facets count
 * items only. Enumerations keep their display order; topics go by count, then by name.
 */
export interface CatalogFacets {
  /** Entries (items and bundles) counted. */
  readonly total: number;
  /** Items counted. */
  readonly items: number;
  /** Bundles counted. */
  readonly bundles: number;
  /** 事项类型. */
  readonly types: readonly CatalogFacetCount<ItemType>[];
  /** 行使层级. */
  readonly levels: readonly CatalogFacetCount<Level>[];
  /** 服务对象. */
  readonly audiences: readonly CatalogFacetCount<Audience>[];
  /** Window classes. */
  readonly windowClasses: readonly CatalogFacetCount<WindowClass>[];
  /** 网上办理深度 (exact depth, not "at least"). */
  readonly onlineDepths: readonly CatalogFacetCount<OnlineDepth>[];
  /** 主题分类. */
  readonly topics: readonly CatalogFacetCount<string>[];
}

function enumFacet<K extends ItemEnumName>(
  name: K,
  values: readonly ItemEnumValues[K][],
  counts: readonly number[],
  locale: Locale,
): CatalogFacetCount<ItemEnumValues[K]>[] {
  const result: CatalogFacetCount<ItemEnumValues[K]>[] = [];
  values.forEach((value, i) => {
    const count = counts[i] ?? 0;
    if (count > 0) result.push({ value, count, label: itemEnumLabel(name, value, locale) });
  });
  return result;
}

function countBits(mask: number, counts: number[]): void {
  for (let i = 0; mask !== 0; i++, mask >>>= 1) if ((mask & 1) === 1) counts[i] = (counts[i] ?? 0) + 1;
}

/** Counts the facets of `entries`. @internal */
export function countFacets(entries: Iterable<Entry>, locale: Locale): CatalogFacets {
  let items = 0;
  let bundles = 0;
  const types: number[] = [];
  const levels: number[] = [];
  const audiences: number[] = [];
  const windowClasses: number[] = [];
  const depths: number[] = [];
  const topics = new Map<string, number>();
  for (const entry of entries) {
    countBits(entry.levels, levels);
    for (const topic of new Set(entry.topics)) topics.set(topic, (topics.get(topic) ?? 0) + 1);
    if (entry.kind === 'bundle') {
      bundles++;
      continue;
    }
    items++;
    types[entry.type] = (types[entry.type] ?? 0) + 1;
    windowClasses[entry.windowClass] = (windowClasses[entry.windowClass] ?? 0) + 1;
    const depth = ONLINE_DEPTHS.indexOf(entry.depth as OnlineDepth);
    depths[depth] = (depths[depth] ?? 0) + 1;
    countBits(entry.audiences, audiences);
  }
  const topicCounts = [...topics]
    .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))
    .map(([value, count]) => ({ value, count, label: value }));
  return {
    total: items + bundles,
    items,
    bundles,
    types: enumFacet('itemType', ITEM_TYPES, types, locale),
    levels: enumFacet('itemLevel', LEVELS, levels, locale),
    audiences: enumFacet('itemAudience', AUDIENCES, audiences, locale),
    windowClasses: enumFacet('windowClass', WINDOW_CLASSES, windowClasses, locale),
    onlineDepths: enumFacet('onlineDepth', ONLINE_DEPTHS, depths, locale),
    topics: topicCounts,
  };
}
