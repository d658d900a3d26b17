import type { CatalogCapability } from '../../contract/capabilities.js';
import { pageParams } from '../../http/envelope.js';
import { convert } from '../mapping/convert.js';
import { dialectCatalog } from '../shared/dialect-catalog.js';
import { NATIONAL_CHANGES_FIELDS, NATIONAL_ITEM_FIELDS } from './item-fields.js';
import { NATIONAL_MAX_PAGE_SIZE, NATIONAL_PAGING, type NationalRuntime } from './runtime.js';

/** The national catalogue: `GET /catalog/items[/{TASK_CODE}]`, `/catalog/changes`, `/catalog/bundles`. @internal */
export function nationalCatalog(rt: NationalRuntime): CatalogCapability {
  return dialectCatalog(rt, {
    listRequest: (requested, division) => ({ method: 'GET', path: '/catalog/items', query: { ...pageParams(requested, NATIONAL_PAGING), AREA_CODE: division } }),
    getRequest: (code) => ({ method: 'GET', path: `/catalog/items/${encodeURIComponent(code)}` }),
    changesRequest: (since) => ({ method: 'GET', path: '/catalog/changes', query: { since: String(convert(since, 'beijingFromInstant')) } }),
    bundlesRequest: () => ({ method: 'GET', path: '/catalog/bundles' }),
    itemFields: NATIONAL_ITEM_FIELDS,
    changesFields: NATIONAL_CHANGES_FIELDS,
    paging: NATIONAL_PAGING,
    maxPageSize: NATIONAL_MAX_PAGE_SIZE,
  });
}
