/*
 * Code tables both dialects share where core has no national code: the adapters' own tables
 * (one source of truth), and the simulator's flag writer.
 */
export { CASE_KIND_NUMBERS, CROSS_SCOPE_CODES, MATERIAL_CLASS_CODES, RESULT_TYPE_CODES, TIME_UNIT_CODES, WINDOW_CLASS_CODES } from '../../dialects/mapping/dialect-codes.js';

/** `'1'` / `'0'` of a boolean (national flags); `undefined` stays absent. */
export function flag(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? '1' : '0';
}
