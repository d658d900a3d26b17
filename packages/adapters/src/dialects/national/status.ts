import { createStatusMapping, type StatusMapping } from '@sijitong/core';
import { NATIONAL_STATUS_TABLE } from '../mapping/status-tables.js';

export { NATIONAL_STATUS_TABLE };

/** {@link NATIONAL_STATUS_TABLE}, validated. */
export const NATIONAL_STATUSES: StatusMapping = /* @__PURE__ */ createStatusMapping(NATIONAL_STATUS_TABLE);
