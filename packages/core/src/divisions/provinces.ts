/**
 * The first two digits of every province-level division code in GB/T 2260: 31 provinces,
 * autonomous regions and municipalities, Taiwan (71), Hong Kong (81) and Macao (82).
 * This is a structural fact of the code system, not division data: the names and everything
 * below province level come from the table an integrator loads.
 */
export const PROVINCE_CODE_PREFIXES: readonly string[] = [
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
];

// 100 flags indexed by the two-digit number; built once, on first module evaluation, without side effects.
const PROVINCE_FLAGS = /* @__PURE__ */ buildProvinceFlags();

function buildProvinceFlags(): Uint8Array {
  const flags = new Uint8Array(100);
  for (const prefix of PROVINCE_CODE_PREFIXES) flags[Number(prefix)] = 1;
  return flags;
}

/**
 * True when `prefix` (a number 0–99 made of a code's first two digits) is a province-level code.
 * Allocation-free, for hot paths such as identity-number validation.
 * @internal
 */
export function isProvincePrefixNumber(prefix: number): boolean {
  return PROVINCE_FLAGS[prefix] === 1;
}

/**
 * True when `prefix` is the two-digit code of one of the 34 province-level divisions, e.g. `'37'`
 * (Shandong).
 */
export function isProvinceCodePrefix(prefix: string): boolean {
  return prefix.length === 2 && /^\d\d$/.test(prefix) && isProvincePrefixNumber(Number(prefix));
}
