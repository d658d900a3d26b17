import type { CodeTable } from './spec.js';

/**
 * A code table read the other way round (`{ licensing: '01' }` → `{ '01': 'licensing' }`), for
 * turning core's `*_CODES` tables (canonical → national code) into lookup tables of responses.
 */
export function invertCodes<K extends string>(table: Readonly<Partial<Record<K, string>>>): Readonly<Record<string, K>> {
  const out: Record<string, K> = {};
  for (const [canonical, code] of Object.entries(table) as [K, string | undefined][]) {
    if (code !== undefined) out[code] = canonical;
  }
  return out;
}

/** `'1'` → true, `'0'` → false: the flags of national upload tables. */
export const FLAG_CODES: CodeTable = { '1': true, '0': false };
