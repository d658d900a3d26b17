import { canonicalDivisionCode } from '../divisions/division-code.js';
import type { Bundle } from '../items/bundle.js';
import { AUDIENCES, ITEM_STATES, ITEM_TYPES, LEVELS, WINDOW_CLASSES } from '../items/enums.js';
import type { Item } from '../items/item.js';
import type { CatalogEntryKind } from './filters.js';
import { buildNameIndex, type NameIndex } from './name-index.js';
import type { ReadingsOf } from './pinyin.js';

/** A field of an item or bundle that a search term can match in. */
export type CatalogMatchField =
  | 'name'
  | 'shortName'
  | 'topics'
  | 'description'
  | 'department'
  | 'results'
  | 'materials'
  | 'code';

/**
 * Base scores of matches outside the name, in the order fields are looked at. Every one is below
 * the lowest name match (a typo), so the name always wins.
 * @internal
 */
export const FIELD_RANK: Readonly<Record<Exclude<CatalogMatchField, 'name'>, number>> = {
  shortName: 300,
  topics: 290,
  description: 285,
  department: 280,
  results: 270,
  materials: 260,
  code: 250,
};

/** Fields searched literally besides the name and codes, in the order of {@link FIELD_RANK}. @internal */
export const OTHER_FIELDS = ['shortName', 'topics', 'description', 'department', 'results', 'materials'] as const;

/** An item or bundle as the catalogue indexes it: search data and filter facts. @internal */
export interface Entry {
  /** Item or bundle. */
  readonly kind: CatalogEntryKind;
  /** The item, for kind `item`. */
  readonly item: Item | undefined;
  /** The bundle, for kind `bundle`. */
  readonly bundle: Bundle | undefined;
  /** The name's search data. */
  readonly name: NameIndex;
  /**
   * Codes an exact query (any case) finds and a query with digits searches: an item's
   * implementation, basic and native code (indexes 0, 1, 2), a bundle's id (index 0).
   */
  readonly codes: readonly string[];
  /** Levels as a bit mask over `LEVELS`. */
  readonly levels: number;
  /** Index in `ITEM_TYPES` (items only). */
  readonly type: number;
  /** Audiences as a bit mask over `AUDIENCES` (items only). */
  readonly audiences: number;
  /** Index in `WINDOW_CLASSES` (items only). */
  readonly windowClass: number;
  /** Index in `ITEM_STATES` (bundles: in use). */
  readonly state: number;
  /** Online depth (bundles: 0). */
  readonly depth: number;
  /** Canonical division codes where it is served. */
  readonly divisions: readonly string[];
  /** Implementing body name, department code and credit code (items only). */
  readonly departments: readonly string[];
  /** Topics. */
  readonly topics: readonly string[];
  /** Rank in browse order, set once every entry is built. */
  order: number;
}

/**
 * Calls `visit` with each value of the other searchable fields of an entry: its field (index in
 * {@link OTHER_FIELDS}: 0 shortName, 1 topics, 2 description, 3 department, 4 results,
 * 5 materials), its index in a list field (-1 for a single value) and its text. Read from the
 * item or bundle itself, so entries keep no copies.
 * @internal
 */
export function forEachFieldValue(entry: Entry, visit: (field: number, index: number, text: string) => void): void {
  const { item, bundle } = entry;
  if (item !== undefined) {
    if (item.shortName !== undefined) visit(0, -1, item.shortName);
    const { topics, results, materials } = item;
    for (let i = 0; i < topics.length; i++) visit(1, i, topics[i] as string);
    visit(3, -1, item.implementingBody.name);
    for (let i = 0; i < results.length; i++) visit(4, i, (results[i] as { name: string }).name);
    for (let i = 0; i < materials.length; i++) visit(5, i, (materials[i] as { name: string }).name);
  } else if (bundle !== undefined) {
    const { topics } = bundle;
    for (let i = 0; i < topics.length; i++) visit(1, i, topics[i] as string);
    if (bundle.description !== undefined) visit(2, -1, bundle.description);
  }
}

/** `values` as a bit mask over their indexes in `all`. @internal */
export function maskOf<T>(values: readonly T[], all: readonly T[]): number {
  let mask = 0;
  for (const value of values) mask |= 1 << all.indexOf(value);
  return mask;
}

/** What building entries needs: memoised name indexes and canonical division codes. @internal */
export interface EntryContext {
  /** The search data of a name (names repeat: one item implemented in many townships). */
  readonly nameIndex: (name: string) => NameIndex;
  /** Canonical form of a (structurally valid) division code. */
  readonly canonical: (code: string) => string;
}

/**
 * An {@link EntryContext} over `readingsOf`. Name indexes are immutable, so entries with the same
 * name share one; division codes are memoised too (catalogues repeat a few codes).
 * @internal
 */
export function entryContext(readingsOf: ReadingsOf): EntryContext {
  const memo = new Map<string, string>();
  const names = new Map<string, NameIndex>();
  return {
    nameIndex: (name) => {
      let index = names.get(name);
      if (index === undefined) names.set(name, (index = buildNameIndex(name, readingsOf(name))));
      return index;
    },
    canonical: (code) => {
      let canonical = memo.get(code);
      if (canonical === undefined) memo.set(code, (canonical = canonicalDivisionCode(code)));
      return canonical;
    },
  };
}

function canonicalDivisions(codes: readonly string[], context: EntryContext): string[] {
  const canonical = codes.map(context.canonical);
  return canonical.length === 1 ? canonical : [...new Set(canonical)];
}

/** Indexes an item (its division codes must be structurally valid). @internal */
export function itemEntry(item: Item, context: EntryContext): Entry {
  const body = item.implementingBody;
  const codes = [item.implementationCode, item.basicCode];
  if (item.nativeCode !== undefined) codes.push(item.nativeCode);
  const departments = [body.name, body.creditCode];
  if (body.departmentCode !== undefined) departments.push(body.departmentCode);
  return {
    kind: 'item',
    item,
    bundle: undefined,
    name: context.nameIndex(item.name),
    codes,
    levels: maskOf(item.levels, LEVELS),
    type: ITEM_TYPES.indexOf(item.type),
    audiences: maskOf(item.audience, AUDIENCES),
    windowClass: WINDOW_CLASSES.indexOf(item.windowClass),
    state: ITEM_STATES.indexOf(item.state),
    depth: item.onlineDepth,
    divisions: canonicalDivisions(item.divisionCodes, context),
    departments,
    topics: item.topics,
    order: 0,
  };
}

/** Indexes a bundle (its division codes must be structurally valid). @internal */
export function bundleEntry(bundle: Bundle, context: EntryContext): Entry {
  return {
    kind: 'bundle',
    item: undefined,
    bundle,
    name: context.nameIndex(bundle.name),
    codes: [bundle.id],
    levels: maskOf(bundle.levels, LEVELS),
    type: -1,
    audiences: 0,
    windowClass: -1,
    state: ITEM_STATES.indexOf('inUse'),
    depth: 0,
    divisions: canonicalDivisions(bundle.divisionCodes, context),
    departments: [],
    topics: bundle.topics,
    order: 0,
  };
}

function compareNames(a: NameIndex, b: NameIndex): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Sorts entries into browse order: by name pinyin (syllable by syllable, so `a` sorts before
 * `ai`), then name, bundles before items, then code. Distinct names are sorted once (catalogues
 * repeat names), entries then by integer rank.
 * @internal
 */
export function sortEntries(entries: Entry[]): void {
  const names = [...new Set(entries.map((entry) => entry.name))].sort(compareNames);
  const rank = new Map<NameIndex, number>();
  names.forEach((name, i) => rank.set(name, i));
  for (const entry of entries) entry.order = rank.get(entry.name) ?? 0;
  entries.sort((a, b) => {
    if (a.order !== b.order) return a.order - b.order;
    if (a.kind !== b.kind) return a.kind === 'bundle' ? -1 : 1;
    const ca = a.codes[0] ?? '';
    const cb = b.codes[0] ?? '';
    return ca < cb ? -1 : ca > cb ? 1 : 0;
  });
  entries.forEach((entry, i) => (entry.order = i));
}
