import type * as z from 'zod/mini';
import type { Adapter } from '../../contract/adapter.js';
import { dialectsMessages } from '../../i18n/messages/dialects.js';
import { defineAdapterFactory, type AdapterFactory } from '../../registry/factory.js';
import { assembleDialectAdapter, type DialectAdapter } from '../shared/dialect-adapter.js';
import { nationalCases } from './cases.js';
import { nationalCatalog } from './catalog.js';
import { nationalConfigSchema, type NationalConfig, type NationalConfigParsed } from './config.js';
import { nationalEvaluation } from './evaluation.js';
import { nationalIdentity } from './identity.js';
import { nationalLicences } from './licences.js';
import { nationalPayments } from './payments.js';
import { nationalRuntime } from './runtime.js';

/**
 * An adapter of the national dialect: catalogue, cases (lookup, submission, "my cases"),
 * e-licences and 好差评 always; identity and payments when configured.
 */
export interface NationalAdapter extends DialectAdapter {}

/** The default display name of a national adapter. */
export const NATIONAL_ADAPTER_NAME: Adapter['name'] = { 'zh-CN': dialectsMessages['zh-CN']['adapter.national'], en: dialectsMessages.en['adapter.national'] };

function createNationalAdapter(config: NationalConfigParsed): NationalAdapter {
  return assembleDialectAdapter(nationalRuntime(config), { id: 'national', name: NATIONAL_ADAPTER_NAME }, {
    catalog: nationalCatalog,
    cases: nationalCases,
    identity: nationalIdentity,
    eLicences: nationalLicences,
    payments: nationalPayments,
    evaluation: nationalEvaluation,
  });
}

/**
 * The factory of national-dialect adapters (national upload field names TASK_CODE…, Zhejiang-style
 * HMAC, `{ code, msg, data }` envelopes, `pageNo`/`pageSize` paging; see docs/dialects.md).
 * `create(config)` validates the configuration (`ADAPTER_CONFIG_INVALID` naming the field, values
 * never shown).
 *
 * @example
 * ```ts
 * const adapter = nationalAdapter.create({
 *   baseUrl: 'https://gw.example.gov.cn/national',
 *   accessKey: process.env.NATIONAL_AK,
 *   secretKey: process.env.NATIONAL_SK,
 *   oauth: { clientId: 'web', clientSecret: process.env.NATIONAL_OAUTH_SECRET },
 * });
 * const page = await adapter.catalog.list({ division: '371327', pageSize: 50 });
 * ```
 */
export const nationalAdapter: AdapterFactory<z.ZodMiniType<NationalConfigParsed, NationalConfig>, NationalAdapter> = /* @__PURE__ */ defineAdapterFactory({ id: 'national', configSchema: nationalConfigSchema, create: createNationalAdapter });
