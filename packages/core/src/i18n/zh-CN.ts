/**
 * zh-CN message catalogue of `@sijitong/core`: the source of truth for message codes.
 * Placeholders are `{name}`, filled from an error's params.
 */
export const zhCN = {
  // — dates —
  DATE_INVALID: '日期“{value}”无效：请使用 YYYY-MM-DD 格式的真实日历日期，例如 2026-03-01。',
  DATE_RANGE_INVERTED: '日期范围无效：开始日期 {from} 晚于结束日期 {to}。',

  // — schema (zod issues without a code of ours) —
  SCHEMA_INVALID_TYPE: '类型不正确：应为 {expected}。',
  SCHEMA_TOO_SMALL: '数值或长度过小：最少为 {minimum}。',
  SCHEMA_TOO_BIG: '数值或长度过大：最多为 {maximum}。',
  SCHEMA_INVALID_FORMAT: '格式不正确：应为 {format} 格式。',
  SCHEMA_INVALID_VALUE: '取值不在允许范围内：可选值为 {values}。',
  SCHEMA_UNRECOGNIZED_KEYS: '包含无法识别的字段：{keys}。',
  SCHEMA_INVALID: '内容不符合要求，请检查后重新填写。',

  // — identifiers —

  // — divisions —

  // — calendar —
} as const;

/** A stable error/message code of `@sijitong/core`. */
export type MessageCode = keyof typeof zhCN;
