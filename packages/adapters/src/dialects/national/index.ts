/**
 * The national dialect: national upload field names (TASK_CODE…), Zhejiang-style HMAC signing.
 * @module
 */
export { nationalAdapter, NATIONAL_ADAPTER_NAME, type NationalAdapter } from './adapter.js';
export { nationalConfigSchema, type NationalConfig, type NationalConfigParsed } from './config.js';
export { NATIONAL_CODE_TABLES, type NationalCodeTableName, type NationalCodeTables } from './codes.js';
export { NATIONAL_CHANGES_FIELDS, NATIONAL_ITEM_FIELDS, NATIONAL_MATERIAL_FIELDS } from './item-fields.js';
export * from './record-fields.js';
export { NATIONAL_STATUS_TABLE, NATIONAL_STATUSES } from './status.js';
export { NATIONAL_ENVELOPE, NATIONAL_ERRORS, NATIONAL_MAX_PAGE_SIZE, NATIONAL_PAGING } from './runtime.js';
export { NATIONAL_PAYMENT_SIGNATURE_HEADER } from './payments.js';
