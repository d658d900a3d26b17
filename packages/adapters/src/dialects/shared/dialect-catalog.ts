import * as z from 'zod/mini';
import { bundleSchema, instantSchema, itemSchema } from '@sijitong/core';
import type { PageQuery } from '../../contract/call.js';
import type { CatalogCapability } from '../../contract/capabilities.js';
import type { HttpRequest } from '../../http/client.js';
import type { PagingStyle } from '../../http/envelope.js';
import { catalogChangesSchema, catalogListQuerySchema } from '../../parse/catalog-schemas.js';
import { textSchema } from '../../parse/fields.js';
import { parseInput, parseResponse } from '../../parse/parse-response.js';
import { isProvinceError } from '../mapping/province-errors.js';
import type { ObjectSpec } from '../mapping/spec.js';
import type { DialectRuntime } from './dialect-runtime.js';
import { callOptions } from './http-config.js';
import { pageOf, responseOf } from './mapped-io.js';

/** The validated `catalog.list` query and the page asked for (20 items by default, at most `maxPageSize`). */
export function catalogPage(query: unknown, maxPageSize: number): { division: string | undefined; requested: { page: number; pageSize: number } } {
  const q = parseInput(catalogListQuerySchema, query, { what: 'catalog.list' });
  return { division: q.division, requested: { page: q.page ?? 1, pageSize: Math.min(q.pageSize ?? 20, maxPageSize) } };
}

/** What differs between the dialects' catalogues: the requests and the field tables. @internal */
export interface CatalogDialect {
  /** One page of items, optionally of one division. */
  readonly listRequest: (requested: PageQuery, division: string | undefined) => HttpRequest;
  /** One item by implementation code (`40400`: none). */
  readonly getRequest: (implementationCode: string) => HttpRequest;
  /** The changes since an instant. */
  readonly changesRequest: (since: string) => HttpRequest;
  /** The bundles (一件事). */
  readonly bundlesRequest: () => HttpRequest;
  /** An item → core's `Item`. */
  readonly itemFields: ObjectSpec;
  /** The changes feed → `CatalogChanges`. */
  readonly changesFields: ObjectSpec;
  /** The dialect's paging. */
  readonly paging: PagingStyle;
  /** The largest page served. */
  readonly maxPageSize: number;
}

/** A dialect's catalogue: list, get (`null` when the province answers `40400`), changes, bundles. @internal */
export function dialectCatalog(rt: DialectRuntime, dialect: CatalogDialect): CatalogCapability {
  const call = (request: HttpRequest, options: { readonly signal?: AbortSignal; readonly timeoutMs?: number }) => rt.client.request({ ...request, ...callOptions(options) });
  return {
    async list(query = {}, options = {}) {
      const { division, requested } = catalogPage(query, dialect.maxPageSize);
      const data = await call(dialect.listRequest(requested, division), options);
      return pageOf(rt, dialect.paging, itemSchema, dialect.itemFields, data, 'catalog.list', requested);
    },

    async get(implementationCode, options = {}) {
      const code = parseInput(textSchema, implementationCode, { what: 'catalog.get' });
      let data: unknown;
      try {
        data = await call(dialect.getRequest(code), options);
      } catch (error) {
        if (isProvinceError(error, '40400')) return null;
        throw error;
      }
      return responseOf(rt, itemSchema, dialect.itemFields, data, 'catalog.get');
    },

    async changesSince(since, options = {}) {
      const from = parseInput(instantSchema, since, { what: 'catalog.changesSince' });
      const data = await call(dialect.changesRequest(from), options);
      return responseOf(rt, catalogChangesSchema, dialect.changesFields, data, 'catalog.changesSince');
    },

    async bundles(options = {}) {
      const data = await call(dialect.bundlesRequest(), options);
      return parseResponse(z.array(bundleSchema), data, { what: 'catalog.bundles', path: rt.dataPath });
    },
  };
}
