import { defineMessages } from '../define.js';

/** Messages shared by every concept: dates and zod issues that carry no code of ours. */
export const commonMessages = /* @__PURE__ */ defineMessages(
  {
    DATE_INVALID: '日期“{value}”无效：请使用 YYYY-MM-DD 格式的真实日历日期，例如 2026-03-01。',
    DATE_RANGE_INVERTED: '日期范围无效：开始日期 {from} 晚于结束日期 {to}。',
    SCHEMA_INVALID_TYPE: '类型不正确：应为 {expected}。',
    SCHEMA_TOO_SMALL: '数值或长度过小：最少为 {minimum}。',
    SCHEMA_TOO_BIG: '数值或长度过大：最多为 {maximum}。',
    SCHEMA_INVALID_FORMAT: '格式不正确：应为 {format} 格式。',
    SCHEMA_INVALID_VALUE: '取值不在允许范围内：可选值为 {values}。',
    SCHEMA_UNRECOGNIZED_KEYS: '包含无法识别的字段：{keys}。',
    SCHEMA_INVALID: '内容不符合要求，请检查后重新填写。',
  },
  {
    DATE_INVALID: 'Date "{value}" is not valid: use a real calendar date in YYYY-MM-DD form, e.g. 2026-03-01.',
    DATE_RANGE_INVERTED: 'Invalid date range: the start {from} is after the end {to}.',
    SCHEMA_INVALID_TYPE: 'Wrong type: expected {expected}.',
    SCHEMA_TOO_SMALL: 'Too small or too short: the minimum is {minimum}.',
    SCHEMA_TOO_BIG: 'Too large or too long: the maximum is {maximum}.',
    SCHEMA_INVALID_FORMAT: 'Wrong format: expected {format}.',
    SCHEMA_INVALID_VALUE: 'Value not allowed: choose one of {values}.',
    SCHEMA_UNRECOGNIZED_KEYS: 'Unrecognised fields: {keys}.',
    SCHEMA_INVALID: 'This value is not valid; please check it and try again.',
  },
);
