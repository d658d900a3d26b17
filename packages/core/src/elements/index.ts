/**
 * Data elements (数据元): a dictionary of standard keys (`applicant.idNumber`, `enterprise.creditCode`…)
 * with labels, value types, constraints and zod schemas, extensible per province. Merging several
 * items' forms relies on the same key meaning the same thing.
 * @module
 */
export {
  ELEMENT_KEY_PATTERN,
  ELEMENT_TYPES,
  IDENTIFIER_ELEMENT_TYPES,
  MONEY_UNITS,
  elementConditionSchema,
  elementDefinitionSchema,
  elementKeySchema,
  elementOptionSchema,
  elementPatternSchema,
  elementTypeSchema,
  localizedLabelSchema,
  type ElementCondition,
  type ElementDefinition,
  type ElementDefinitionInput,
  type ElementOption,
  type ElementType,
  type IdentifierElementType,
  type MoneyUnit,
} from './element-definition.js';
export {
  buildElementSchema,
  emailAddressSchema,
  type DateRangeValue,
  type ElementSchema,
  type ElementValue,
  type ElementValues,
} from './element-schema.js';
export {
  createElementDictionary,
  emptyElementDictionary,
  standardElements,
  type ElementDictionary,
  type ElementDictionaryOptions,
} from './dictionary.js';
export { STANDARD_ELEMENT_DEFINITIONS } from './data/standard-elements.js';
export { moneyUnitLabel } from './labels.js';
