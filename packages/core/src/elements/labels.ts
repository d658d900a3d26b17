import { formatMessage, type Locale } from '../i18n/index.js';
import type { MoneyUnit } from './element-definition.js';

/** The label of a money unit, e.g. `tenThousandYuan` → 万元 / 10,000 yuan. */
export function moneyUnitLabel(unit: MoneyUnit, locale: Locale = 'zh-CN'): string {
  return formatMessage(`moneyUnit.${unit}`, {}, locale);
}
