import type * as z from 'zod/mini';
import type { Adapter } from '../contract/adapter.js';
import { defineAdapterFactory, type AdapterFactory } from '../registry/factory.js';
import { declarativeCases, declarativeEvaluation } from './cases.js';
import { declarativeCatalog } from './catalog.js';
import { declarativeConfigSchema, type DeclarativeConfig, type DeclarativeConfigParsed } from './config.js';
import { declarativeRuntime, hasEndpoint } from './runtime.js';

function create(config: DeclarativeConfigParsed): Adapter {
  const rt = declarativeRuntime(config);
  const item = config.fields.item;
  return {
    id: config.id,
    name: config.name,
    ...(hasEndpoint(rt, 'catalog.list') && item !== undefined ? { catalog: declarativeCatalog(rt, item) } : {}),
    ...(hasEndpoint(rt, 'cases.lookup') || hasEndpoint(rt, 'cases.create') ? { cases: declarativeCases(rt) } : {}),
    ...(hasEndpoint(rt, 'evaluation.submit') ? { evaluation: declarativeEvaluation(rt) } : {}),
  };
}

/**
 * The factory of declarative adapters: an adapter described by a JSON configuration (signing,
 * envelope, paging, endpoints, field mappings, status and code tables) for a province nobody has
 * written code for. Offers `catalog`, `cases` and `evaluation` as far as endpoints are configured.
 */
export const declarativeAdapter: AdapterFactory<z.ZodMiniType<DeclarativeConfigParsed, DeclarativeConfig>, Adapter> = /* @__PURE__ */ defineAdapterFactory({ id: 'declarative', configSchema: declarativeConfigSchema, create });

/**
 * Creates an adapter from a JSON configuration (see `docs/writing-an-adapter.md` and
 * `declarative/examples/national.json`). Throws `ADAPTER_CONFIG_INVALID` naming the field when the
 * configuration is wrong (values never shown: it holds secrets).
 *
 * @example
 * ```ts
 * const config = JSON.parse(await readFile('province.json', 'utf8'));
 * const adapter = createDeclarativeAdapter({ ...config, signing: { kind: 'zhejiangHmac', accessKey, secretKey } });
 * ```
 */
export function createDeclarativeAdapter(config: unknown): Adapter {
  return declarativeAdapter.create(config);
}
