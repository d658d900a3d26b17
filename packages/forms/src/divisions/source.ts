/**
 * One administrative division offered in a `division` field's list: its code (GB/T 2260, 6 digits
 * down to county level, 12 below) and its name. Core's `Division` and the adapters'
 * `DivisionOption` both have this shape.
 */
export interface DivisionOption {
  /** Division code, e.g. `371327` or `371327100000`. */
  readonly code: string;
  /** Short name, e.g. `莒南县`. */
  readonly name: string;
}

/** What `<sjt-form>` passes to {@link DivisionSource.children}. */
export interface DivisionLoadOptions {
  /** Aborted when the applicant changes the choice above before the list arrives. */
  readonly signal?: AbortSignal;
}

/**
 * Where a `division` field of `<sjt-form>` gets its lists, one level at a time: the children of a
 * division (without a code, the top level, normally the provinces). Lists are asked for only when
 * the applicant has chosen their parent, and cached per source and parent.
 *
 * Structural, so no adapter or table type is needed: core's `createDivisionTable(rows)` satisfies it
 * as it is (synchronously), and so does an adapter's `divisions` capability (asynchronously, with
 * the abort signal). A source may throw or reject: the field then shows the error with a retry
 * button.
 *
 * @example
 * ```ts
 * import { createDivisionTable, junanDivisionRows } from '@sijitong/core';
 * form.divisions = createDivisionTable(junanDivisionRows);   // or: form.divisions = adapter.divisions;
 * ```
 */
export interface DivisionSource {
  /**
   * The divisions directly under `parentCode`, or the top level without it; an empty list for a
   * division without children.
   */
  children(parentCode?: string, options?: DivisionLoadOptions): readonly DivisionOption[] | Promise<readonly DivisionOption[]>;
}
