/**
 * Administrative divisions: structural parsing of GB/T 2260 and statistics-office codes, and
 * division tables built from data.
 * @module
 */
export {
  canonicalDivisionCode,
  divisionAncestorCodes,
  divisionCodeSchema,
  isDivisionCode,
  parseDivisionCode,
  toTwelveDigitDivisionCode,
  type DivisionCodeInfo,
  type DivisionLevel,
  type TownshipKind,
  type VillageKind,
} from './division-code.js';
export {
  createDivisionTable,
  divisionRowSchema,
  knownDivisionCodeSchema,
  type Division,
  type DivisionRow,
  type DivisionTable,
} from './division-table.js';
export { isProvinceCodePrefix, PROVINCE_CODE_PREFIXES } from './provinces.js';
export { junanDivisionRows } from './data/junan.js';
