import type { CatalogCapability } from '../../contract/capabilities.js';
import { pageParams } from '../../http/envelope.js';
import { convert } from '../mapping/convert.js';
import { dialectCatalog } from '../shared/dialect-catalog.js';
import { readOnlyKey } from '../shared/http-config.js';
import { GUANGDONG_CHANGES_FIELDS, GUANGDONG_ITEM_FIELDS } from './item-fields.js';
import { GUANGDONG_MAX_PAGE_SIZE, GUANGDONG_PAGING, type GuangdongRuntime } from './runtime.js';

/** A POST that only reads (retried). */
const read = (path: string, json: unknown) => ({ method: 'POST', path, json, idempotencyKey: readOnlyKey() }) as const;

/** The guangdong catalogue: `/item/list`, `/item/detail`, `/item/changes`, `/item/bundles` (POST reads, retried). @internal */
export function guangdongCatalog(rt: GuangdongRuntime): CatalogCapability {
  return dialectCatalog(rt, {
    listRequest: (requested, division) => read('/item/list', { ...pageParams(requested, GUANGDONG_PAGING), ...(division === undefined ? {} : { areaCode: division }) }),
    getRequest: (itemCode) => read('/item/detail', { itemCode }),
    changesRequest: (since) => read('/item/changes', { since: convert(since, 'epochMsFromInstant') }),
    bundlesRequest: () => read('/item/bundles', {}),
    itemFields: GUANGDONG_ITEM_FIELDS,
    changesFields: GUANGDONG_CHANGES_FIELDS,
    paging: GUANGDONG_PAGING,
    maxPageSize: GUANGDONG_MAX_PAGE_SIZE,
  });
}
