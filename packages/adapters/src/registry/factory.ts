import * as z from 'zod/mini';
import type { Adapter } from '../contract/adapter.js';
import { registryMessages } from '../i18n/messages/registry.js';
import { errorFromZod } from '../parse/parse-response.js';

/** What {@link defineAdapterFactory} takes. */
export interface AdapterFactoryDefinition<S extends z.core.$ZodType, A extends Adapter> {
  /** The id of the adapters it creates (used in error messages). */
  readonly id: string;
  /** The zod schema of the adapter's configuration (endpoints, keys, timeouts…). */
  readonly configSchema: S;
  /** Builds the adapter from a configuration that passed `configSchema`. */
  create(config: z.output<S>): A;
}

/** A factory of adapters whose configuration is validated first; see {@link defineAdapterFactory}. */
export interface AdapterFactory<S extends z.core.$ZodType, A extends Adapter> {
  /** The adapter id. */
  readonly id: string;
  /** The configuration schema. */
  readonly configSchema: S;
  /**
   * Validates `config` (e.g. loaded from a JSON file or the environment) and creates the adapter;
   * throws `ADAPTER_CONFIG_INVALID` naming the field. No value of the configuration ever appears
   * in the message (it may hold secrets).
   */
  create(config: unknown): A;
}

/**
 * Declares how an adapter is built from its configuration, so every adapter validates its
 * configuration with its own zod schema at the boundary.
 *
 * @example
 * const shandong = defineAdapterFactory({
 *   id: 'shandong',
 *   configSchema: z.object({ baseUrl: z.url(), appKey: z.string(), appSecret: z.string() }),
 *   create: (config) => createShandongAdapter(config),
 * });
 * registry.register(shandong.create(JSON.parse(configText)));
 */
export function defineAdapterFactory<S extends z.core.$ZodType, A extends Adapter>(
  definition: AdapterFactoryDefinition<S, A>,
): AdapterFactory<S, A> {
  return {
    id: definition.id,
    configSchema: definition.configSchema,
    create(config) {
      const result = z.safeParse(definition.configSchema, config, { reportInput: true });
      if (!result.success) {
        throw errorFromZod(registryMessages, 'ADAPTER_CONFIG_INVALID', result.error, config, { what: definition.id, maskAllStrings: true });
      }
      return definition.create(result.data);
    },
  };
}
