import { translate, type Locale } from '../i18n/define.js';
import { catalogueMessages } from '../i18n/messages/catalogue.js';
import type { CatalogMatchField } from './entry.js';

/**
 * The label of a search match field, e.g. to say "found in: 申请材料".
 *
 * @example catalogFieldLabel('materials') // '申请材料'
 * @example catalogFieldLabel('materials', 'en') // 'Material'
 */
export function catalogFieldLabel(field: CatalogMatchField, locale: Locale = 'zh-CN'): string {
  return translate(catalogueMessages, `catalogField.${field}`, {}, locale);
}
