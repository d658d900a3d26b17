/**
 * `@sijitong/adapters`: ports from Sijitong sites to provincial government-service systems.
 *
 * @packageDocumentation
 * @module @sijitong/adapters
 */
export type { CallOptions, Page, PageQuery } from './contract/call.js';
export type * from './contract/capabilities.js';
export { CAPABILITY_NAMES, type Adapter, type CapabilityName } from './contract/adapter.js';
export { AdapterError, isAdapterError, type AdapterErrorOptions } from './errors.js';
export { contractMessages } from './i18n/messages/contract.js';
export * from './parse/index.js';
export * from './registry/index.js';
export * from './stores/index.js';
export * from './submission/index.js';
export * from './http/index.js';
export * from './signing/index.js';
export * from './static/index.js';
export * from './dialects/national/index.js';
export * from './dialects/guangdong/index.js';
export * from './dialects/mapping/index.js';
export type { OAuthClientConfig, TransportConfig } from './dialects/shared/http-config.js';
export * from './declarative/index.js';
