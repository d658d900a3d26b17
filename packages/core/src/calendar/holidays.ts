import { translate, type Locale, type MessageKey } from '../i18n/define.js';
import { calendarMessages } from '../i18n/messages/calendar.js';

/**
 * The public holidays of the mainland calendar, as stable keys. `other` is a one-off day off
 * decreed by the State Council (e.g. 2015-09-03, the 70th anniversary of the victory).
 */
export type HolidayKey =
  | 'newYear'
  | 'springFestival'
  | 'qingming'
  | 'labourDay'
  | 'dragonBoat'
  | 'midAutumn'
  | 'nationalDay'
  | 'other';

/** Every {@link HolidayKey}, in calendar order. */
export const HOLIDAY_KEYS: readonly HolidayKey[] = [
  'newYear',
  'springFestival',
  'qingming',
  'labourDay',
  'dragonBoat',
  'midAutumn',
  'nationalDay',
  'other',
];

const LABEL_CODES: Record<HolidayKey, MessageKey<typeof calendarMessages>> = {
  newYear: 'HOLIDAY_NEW_YEAR',
  springFestival: 'HOLIDAY_SPRING_FESTIVAL',
  qingming: 'HOLIDAY_QINGMING',
  labourDay: 'HOLIDAY_LABOUR_DAY',
  dragonBoat: 'HOLIDAY_DRAGON_BOAT',
  midAutumn: 'HOLIDAY_MID_AUTUMN',
  nationalDay: 'HOLIDAY_NATIONAL_DAY',
  other: 'HOLIDAY_OTHER',
};

/**
 * The display name of a holiday in `locale`.
 *
 * @example holidayLabel('springFestival') // '春节'
 * @example holidayLabel('midAutumn', 'en') // 'Mid-Autumn Festival'
 */
export function holidayLabel(holiday: HolidayKey, locale: Locale = 'zh-CN'): string {
  return translate(calendarMessages, LABEL_CODES[holiday], {}, locale);
}
