import * as z from 'zod/mini';
import { SijitongError } from '../errors.js';
import { checkWith } from '../i18n/zod.js';
import { isProvincePrefixNumber } from './provinces.js';
import { divisionsMessages } from '../i18n/messages/divisions.js';

/**
 * Level of an administrative division: 省 (province, also autonomous region and municipality),
 * 市 (prefecture-level city), 县 (county, also district and county-level city), 乡镇 (township
 * level: subdistrict, town or township) and 村 (village or residents' community).
 */
export type DivisionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

/**
 * Kind of a township-level unit, read from the first digit group of its three-digit part:
 * 001–099 `subdistrict` (街道), 100–199 `town` (镇), 200–399 `township` (乡), 400–999 `other`
 * (乡级 units such as development zones and state farms).
 */
export type TownshipKind = 'subdistrict' | 'town' | 'township' | 'other';

/**
 * Kind of a village-level unit, read from its three-digit part: 001–199 `community`
 * (居民委员会), 200–399 `village` (村民委员会), 400–999 `other`.
 */
export type VillageKind = 'community' | 'village' | 'other';

/**
 * What the digits of a division code say, without looking it up in any table.
 *
 * Canonical width: a province, city or county is written with 6 digits (GB/T 2260), a township
 * or village with 12 digits (the statistics office's codes). `parentCode`, `canonicalCode` and the
 * per-level codes all follow that rule, so `'371327'`, `'371327000'` and `'371327000000'` all
 * parse to the same county with `canonicalCode` `'371327'`.
 */
export interface DivisionCodeInfo {
  /** The code exactly as given. */
  readonly code: string;
  /** The code in canonical width: 6 digits down to county level, 12 digits below. */
  readonly canonicalCode: string;
  /** The most specific level with a non-zero part. */
  readonly level: DivisionLevel;
  /** Six-digit code of the province, e.g. `370000`. */
  readonly provinceCode: string;
  /** Six-digit code of the prefecture-level city, e.g. `371300`; absent at province level. */
  readonly cityCode?: string;
  /**
   * Six-digit code of the county, e.g. `371327`; absent above county level and for townships
   * directly under a city without counties (such as Dongguan, `441900003000`).
   */
  readonly countyCode?: string;
  /** Twelve-digit code of the township, e.g. `371327100000`; absent above township level. */
  readonly townshipCode?: string;
  /** Twelve-digit code of the village, e.g. `371327100201`; present at village level only. */
  readonly villageCode?: string;
  /** Canonical code of the nearest level above with a non-zero part; `undefined` for a province. */
  readonly parentCode?: string | undefined;
  /** Kind of township, at township and village level. */
  readonly townshipKind?: TownshipKind;
  /** Kind of village, at village level. */
  readonly villageKind?: VillageKind;
}

function isAllDigits(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
  }
  return true;
}

function townshipKindOf(part: number): TownshipKind {
  if (part < 100) return 'subdistrict';
  if (part < 200) return 'town';
  if (part < 400) return 'township';
  return 'other';
}

function villageKindOf(part: number): VillageKind {
  if (part < 200) return 'community';
  if (part < 400) return 'village';
  return 'other';
}

/**
 * Parses a division code structurally: a 6-digit GB/T 2260 code (province, city, county), a
 * 12-digit statistics-office code (adds township and village parts) or a 9-digit township code
 * (the 12-digit code without its village part, as some provincial systems store it).
 *
 * Rules: digits only; the first two digits are one of the 34 province-level codes; a lower part
 * may be non-zero only when the part above it is non-zero, except that a township may sit directly
 * under a city without counties (`441900003000`, Dongguan). Whether the code exists is a question
 * for a {@link DivisionTable}.
 *
 * @example parseDivisionCode('371327100000') // { level: 'township', parentCode: '371327', townshipKind: 'town', … }
 * @throws {@link SijitongError} `DIVISION_CODE_FORMAT` when the code is malformed.
 */
export function parseDivisionCode(code: string): DivisionCodeInfo {
  const text = typeof code === 'string' ? code : String(code);
  const fail = (): never => {
    throw new SijitongError(divisionsMessages, 'DIVISION_CODE_FORMAT', { code: text });
  };
  if ((text.length !== 6 && text.length !== 9 && text.length !== 12) || !isAllDigits(text)) fail();
  const full = text.padEnd(12, '0');
  const province = full.slice(0, 2);
  const city = full.slice(2, 4);
  const county = full.slice(4, 6);
  const township = Number(full.slice(6, 9));
  const village = Number(full.slice(9, 12));
  if (!isProvincePrefixNumber(Number(province))) fail();
  if (city === '00' && (county !== '00' || township !== 0)) fail();
  if (township === 0 && village !== 0) fail();

  const provinceCode = `${province}0000`;
  const cityCode = city === '00' ? undefined : `${province}${city}00`;
  const countyCode = county === '00' ? undefined : full.slice(0, 6);
  const townshipCode = township === 0 ? undefined : `${full.slice(0, 9)}000`;
  const villageCode = village === 0 ? undefined : full;

  if (villageCode !== undefined) {
    return {
      code: text, canonicalCode: full, level: 'village', provinceCode, cityCode, countyCode, townshipCode, villageCode,
      parentCode: townshipCode, townshipKind: townshipKindOf(township), villageKind: villageKindOf(village),
    };
  }
  if (townshipCode !== undefined) {
    return {
      code: text, canonicalCode: full, level: 'township', provinceCode, cityCode, countyCode, townshipCode,
      parentCode: countyCode ?? cityCode, townshipKind: townshipKindOf(township),
    };
  }
  if (countyCode !== undefined) {
    return { code: text, canonicalCode: countyCode, level: 'county', provinceCode, cityCode, countyCode, parentCode: cityCode };
  }
  if (cityCode !== undefined) {
    return { code: text, canonicalCode: cityCode, level: 'city', provinceCode, cityCode, parentCode: provinceCode };
  }
  return { code: text, canonicalCode: provinceCode, level: 'province', provinceCode, parentCode: undefined };
}

/** True when `code` is a structurally valid division code (see {@link parseDivisionCode}). Never throws. */
export function isDivisionCode(code: string): boolean {
  try {
    parseDivisionCode(code);
    return true;
  } catch {
    return false;
  }
}

/**
 * The canonical form of a division code: 6 digits down to county level, 12 below.
 * @example canonicalDivisionCode('371327000000') // '371327'
 * @throws {@link SijitongError} `DIVISION_CODE_FORMAT` when the code is malformed.
 */
export function canonicalDivisionCode(code: string): string {
  return parseDivisionCode(code).canonicalCode;
}

/**
 * The 12-digit (statistics-office) form of a division code, as exchange tables often require.
 * @example toTwelveDigitDivisionCode('371327') // '371327000000'
 * @throws {@link SijitongError} `DIVISION_CODE_FORMAT` when the code is malformed.
 */
export function toTwelveDigitDivisionCode(code: string): string {
  return parseDivisionCode(code).canonicalCode.padEnd(12, '0');
}

/**
 * Canonical codes of every level above `code` that has a non-zero part, province first.
 * @example divisionAncestorCodes('371327100201') // ['370000', '371300', '371327', '371327100000']
 * @throws {@link SijitongError} `DIVISION_CODE_FORMAT` when the code is malformed.
 */
export function divisionAncestorCodes(code: string): string[] {
  const info = parseDivisionCode(code);
  const chain = [info.provinceCode, info.cityCode, info.countyCode, info.townshipCode];
  const result: string[] = [];
  for (const ancestor of chain) {
    if (ancestor !== undefined && ancestor !== info.canonicalCode) result.push(ancestor);
  }
  return result;
}

/** zod/mini schema of a structurally valid division code (6, 9 or 12 digits; see {@link parseDivisionCode}). */
export const divisionCodeSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ checkWith<string>(parseDivisionCode));
