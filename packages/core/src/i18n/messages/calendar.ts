import { defineMessages } from '../define.js';

/** Messages and holiday labels of the working-day calendar and the deadline clock. */
export const calendarMessages = /* @__PURE__ */ defineMessages(
  {
    CALENDAR_DATA_INVALID: '工作日历数据在 {path} 处有误：{reason} 请对照国务院办公厅放假通知核对后重新加载。',
    CALENDAR_YEAR_INVALID: '年份“{year}”无效：工作日历只支持 {minYear} 至 {maxYear} 年，且不早于日历的起始年份。',
    CALENDAR_DAY_OUTSIDE_YEAR:
      '日期 {date} 不在 {year} 年放假安排的范围内：一年的安排只能包含该年以及上一年 12 月、下一年 1 月的日期，请把它列在所属年份下。',
    CALENDAR_DAY_CONFLICT: '日期 {date} 同时被列为放假日和调休上班日：请按放假通知只保留其一。',
    CALENDAR_LABEL_UNLISTED: '日期 {date} 标注了节日，但不在放假日或调休上班日中：请先把它列入 offDays 或 workdays。',
    CALENDAR_OUT_OF_RANGE:
      '日期 {date} 超出工作日历的范围（{firstYear}—{lastYear} 年），无法计算工作日：请使用该范围内的日期，或加载覆盖该年份的日历数据。',
    CALENDAR_YEAR_MISSING:
      '工作日历没有 {year} 年的放假安排（涉及日期 {date}），且未启用法定节假日推算：请用 withYear() 加载该年的国务院放假通知。',
    CALENDAR_LUNAR_UNAVAILABLE:
      '当前运行环境不支持农历（Intl 中国历法），无法推算春节、端午和中秋：请使用带完整 ICU 的 Node.js 或现代浏览器，或加载该年的放假安排。',
    HOLIDAY_CN_INVALID: 'holiday-cn 放假数据在 {path} 处有误：{reason} 请使用 holiday-cn 发布的原始年度 JSON 文件。',
    WORKING_DAYS_INVALID: '工作日数“{value}”无效：应为 0 或正整数。',
    DEADLINE_LIMIT_INVALID: '办理时限“{value}”无效：应为 0 或正整数，例如 20。',
    DEADLINE_UNIT_UNKNOWN: '时限单位“{value}”无法识别：应为 workingDay（工作日）或 naturalDay（自然日）。',
    EXTENSION_INVALID: '延长的工作日数“{value}”无效：应为 0 或正整数。',
    SUSPENSION_INVERTED: '中止计时的期间无效：开始日期 {from} 晚于结束日期 {to}，请核对这两个日期。',
    SUSPENSION_OVERLAP: '中止计时的期间相互重叠（{first} 与 {second}）：请合并或更正后重试。',
    SUSPENSION_BEFORE_ACCEPTANCE: '中止计时的开始日期 {from} 早于受理日期 {acceptedOn}：中止只能发生在受理之后，请核对日期。',
    SUSPENSION_OPEN_NOT_LAST: '自 {from} 起的中止尚未结束，但其后还有其他中止：只有最后一段中止可以没有结束日期，请补上结束日期。',
    HOLIDAY_NEW_YEAR: '元旦',
    HOLIDAY_SPRING_FESTIVAL: '春节',
    HOLIDAY_QINGMING: '清明节',
    HOLIDAY_LABOUR_DAY: '劳动节',
    HOLIDAY_DRAGON_BOAT: '端午节',
    HOLIDAY_MID_AUTUMN: '中秋节',
    HOLIDAY_NATIONAL_DAY: '国庆节',
    HOLIDAY_OTHER: '其他放假日',
  },
  {
    CALENDAR_DATA_INVALID:
      'Working-day calendar data is invalid at {path}: {reasonEn} Check it against the State Council holiday notice and load it again.',
    CALENDAR_YEAR_INVALID:
      'Year "{year}" is not valid: the working-day calendar supports {minYear} to {maxYear}, not before the calendar\'s first year.',
    CALENDAR_DAY_OUTSIDE_YEAR:
      'Date {date} is outside the {year} arrangement, which may only list days of {year} and of the December before or January after: list it under its own year.',
    CALENDAR_DAY_CONFLICT:
      'Date {date} is listed both as a day off and as a make-up working day: keep only the one the notice gives.',
    CALENDAR_LABEL_UNLISTED:
      'Date {date} has a holiday label but is neither a day off nor a make-up working day: list it in offDays or workdays first.',
    CALENDAR_OUT_OF_RANGE:
      'Date {date} is outside the working-day calendar ({firstYear}–{lastYear}), so working days cannot be counted: use a date in that range or load calendar data covering that year.',
    CALENDAR_YEAR_MISSING:
      'The working-day calendar has no holiday arrangement for {year} (date {date}) and the statutory fallback is off: load that year\'s State Council notice with withYear().',
    CALENDAR_LUNAR_UNAVAILABLE:
      'This runtime has no Chinese lunar calendar (Intl with ICU), so Spring Festival, Dragon Boat and Mid-Autumn cannot be computed: use Node.js with full ICU or a modern browser, or load that year\'s holiday arrangement.',
    HOLIDAY_CN_INVALID:
      'holiday-cn data is invalid at {path}: {reasonEn} Use the yearly JSON file exactly as holiday-cn publishes it.',
    WORKING_DAYS_INVALID: 'Number of working days "{value}" is not valid: use 0 or a positive whole number.',
    DEADLINE_LIMIT_INVALID: 'Time limit "{value}" is not valid: use 0 or a positive whole number, e.g. 20.',
    DEADLINE_UNIT_UNKNOWN: 'Time-limit unit "{value}" is not known: use workingDay or naturalDay.',
    EXTENSION_INVALID: 'Extension of "{value}" working days is not valid: use 0 or a positive whole number.',
    SUSPENSION_INVERTED: 'Invalid suspension: it starts on {from}, after its end {to}; check both dates.',
    SUSPENSION_OVERLAP: 'Suspensions overlap ({first} and {second}): merge or correct them and try again.',
    SUSPENSION_BEFORE_ACCEPTANCE:
      'A suspension starts on {from}, before the case was accepted on {acceptedOn}: the clock can only be stopped after acceptance; check the dates.',
    SUSPENSION_OPEN_NOT_LAST:
      'The suspension from {from} has no end date but another suspension follows it: only the last suspension may be open; add the end date.',
    HOLIDAY_NEW_YEAR: "New Year's Day",
    HOLIDAY_SPRING_FESTIVAL: 'Spring Festival',
    HOLIDAY_QINGMING: 'Qingming Festival',
    HOLIDAY_LABOUR_DAY: 'Labour Day',
    HOLIDAY_DRAGON_BOAT: 'Dragon Boat Festival',
    HOLIDAY_MID_AUTUMN: 'Mid-Autumn Festival',
    HOLIDAY_NATIONAL_DAY: 'National Day',
    HOLIDAY_OTHER: 'Other day off',
  },
);
