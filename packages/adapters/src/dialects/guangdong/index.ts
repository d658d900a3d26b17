/**
 * The guangdong dialect: TIF signing, SM4/SM2 envelopes, camelCase fields, captcha lookups.
 * @module
 */
export { guangdongAdapter, GUANGDONG_ADAPTER_NAME, type GuangdongAdapter } from './adapter.js';
export type { CaptchaService, IssuedCaptcha } from './captcha.js';
export { guangdongConfigSchema, type GuangdongConfig, type GuangdongConfigParsed } from './config.js';
export { GUANGDONG_CODE_TABLES, type GuangdongCodeTables } from './codes.js';
export { GUANGDONG_CHANGES_FIELDS, GUANGDONG_ITEM_FIELDS, GUANGDONG_MATERIAL_FIELDS } from './item-fields.js';
export * from './record-fields.js';
export { GUANGDONG_STATUS_TABLE, GUANGDONG_STATUSES } from './status.js';
export { GUANGDONG_ENVELOPE, GUANGDONG_ERRORS, GUANGDONG_MAX_PAGE_SIZE, GUANGDONG_PAGING } from './runtime.js';
