import type { MessageCode } from './zh-CN.js';

/** English message catalogue of `@sijitong/core`; must cover every code of the zh-CN one. */
export const en: Record<MessageCode, string> = {
  // — dates —
  DATE_INVALID: 'Date "{value}" is not valid: use a real calendar date in YYYY-MM-DD form, e.g. 2026-03-01.',
  DATE_RANGE_INVERTED: 'Invalid date range: the start {from} is after the end {to}.',

  // — schema (zod issues without a code of ours) —
  SCHEMA_INVALID_TYPE: 'Wrong type: expected {expected}.',
  SCHEMA_TOO_SMALL: 'Too small or too short: the minimum is {minimum}.',
  SCHEMA_TOO_BIG: 'Too large or too long: the maximum is {maximum}.',
  SCHEMA_INVALID_FORMAT: 'Wrong format: expected {format}.',
  SCHEMA_INVALID_VALUE: 'Value not allowed: choose one of {values}.',
  SCHEMA_UNRECOGNIZED_KEYS: 'Unrecognised fields: {keys}.',
  SCHEMA_INVALID: 'This value is not valid; please check it and try again.',

  // — identifiers —

  // — divisions —

  // — calendar —
};
