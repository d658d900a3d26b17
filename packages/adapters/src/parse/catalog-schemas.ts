import * as z from 'zod/mini';
import { implementationCodeSchema, instantSchema, itemSchema } from '@sijitong/core';
import { divisionFilterSchema } from './fields.js';

/**
 * zod schema of a `Page` of `entry`: `items`, `total` (≥ the entries), `page` (from 1) and
 * `pageSize` (≥ 1). Use `pageSchemaOf(itemSchema)` for the catalogue.
 */
export function pageSchemaOf<S extends z.core.$ZodType>(entry: S) {
  return z.object({
    /** The entries of this page. */
    items: z.array(entry),
    /** How many entries exist in all. */
    total: z.int().check(z.gte(0)),
    /** The page number, from 1. */
    page: z.int().check(z.gte(1)),
    /** The page size asked for. */
    pageSize: z.int().check(z.gte(1)),
  });
}

/** zod schema of a `PageQuery` a caller passes (both optional; page ≥ 1, size 1–1000). */
export const pageQuerySchema = /* @__PURE__ */ z.object({
  /** From 1. */
  page: z.optional(z.int().check(z.gte(1))),
  /** 1 to 1000. */
  pageSize: z.optional(z.int().check(z.gte(1), z.lte(1000))),
});

/** zod schema of a `CatalogListQuery`. */
export const catalogListQuerySchema = /* @__PURE__ */ z.object({
  ...pageQuerySchema.shape,
  /** A division code of 6, 9 or 12 digits. */
  division: z.optional(divisionFilterSchema),
});

/** zod schema of the catalogue's items page, each item parsed with core's `itemSchema`. */
export const itemPageSchema = /* @__PURE__ */ pageSchemaOf(itemSchema);

/** zod schema of `CatalogChanges`. */
export const catalogChangesSchema = /* @__PURE__ */ z.object({
  /** Items added or changed. */
  changed: z.array(itemSchema),
  /** Implementation codes removed or cancelled. */
  removed: z.array(implementationCodeSchema),
  /** Ask for changes since this instant next time. */
  until: instantSchema,
});
