import { createStatusMapping, type StatusMapping } from '@sijitong/core';
import { GUANGDONG_STATUS_TABLE } from '../mapping/status-tables.js';

export { GUANGDONG_STATUS_TABLE };

/** {@link GUANGDONG_STATUS_TABLE}, validated. */
export const GUANGDONG_STATUSES: StatusMapping = /* @__PURE__ */ createStatusMapping(GUANGDONG_STATUS_TABLE);
