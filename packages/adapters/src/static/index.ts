/**
 * The static adapter: every capability over in-memory data (the Junan fixture county by default).
 * @module
 */
export {
  createStaticAdapter,
  staticAdapterFactory,
  staticAdapterOptionsSchema,
  type StaticAdapter,
  type StaticAdapterOptions,
} from './static-adapter.js';
export { createStaticAdapterFromJson } from './json.js';
export { staticLicenceSchema, staticUserSchema, type StaticAdapterData, type StaticDataIssue, type StaticLicence, type StaticUser } from './data.js';
export type { StaticEvaluation } from './state.js';
export { STATIC_SIGNATURE_HEADER, STATIC_TIMESTAMP_HEADER } from './payments.js';
