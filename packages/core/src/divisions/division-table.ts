import * as z from 'zod/mini';
import { SijitongError } from '../errors.js';
import { checkWith, issuePathOf } from '../i18n/zod.js';
import { divisionAncestorCodes, divisionCodeSchema, parseDivisionCode, type DivisionLevel } from './division-code.js';
import { divisionsMessages } from '../i18n/messages/divisions.js';

/** One row of a division table as an integrator supplies it (e.g. from the statistics office's list). */
export interface DivisionRow {
  /** Division code in 6, 9 or 12 digits; stored in canonical width (see {@link DivisionCodeInfo}). */
  readonly code: string;
  /** Short name, e.g. `莒南县`. */
  readonly name: string;
  /** Optional full or official name, e.g. `山东省临沂市莒南县`. */
  readonly fullName?: string | undefined;
}

/** A division known to a {@link DivisionTable}. */
export interface Division {
  /** Canonical code: 6 digits down to county level, 12 below. */
  readonly code: string;
  /** Short name from the table. */
  readonly name: string;
  /** Level read from the code. */
  readonly level: DivisionLevel;
  /**
   * Canonical code of the nearest ancestor present in the table (usually the structural parent;
   * when a table omits a level, e.g. the 市辖区 rows, the next one up). `undefined` for a root.
   */
  readonly parentCode: string | undefined;
  /** Full name, when the row gave one. */
  readonly fullName?: string;
}

/** A division table built by {@link createDivisionTable}. Every method accepts codes in 6, 9 or 12 digits. */
export interface DivisionTable {
  /** Number of divisions in the table. */
  readonly size: number;
  /** The division with `code`, or `undefined` when the code is malformed or not in the table. */
  get(code: string): Division | undefined;
  /** True when `code` is in the table. */
  has(code: string): boolean;
  /**
   * The division with `code`.
   * @throws {@link SijitongError} `DIVISION_CODE_UNKNOWN` when it is not in the table (malformed codes included).
   */
  require(code: string): Division;
  /**
   * Checks `code` fully, structure first, then presence, and returns its division.
   * @throws {@link SijitongError} `DIVISION_CODE_FORMAT` when malformed, `DIVISION_CODE_UNKNOWN` when not in the table.
   */
  validate(code: string): Division;
  /**
   * Direct children of `code` in the table, ordered by code; without `code`, the roots (normally
   * the provinces).
   * @throws {@link SijitongError} `DIVISION_CODE_UNKNOWN` when `code` is not in the table.
   */
  children(code?: string): readonly Division[];
  /**
   * Ancestors of `code` present in the table, province first, without the division itself.
   * @throws {@link SijitongError} `DIVISION_CODE_UNKNOWN` when `code` is not in the table.
   */
  ancestors(code: string): readonly Division[];
  /**
   * Names from the root down to the division itself, joined by `separator` (a space by default),
   * e.g. `山东省 临沂市 莒南县 十字路街道`.
   * @throws {@link SijitongError} `DIVISION_CODE_UNKNOWN` when `code` is not in the table.
   */
  path(code: string, separator?: string): string;
  /**
   * True when `code` is `ancestorCode` itself or lies inside it; false when either is unknown.
   * Useful for jurisdiction checks ("is this village in my county?"). Never throws.
   */
  isWithin(code: string, ancestorCode: string): boolean;
  /** Every division, ordered by code. */
  [Symbol.iterator](): Iterator<Division>;
}

/** zod/mini schema of one {@link DivisionRow}; extra fields are ignored. */
export const divisionRowSchema = /* @__PURE__ */ z.object({
  /** The division code, 6, 9 or 12 digits. */
  code: divisionCodeSchema,
  /** The name, e.g. 莒南县. */
  name: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1)),
  /** The full name where the table has one, e.g. 山东省临沂市莒南县. */
  fullName: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});

function formatPath(path: readonly PropertyKey[]): string {
  let text = 'rows';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return text;
}

function validateRow(row: unknown, index: number): z.infer<typeof divisionRowSchema> {
  const result = z.safeParse(divisionRowSchema, row);
  if (result.success) return result.data;
  const path = [index, ...issuePathOf(result.error.issues[0])];
  throw new SijitongError(divisionsMessages, 'DIVISION_TABLE_INVALID', { path: formatPath(path) }, { path, cause: result.error });
}

function byCode(a: Division, b: Division): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * Builds a {@link DivisionTable} from rows of data, e.g. the statistics office's 12-digit list or
 * the bundled `junanDivisionRows`. Nothing about divisions is hard-coded: the table is whatever
 * the rows say. Codes are stored in canonical width, so `'371327'` and `'371327000000'` are the
 * same county (and listing both is a duplicate).
 *
 * @example
 * ```ts
 * const table = createDivisionTable(junanDivisionRows);
 * table.path('371327001000'); // '山东省 临沂市 莒南县 十字路街道'
 * ```
 * @throws {@link SijitongError} `DIVISION_TABLE_INVALID` (with `path`, e.g. `[3, 'code']`) for a bad
 * row, `DIVISION_TABLE_DUPLICATE` when two rows denote the same division.
 */
export function createDivisionTable(rows: readonly DivisionRow[]): DivisionTable {
  if (!Array.isArray(rows)) throw new SijitongError(divisionsMessages, 'DIVISION_TABLE_INVALID', { path: 'rows' });
  const byCanonical = new Map<string, Division>();
  const firstIndex = new Map<string, number>();
  const parsedRows: { row: z.infer<typeof divisionRowSchema>; code: string; level: DivisionLevel }[] = [];
  rows.forEach((raw: unknown, index) => {
    const row = validateRow(raw, index);
    const info = parseDivisionCode(row.code);
    const seen = firstIndex.get(info.canonicalCode);
    if (seen !== undefined) {
      throw new SijitongError(
        divisionsMessages,
        'DIVISION_TABLE_DUPLICATE',
        { code: info.canonicalCode, path: formatPath([index, 'code']), first: formatPath([seen, 'code']) },
        { path: [index, 'code'] },
      );
    }
    firstIndex.set(info.canonicalCode, index);
    parsedRows.push({ row, code: info.canonicalCode, level: info.level });
  });

  const childLists = new Map<string | undefined, Division[]>();
  for (const { row, code, level } of parsedRows) {
    const ancestors = divisionAncestorCodes(code);
    let parentCode: string | undefined;
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const candidate = ancestors[i];
      if (candidate !== undefined && firstIndex.has(candidate)) {
        parentCode = candidate;
        break;
      }
    }
    const division: Division =
      row.fullName === undefined
        ? { code, name: row.name, level, parentCode }
        : { code, name: row.name, level, parentCode, fullName: row.fullName };
    byCanonical.set(code, division);
    const siblings = childLists.get(parentCode);
    if (siblings === undefined) childLists.set(parentCode, [division]);
    else siblings.push(division);
  }
  for (const list of childLists.values()) list.sort(byCode);
  const all = [...byCanonical.values()].sort(byCode);

  const get = (code: string): Division | undefined => {
    if (typeof code !== 'string') return undefined;
    const direct = byCanonical.get(code);
    if (direct !== undefined) return direct;
    try {
      return byCanonical.get(parseDivisionCode(code).canonicalCode);
    } catch {
      return undefined;
    }
  };
  const require = (code: string): Division => {
    const division = get(code);
    if (division === undefined) throw new SijitongError(divisionsMessages, 'DIVISION_CODE_UNKNOWN', { code: String(code) });
    return division;
  };
  const ancestors = (code: string): Division[] => {
    const result: Division[] = [];
    for (let parent = require(code).parentCode; parent !== undefined; ) {
      const division = byCanonical.get(parent);
      if (division === undefined) break;
      result.unshift(division);
      parent = division.parentCode;
    }
    return result;
  };

  return {
    size: byCanonical.size,
    get,
    has: (code) => get(code) !== undefined,
    require,
    validate: (code) => {
      parseDivisionCode(code);
      return require(code);
    },
    children: (code) => childLists.get(code === undefined ? undefined : require(code).code) ?? [],
    ancestors,
    path: (code, separator = ' ') => [...ancestors(code), require(code)].map((d) => d.name).join(separator),
    isWithin: (code, ancestorCode) => {
      const division = get(code);
      const ancestor = get(ancestorCode);
      if (division === undefined || ancestor === undefined) return false;
      for (let current: Division | undefined = division; current !== undefined; ) {
        if (current === ancestor) return true;
        current = current.parentCode === undefined ? undefined : byCanonical.get(current.parentCode);
      }
      return false;
    },
    [Symbol.iterator]: () => all[Symbol.iterator](),
  };
}

/**
 * zod/mini schema of a division code that must exist in `table`, for form fields.
 * Malformed codes report `DIVISION_CODE_FORMAT`, unknown ones `DIVISION_CODE_UNKNOWN`.
 */
export function knownDivisionCodeSchema(table: DivisionTable): z.ZodMiniString<string> {
  return z.string().check(checkWith<string>((code) => table.validate(code)));
}
