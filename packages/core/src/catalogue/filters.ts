import * as z from 'zod/mini';
import { divisionAncestorCodes, isDivisionCode, parseDivisionCode } from '../divisions/division-code.js';
import type { DivisionTable } from '../divisions/division-table.js';
import { SijitongError } from '../errors.js';
import { issuePathOf } from '../i18n/zod.js';
import {
  audienceSchema,
  AUDIENCES,
  ITEM_STATES,
  ITEM_TYPES,
  itemStateSchema,
  itemTypeSchema,
  LEVELS,
  levelSchema,
  onlineDepthSchema,
  WINDOW_CLASSES,
  windowClassSchema,
  type Audience,
  type ItemState,
  type ItemType,
  type Level,
  type OnlineDepth,
  type WindowClass,
} from '../items/enums.js';
import { maskOf, type Entry } from './entry.js';
import { catalogueMessages } from '../i18n/messages/catalogue.js';

/** One value, or several of which any may match. */
export type OneOrMany<T> = T | readonly T[];

/** Kind of a catalogue entry: a service item (事项) or a "one thing" bundle (一件事). */
export type CatalogEntryKind = 'item' | 'bundle';

/**
 * Filters of a catalogue search or browse. Filters combine with AND; the values of one filter
 * combine with OR. Bundles have no type, audience, department, online depth or window class: a
 * filter on any of those leaves bundles out.
 */
export interface CatalogFilters {
  /** Items, bundles, or both (default). */
  readonly kind?: OneOrMany<CatalogEntryKind>;
  /** 行使层级. An empty list in any filter means "any". */
  readonly level?: OneOrMany<Level>;
  /**
   * Division of the site or the applicant (6, 9 or 12 digits): entries served in that division
   * itself or in any division above it. A township (`371327100000`) sees its own items and those
   * of Junan County (`371327`), Linyi (`371300`) and Shandong (`370000`); a village sees its
   * township's too. A county does not see its townships' items.
   */
  readonly division?: OneOrMany<string>;
  /** 事项类型. */
  readonly type?: OneOrMany<ItemType>;
  /** 服务对象: items serving any of these audiences. */
  readonly audience?: OneOrMany<Audience>;
  /** 实施主体: its exact name, its department code, or its unified social credit code. */
  readonly department?: OneOrMany<string>;
  /** 主题分类: exact topic (of items or bundles). */
  readonly topic?: OneOrMany<string>;
  /** Minimum online depth (网上办理深度), e.g. 4 for 全程网办 only. */
  readonly minOnlineDepth?: OnlineDepth;
  /** 事项状态; default `inUse` only. Bundles count as in use. */
  readonly state?: OneOrMany<ItemState>;
  /** Window class (综合窗口 category). */
  readonly windowClass?: OneOrMany<WindowClass>;
}

function oneOrMany<T extends z.core.SomeType>(schema: T) {
  return z.optional(z.union([schema, z.array(schema)]));
}

/** zod/mini schema of {@link CatalogFilters}; division codes are checked structurally. */
export const catalogFiltersSchema = /* @__PURE__ */ z.strictObject({
  /** Items, bundles, or both. */
  kind: /* @__PURE__ */ oneOrMany(z.enum(['item', 'bundle'])),
  /** 行使层级. */
  level: /* @__PURE__ */ oneOrMany(levelSchema),
  /** Divisions (6, 9 or 12 digits) whose residents are served. */
  division: /* @__PURE__ */ oneOrMany(z.string().check(z.refine((code) => isDivisionCode(code)))),
  /** 事项类型. */
  type: /* @__PURE__ */ oneOrMany(itemTypeSchema),
  /** 服务对象. */
  audience: /* @__PURE__ */ oneOrMany(audienceSchema),
  /** Implementing body name, department code or credit code. */
  department: /* @__PURE__ */ oneOrMany(z.string().check(z.minLength(1))),
  /** 主题分类. */
  topic: /* @__PURE__ */ oneOrMany(z.string().check(z.minLength(1))),
  /** Minimum online depth. */
  minOnlineDepth: /* @__PURE__ */ z.optional(onlineDepthSchema),
  /** 事项状态 (default in use). */
  state: /* @__PURE__ */ oneOrMany(itemStateSchema),
  /** Window class. */
  windowClass: /* @__PURE__ */ oneOrMany(windowClassSchema),
});

/** A compiled filter: a predicate over the catalogue's entries. @internal */
export type EntryPredicate = (entry: Entry) => boolean;

function list<T>(value: OneOrMany<T> | undefined): readonly T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return [value as T];
  // An empty list (an untouched multi-select) means "any".
  return value.length === 0 ? undefined : (value as readonly T[]);
}

/** {@link maskOf}, or every bit when the filter is absent. */
function filterMask<T>(values: readonly T[] | undefined, all: readonly T[]): number {
  return values === undefined ? -1 : maskOf(values, all);
}

/**
 * Checks `filters` and compiles them into a predicate. With a division table, filter divisions
 * must be in it.
 * @throws {@link SijitongError} `CATALOG_FILTER_INVALID` naming the bad filter and value;
 * `DIVISION_CODE_UNKNOWN` when a division is not in the table.
 * @internal
 */
export function compileFilters(filters: CatalogFilters | undefined, divisions?: DivisionTable): EntryPredicate {
  const parsed = z.safeParse(catalogFiltersSchema, filters ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issuePathOf(issue);
    let value: unknown = filters;
    for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
    const field = path.length === 0 ? 'filters' : String(path[0]);
    throw new SijitongError(
      catalogueMessages,
      'CATALOG_FILTER_INVALID',
      { field, value: typeof value === 'object' ? JSON.stringify(value) : String(value) },
      { path, cause: parsed.error },
    );
  }
  const f = parsed.data;
  const kinds = list(f.kind);
  const allowItems = kinds === undefined || kinds.includes('item');
  const itemOnly =
    list(f.type) !== undefined ||
    list(f.audience) !== undefined ||
    list(f.department) !== undefined ||
    list(f.windowClass) !== undefined ||
    f.minOnlineDepth !== undefined;
  const states = list(f.state) ?? ['inUse'];
  const allowBundles = (kinds === undefined || kinds.includes('bundle')) && !itemOnly && states.includes('inUse');
  const levelMask = filterMask(list(f.level), LEVELS);
  const typeMask = filterMask(list(f.type), ITEM_TYPES);
  const audienceMask = filterMask(list(f.audience), AUDIENCES);
  const windowMask = filterMask(list(f.windowClass), WINDOW_CLASSES);
  const stateMask = filterMask(states, ITEM_STATES);
  const minDepth = f.minOnlineDepth ?? 0;
  const departments = list(f.department);
  const topics = list(f.topic);
  let served: Set<string> | undefined;
  for (const code of list(f.division) ?? []) {
    if (divisions !== undefined) divisions.validate(code);
    served ??= new Set();
    served.add(parseDivisionCode(code).canonicalCode);
    for (const ancestor of divisionAncestorCodes(code)) served.add(ancestor);
  }
  return (entry) => {
    if (entry.kind === 'item' ? !allowItems : !allowBundles) return false;
    if ((entry.levels & levelMask) === 0) return false;
    if (served !== undefined && !entry.divisions.some((code) => served.has(code))) return false;
    if (topics !== undefined && !entry.topics.some((topic) => topics.includes(topic))) return false;
    if (entry.kind === 'bundle') return true;
    if (((1 << entry.state) & stateMask) === 0) return false;
    if (((1 << entry.type) & typeMask) === 0) return false;
    if ((entry.audiences & audienceMask) === 0) return false;
    if (((1 << entry.windowClass) & windowMask) === 0) return false;
    if (entry.depth < minDepth) return false;
    if (departments !== undefined && !entry.departments.some((d) => departments.includes(d))) return false;
    return true;
  };
}
