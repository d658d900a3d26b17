import type { StatusMapping } from '@sijitong/core';
import * as z from 'zod/mini';
import type { Page, PageQuery } from '../../contract/call.js';
import { readPage, type PagingStyle } from '../../http/envelope.js';
import { parseResponse } from '../../parse/parse-response.js';
import { mappedValue, type DocPath } from '../mapping/apply.js';
import { parseMapped, parseMappedList } from '../mapping/parse-mapped.js';
import type { CodeTable, ObjectSpec } from '../mapping/spec.js';

/** The tables a dialect maps with: code tables and the status table. */
export interface DialectTables {
  /** Named code tables. */
  readonly tables: Readonly<Record<string, CodeTable>>;
  /** The case status table. */
  readonly status: StatusMapping;
  /** Where the payload sits in the province's answer (`['data']`), for error paths. */
  readonly dataPath: DocPath;
}

/** A request body (or query) built from the caller's input with `spec`; problems are `INPUT_INVALID`. */
export function requestOf(t: DialectTables, spec: ObjectSpec, input: unknown, what: string): Record<string, unknown> {
  return mappedValue(input, spec, { what, direction: 'request', tables: t.tables, status: t.status });
}

/** The payload mapped with `spec` and parsed with `schema`; problems are `RESPONSE_INVALID` at the province's field names. */
export function responseOf<S extends z.core.$ZodType>(t: DialectTables, schema: S, spec: ObjectSpec, payload: unknown, what: string, path: DocPath = []): z.output<S> {
  return parseMapped(schema, payload, spec, { what, direction: 'response', tables: t.tables, status: t.status, path: [...t.dataPath, ...path] });
}

/** Each entry of a list payload mapped and parsed (a non-list is `RESPONSE_INVALID`). */
export function listOf<S extends z.core.$ZodType>(t: DialectTables, schema: S, spec: ObjectSpec, payload: unknown, what: string, path: DocPath = []): z.output<S>[] {
  const rows = parseMappedListInput(payload, what, [...t.dataPath, ...path]);
  return parseMappedList(schema, rows, spec, { what, direction: 'response', tables: t.tables, status: t.status, path: [...t.dataPath, ...path] });
}

function parseMappedListInput(payload: unknown, what: string, path: DocPath): readonly unknown[] {
  return parseResponse(z.array(z.unknown()), payload, { what, path });
}

/**
 * A page of the province (in `style`) as the kit's {@link Page}: numbers through http's
 * `readPage`, each row mapped with `spec` and parsed with `schema`, reported at its index
 * (`data.rows[3].TASK_CODE`).
 */
export function pageOf<S extends z.core.$ZodType>(
  t: DialectTables,
  style: PagingStyle,
  schema: S,
  spec: ObjectSpec,
  payload: unknown,
  what: string,
  requested: PageQuery,
): Page<z.output<S>> {
  const page = readPage(payload, style, z.unknown(), { what, requested });
  const rowsPath = [...t.dataPath, ...style.itemsField.split('.')];
  const items = parseMappedList(schema, page.items, spec, { what, direction: 'response', tables: t.tables, status: t.status, path: rowsPath });
  return { ...page, items };
}
