import * as z from 'zod/mini';
import { bundleSchema, instantSchema, itemSchema } from '@sijitong/core';
import type { CatalogCapability } from '../contract/capabilities.js';
import { isAdapterError } from '../errors.js';
import { catalogChangesSchema } from '../parse/catalog-schemas.js';
import { textSchema } from '../parse/fields.js';
import { parseInput, parseResponse } from '../parse/parse-response.js';
import type { ObjectSpec } from '../dialects/mapping/spec.js';
import { catalogPage } from '../dialects/shared/dialect-catalog.js';
import { pageOf, responseOf } from '../dialects/shared/mapped-io.js';
import { callEndpoint, hasEndpoint, type DeclarativeRuntime } from './runtime.js';

/**
 * The catalogue of a declarative adapter: `catalog.list` (paged), `catalog.get` (an error the
 * endpoint's table maps to `ADAPTER_ITEM_NOT_FOUND` means `null`), `catalog.changes`, and
 * `catalog.bundles` when configured (core's `Bundle` shape). @internal
 */
export function declarativeCatalog(rt: DeclarativeRuntime, item: ObjectSpec): CatalogCapability {
  const catalog: CatalogCapability = {
    async list(query = {}, options = {}) {
      const { division, requested } = catalogPage(query, rt.maxPageSize);
      const data = await callEndpoint(rt, 'catalog.list', { division }, options, { page: requested });
      return pageOf(rt, rt.paging, itemSchema, item, data, 'catalog.list', requested);
    },

    async get(implementationCode, options = {}) {
      const code = parseInput(textSchema, implementationCode, { what: 'catalog.get' });
      let data: unknown;
      try {
        data = await callEndpoint(rt, 'catalog.get', { implementationCode: code }, options, { errorParams: { implementationCode: code } });
      } catch (error) {
        if (isAdapterError(error, 'ADAPTER_ITEM_NOT_FOUND')) return null;
        throw error;
      }
      return responseOf(rt, itemSchema, item, data, 'catalog.get');
    },

    async changesSince(since, options = {}) {
      const from = parseInput(instantSchema, since, { what: 'catalog.changesSince' });
      const data = await callEndpoint(rt, 'catalog.changes', { since: from }, options);
      const changes = rt.config.fields.changes;
      const spec: ObjectSpec = {
        changed: { from: changes?.changed ?? 'changed', each: item, default: [] },
        removed: { from: changes?.removed ?? 'removed', default: [] },
        until: changes?.until ?? 'until',
      };
      return responseOf(rt, catalogChangesSchema, spec, data, 'catalog.changesSince');
    },
  };
  if (!hasEndpoint(rt, 'catalog.bundles')) return catalog;
  return {
    ...catalog,
    async bundles(options = {}) {
      const data = await callEndpoint(rt, 'catalog.bundles', {}, options);
      return parseResponse(z.array(bundleSchema), data, { what: 'catalog.bundles', path: rt.dataPath });
    },
  };
}
