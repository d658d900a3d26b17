/**
 * `@sijitong/adapters/testing`: the conformance suite every adapter runs in vitest, its fixtures,
 * and fixtures for the static adapter.
 * @module @sijitong/adapters/testing
 */
export { runAdapterConformance, type AdapterConformanceOptions } from './conformance.js';
export type { ConformanceFixtures, PaymentCallback } from './fixtures.js';
export { staticConformanceFixtures, type StaticConformanceFixtures } from './static-fixtures.js';
