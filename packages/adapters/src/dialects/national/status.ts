import { createStatusMapping, NATIONAL_EXCHANGE_STATUS_CODES, type StatusMapping, type StatusMappingDefinition } from '@sijitong/core';

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

/** {@link NATIONAL_STATUS_TABLE}, validated. */
export const NATIONAL_STATUSES: StatusMapping = /* @__PURE__ */ createStatusMapping(NATIONAL_STATUS_TABLE);
