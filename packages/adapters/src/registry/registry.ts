import * as z from 'zod/mini';
import { CAPABILITY_NAMES, type Adapter, type CapabilityName } from '../contract/adapter.js';
import { AdapterError } from '../errors.js';
import { registryMessages } from '../i18n/messages/registry.js';
import { errorFromZod } from '../parse/parse-response.js';

/** An adapter that certainly has capability `C`. */
export type AdapterWith<C extends CapabilityName> = Adapter & { readonly [K in C]-?: NonNullable<Adapter[K]> };

/** A set of adapters by id; see {@link createAdapterRegistry}. */
export interface AdapterRegistry {
  /** Adds an adapter; throws `ADAPTER_DUPLICATE` when its id is taken, `ADAPTER_INVALID` when it is malformed. Returns it. */
  register<A extends Adapter>(adapter: A): A;
  /** The adapter with `id`, or `undefined`. */
  get(id: string): Adapter | undefined;
  /** The adapter with `id`; throws `ADAPTER_NOT_FOUND`. */
  require(id: string): Adapter;
  /** The adapter with `id` and `capability`; throws `ADAPTER_NOT_FOUND` or `REGISTRY_CAPABILITY_MISSING`. */
  require<C extends CapabilityName>(id: string, capability: C): AdapterWith<C>;
  /** Every adapter, in registration order. */
  list(): readonly Adapter[];
  /** True when an adapter with `id` is registered. */
  has(id: string): boolean;
}

/** Pattern of an adapter id: lower-case letters, digits, `-` and `_`, starting with a letter. */
export const ADAPTER_ID_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;

const capabilityShape = /* @__PURE__ */ z.optional(z.custom<object>((v) => typeof v === 'object' && v !== null));

/** zod schema of the parts of an adapter a registry checks: id, name and capability objects. */
export const adapterShapeSchema = /* @__PURE__ */ z.object({
  /** The id. */
  id: z.string().check(z.regex(ADAPTER_ID_PATTERN)),
  /** Display names. */
  name: z.object({
    /** Chinese name. */
    'zh-CN': z.string().check(z.minLength(1)),
    /** English name. */
    en: z.string().check(z.minLength(1)),
  }),
  ...Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, capabilityShape])),
});

/** True when `adapter` offers `capability`; narrows its type. */
export function hasCapability<C extends CapabilityName>(adapter: Adapter, capability: C): adapter is AdapterWith<C> {
  return adapter[capability] !== undefined && adapter[capability] !== null;
}

/**
 * A registry of adapters: an integrator registers the adapters of the provinces it serves and looks
 * them up by id. Ids are unique (`ADAPTER_DUPLICATE`); `require` throws typed errors so a widget can
 * say which adapter or capability is missing.
 *
 * @example
 * const registry = createAdapterRegistry();
 * registry.register(createStaticAdapter());
 * const cases = registry.require('static', 'cases').cases;
 */
export function createAdapterRegistry(): AdapterRegistry {
  const adapters = new Map<string, Adapter>();

  function require(id: string): Adapter;
  function require<C extends CapabilityName>(id: string, capability: C): AdapterWith<C>;
  function require(id: string, capability?: CapabilityName): Adapter {
    const adapter = adapters.get(id);
    if (adapter === undefined) {
      throw new AdapterError(registryMessages, 'ADAPTER_NOT_FOUND', { id, known: [...adapters.keys()].join(', ') || '-' });
    }
    if (capability !== undefined && !hasCapability(adapter, capability)) {
      throw new AdapterError(registryMessages, 'REGISTRY_CAPABILITY_MISSING', { id, capability });
    }
    return adapter;
  }

  return {
    register(adapter) {
      const result = z.safeParse(adapterShapeSchema, adapter);
      if (!result.success) {
        const error = errorFromZod(registryMessages, 'ADAPTER_INVALID', result.error, adapter, { what: 'register' });
        throw error;
      }
      if (adapters.has(adapter.id)) throw new AdapterError(registryMessages, 'ADAPTER_DUPLICATE', { id: adapter.id });
      adapters.set(adapter.id, adapter);
      return adapter;
    },
    get: (id) => adapters.get(id),
    require,
    list: () => [...adapters.values()],
    has: (id) => adapters.has(id),
  };
}
