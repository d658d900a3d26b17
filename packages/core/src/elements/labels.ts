import { translate, type Locale } from '../i18n/define.js';
import { elementsMessages } from '../i18n/messages/elements.js';
import type { MoneyUnit } from './element-definition.js';

/** The label of a money unit, e.g. `tenThousandYuan` → 万元 / 10,000 yuan. */
export function moneyUnitLabel(unit: MoneyUnit, locale: Locale = 'zh-CN'): string {
  return translate(elementsMessages, `moneyUnit.${unit}`, {}, locale);
}
