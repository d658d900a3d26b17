import { createStatusMapping, type CaseStatus, type StatusMapping } from '@sijitong/core';

/**
 * The national dialect's case states (HANDLESTATE): the national exchange codes plus `01` 暂存 and
 * `03` 预审, so every canonical state has a code.
 */
export const NATIONAL_STATES: StatusMapping = /* @__PURE__ */ createStatusMapping({
  province: 'sim-national',
  entries: [
    { native: '01', label: '暂存', status: 'draft' },
    { native: '02', label: '收件', status: 'submitted' },
    { native: '03', label: '预审', status: 'preReview' },
    { native: '05', label: '受理', status: 'accepted' },
    { native: '06', label: '补齐补正', status: 'correctionRequested' },
    { native: '07', label: '不予受理', status: 'notAccepted' },
    { native: '10', label: '办结', status: 'concluded' },
    { native: '11', label: '挂起', status: 'suspended' },
    { native: '12', label: '在办', status: 'processing' },
    { native: '13', label: '退件', status: 'withdrawn' },
  ],
});

/** The guangdong dialect's case states (stateCode). */
export const GUANGDONG_STATES: StatusMapping = /* @__PURE__ */ createStatusMapping({
  province: 'sim-guangdong',
  entries: [
    { native: '00', label: '暂存', status: 'draft' },
    { native: '01', label: '已提交', status: 'submitted' },
    { native: '02', label: '预审中', status: 'preReview' },
    { native: '03', label: '已受理', status: 'accepted' },
    { native: '04', label: '不予受理', status: 'notAccepted' },
    { native: '05', label: '待补正', status: 'correctionRequested' },
    { native: '06', label: '办理中', status: 'processing' },
    { native: '07', label: '特别程序', status: 'suspended' },
    { native: '08', label: '已办结', status: 'concluded' },
    { native: '09', label: '已退回', status: 'withdrawn' },
  ],
});

/** The native code and label of `status` in `mapping` (every canonical state has exactly one here). */
export function nativeState(mapping: StatusMapping, status: CaseStatus): { code: string; label: string } {
  const code = mapping.nativeCodes(status)[0] ?? '';
  return { code, label: mapping.label(code) ?? '' };
}
