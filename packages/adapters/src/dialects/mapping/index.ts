/**
 * Mapping tables: the JSON language in which the dialects and the declarative adapter describe a
 * province's field names, codes, formats and refusals, and the functions that apply them.
 * @module
 */
export { mapObject, sourcePathOf, valueAtPath, type DocPath, type Mapped, type MappingContext } from './apply.js';
export { beijingDateTimeOf, beijingInstantOf } from './convert.js';
export { parseMapped, parseMappedList } from './parse-mapped.js';
export {
  codeTableNames,
  codeTableSchema,
  CONVERSIONS,
  fieldRuleSchema,
  fieldSpecSchema,
  objectSpecSchema,
  ruleOf,
  type CodeTable,
  type Conversion,
  type FieldRule,
  type FieldSpec,
  type ObjectSpec,
  type ObjectSpecOf,
  type ProfileSpec,
} from './spec.js';
export { FLAG_CODES, invertCodes } from './tables.js';
export {
  isProvinceError,
  provinceErrorKeys,
  translateProvinceError,
  withProvinceErrors,
  type ContractErrorCode,
  type DialectErrorTables,
  type ProvinceErrorTable,
} from './province-errors.js';
