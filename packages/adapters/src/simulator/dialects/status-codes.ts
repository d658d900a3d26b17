import { createStatusMapping, type CaseStatus, type StatusMapping } from '@sijitong/core';
import { GUANGDONG_STATUS_TABLE, NATIONAL_STATUS_TABLE } from '../../dialects/mapping/status-tables.js';

/** The native labels the simulator shows for the national exchange codes (core's table has none). */
const NATIONAL_LABELS: Readonly<Record<string, string>> = { '02': '收件', '05': '受理', '06': '补齐补正', '07': '不予受理', '10': '办结', '11': '挂起', '12': '在办', '13': '退件' };

/**
 * The national dialect's case states (HANDLESTATE): the adapter's table (the national exchange
 * codes plus `01` 暂存 and `03` 预审), so every canonical state has a code, with native labels.
 */
export const NATIONAL_STATES: StatusMapping = /* @__PURE__ */ createStatusMapping({
  province: 'sim-national',
  entries: NATIONAL_STATUS_TABLE.entries.map((e) => ({ ...e, label: e.label ?? NATIONAL_LABELS[e.native] })),
});

/** The guangdong dialect's case states (stateCode): the adapter's table. */
export const GUANGDONG_STATES: StatusMapping = /* @__PURE__ */ createStatusMapping({ ...GUANGDONG_STATUS_TABLE, province: 'sim-guangdong' });

/** The native code and label of `status` in `mapping` (every canonical state has exactly one here). */
export function nativeState(mapping: StatusMapping, status: CaseStatus): { code: string; label: string } {
  const code = mapping.nativeCodes(status)[0] ?? '';
  return { code, label: mapping.label(code) ?? '' };
}
