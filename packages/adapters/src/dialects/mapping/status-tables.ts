import { NATIONAL_EXCHANGE_STATUS_CODES, type StatusMappingDefinition } from '@sijitong/core';

/*
 * The dialects' case status tables, pure data: the adapters read native codes with them and the
 * simulator writes its answers with them, so both agree by construction.
 */

/**
 * The national dialect's case states (`HANDLESTATE`): core's national exchange codes plus the
 * dialect's `01` 暂存 (draft) and `03` 预审 (pre-review). Copy and extend it for a province whose
 * system adds codes; an unknown code is reported, never guessed.
 */
export const NATIONAL_STATUS_TABLE: StatusMappingDefinition = {
  province: 'national',
  entries: [
    { native: '01', label: '暂存', status: 'draft' },
    { native: '03', label: '预审', status: 'preReview' },
    ...NATIONAL_EXCHANGE_STATUS_CODES.entries,
  ],
};

/** The guangdong dialect's case states (`stateCode` `00`–`09`) onto the canonical lifecycle. */
export const GUANGDONG_STATUS_TABLE: StatusMappingDefinition = {
  province: 'guangdong',
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
};
