import * as z from 'zod/mini';
import { bundleSchema, instantSchema, itemSchema } from '@sijitong/core';
import type { CatalogCapability } from '../../contract/capabilities.js';
import { pageParams } from '../../http/envelope.js';
import { catalogChangesSchema, catalogListQuerySchema } from '../../parse/catalog-schemas.js';
import { textSchema } from '../../parse/fields.js';
import { parseInput, parseResponse } from '../../parse/parse-response.js';
import { convert } from '../mapping/convert.js';
import { isProvinceError } from '../mapping/province-errors.js';
import { callOptions } from '../shared/http-config.js';
import { pageOf, responseOf } from '../shared/mapped-io.js';
import { NATIONAL_CHANGES_FIELDS, NATIONAL_ITEM_FIELDS } from './item-fields.js';
import { NATIONAL_MAX_PAGE_SIZE, NATIONAL_PAGING, type NationalRuntime } from './runtime.js';

/** The national catalogue: `GET /catalog/items[/{TASK_CODE}]`, `/catalog/changes`, `/catalog/bundles`. @internal */
export function nationalCatalog(rt: NationalRuntime): CatalogCapability {
  return {
    async list(query = {}, options = {}) {
      const q = parseInput(catalogListQuerySchema, query, { what: 'catalog.list' });
      const requested = { page: q.page ?? 1, pageSize: Math.min(q.pageSize ?? 20, NATIONAL_MAX_PAGE_SIZE) };
      const data = await rt.client.request({
        method: 'GET',
        path: '/catalog/items',
        query: { ...pageParams(requested, NATIONAL_PAGING), AREA_CODE: q.division },
        ...callOptions(options),
      });
      return pageOf(rt, NATIONAL_PAGING, itemSchema, NATIONAL_ITEM_FIELDS, data, 'catalog.list', requested);
    },

    async get(implementationCode, options = {}) {
      const code = parseInput(textSchema, implementationCode, { what: 'catalog.get' });
      let data: unknown;
      try {
        data = await rt.client.request({ method: 'GET', path: `/catalog/items/${encodeURIComponent(code)}`, ...callOptions(options) });
      } catch (error) {
        if (isProvinceError(error, '40400')) return null;
        throw error;
      }
      return responseOf(rt, itemSchema, NATIONAL_ITEM_FIELDS, data, 'catalog.get');
    },

    async changesSince(since, options = {}) {
      const from = parseInput(instantSchema, since, { what: 'catalog.changesSince' });
      const data = await rt.client.request({
        method: 'GET',
        path: '/catalog/changes',
        query: { since: String(convert(from, 'beijingFromInstant')) },
        ...callOptions(options),
      });
      return responseOf(rt, catalogChangesSchema, NATIONAL_CHANGES_FIELDS, data, 'catalog.changesSince');
    },

    async bundles(options = {}) {
      const data = await rt.client.request({ method: 'GET', path: '/catalog/bundles', ...callOptions(options) });
      return parseResponse(z.array(bundleSchema), data, { what: 'catalog.bundles', path: rt.dataPath });
    },
  };
}
