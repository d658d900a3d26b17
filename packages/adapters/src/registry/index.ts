/**
 * The adapter registry, adapter factories with validated configuration, and capability checks.
 * @module
 */
export { ADAPTER_ID_PATTERN, adapterShapeSchema, createAdapterRegistry, hasCapability, type AdapterRegistry, type AdapterWith } from './registry.js';
export { defineAdapterFactory, type AdapterFactory, type AdapterFactoryDefinition } from './factory.js';
