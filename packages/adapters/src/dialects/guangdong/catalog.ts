import * as z from 'zod/mini';
import { bundleSchema, instantSchema, itemSchema } from '@sijitong/core';
import type { CatalogCapability } from '../../contract/capabilities.js';
import { pageParams } from '../../http/envelope.js';
import { catalogChangesSchema, catalogListQuerySchema } from '../../parse/catalog-schemas.js';
import { textSchema } from '../../parse/fields.js';
import { parseInput, parseResponse } from '../../parse/parse-response.js';
import { convert } from '../mapping/convert.js';
import { isProvinceError } from '../mapping/province-errors.js';
import { callOptions, readOnlyKey } from '../shared/http-config.js';
import { pageOf, responseOf } from '../shared/mapped-io.js';
import { GUANGDONG_CHANGES_FIELDS, GUANGDONG_ITEM_FIELDS } from './item-fields.js';
import { GUANGDONG_MAX_PAGE_SIZE, GUANGDONG_PAGING, type GuangdongRuntime } from './runtime.js';

/** The guangdong catalogue: `/item/list`, `/item/detail`, `/item/changes`, `/item/bundles` (POST reads, retried). @internal */
export function guangdongCatalog(rt: GuangdongRuntime): CatalogCapability {
  const read = (path: string, json: unknown, options: { signal?: AbortSignal; timeoutMs?: number }) =>
    rt.client.request({ method: 'POST', path, json, idempotencyKey: readOnlyKey(), ...callOptions(options) });

  return {
    async list(query = {}, options = {}) {
      const q = parseInput(catalogListQuerySchema, query, { what: 'catalog.list' });
      const requested = { page: q.page ?? 1, pageSize: Math.min(q.pageSize ?? 20, GUANGDONG_MAX_PAGE_SIZE) };
      const data = await read('/item/list', { ...pageParams(requested, GUANGDONG_PAGING), ...(q.division === undefined ? {} : { areaCode: q.division }) }, options);
      return pageOf(rt, GUANGDONG_PAGING, itemSchema, GUANGDONG_ITEM_FIELDS, data, 'catalog.list', requested);
    },

    async get(implementationCode, options = {}) {
      const itemCode = parseInput(textSchema, implementationCode, { what: 'catalog.get' });
      let data: unknown;
      try {
        data = await read('/item/detail', { itemCode }, options);
      } catch (error) {
        if (isProvinceError(error, '40400')) return null;
        throw error;
      }
      return responseOf(rt, itemSchema, GUANGDONG_ITEM_FIELDS, data, 'catalog.get');
    },

    async changesSince(since, options = {}) {
      const from = parseInput(instantSchema, since, { what: 'catalog.changesSince' });
      const data = await read('/item/changes', { since: convert(from, 'epochMsFromInstant') }, options);
      return responseOf(rt, catalogChangesSchema, GUANGDONG_CHANGES_FIELDS, data, 'catalog.changesSince');
    },

    async bundles(options = {}) {
      const data = await read('/item/bundles', {}, options);
      return parseResponse(z.array(bundleSchema), data, { what: 'catalog.bundles', path: rt.dataPath });
    },
  };
}
