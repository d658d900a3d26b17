import type * as z from 'zod/mini';
import type { Adapter } from '../../contract/adapter.js';
import { dialectsMessages } from '../../i18n/messages/dialects.js';
import { defineAdapterFactory, type AdapterFactory } from '../../registry/factory.js';
import { assembleDialectAdapter, type DialectAdapter } from '../shared/dialect-adapter.js';
import { guangdongCaptcha, type CaptchaService } from './captcha.js';
import { guangdongCases } from './cases.js';
import { guangdongCatalog } from './catalog.js';
import { guangdongConfigSchema, type GuangdongConfig, type GuangdongConfigParsed } from './config.js';
import { guangdongEvaluation } from './evaluation.js';
import { guangdongIdentity } from './identity.js';
import { guangdongLicences } from './licences.js';
import { guangdongPayments } from './payments.js';
import { guangdongRuntime } from './runtime.js';

/**
 * An adapter of the guangdong dialect (lookups by serial number + applicant name + captcha), with
 * its captcha service for progress lookups.
 */
export interface GuangdongAdapter extends DialectAdapter {
  /** Issues the captcha a progress lookup needs (`CaseLookupQuery.captcha`). */
  readonly captcha: CaptchaService;
}

/** The default display name of a guangdong adapter. */
export const GUANGDONG_ADAPTER_NAME: Adapter['name'] = { 'zh-CN': dialectsMessages['zh-CN']['adapter.guangdong'], en: dialectsMessages.en['adapter.guangdong'] };

function createGuangdongAdapter(config: GuangdongConfigParsed): GuangdongAdapter {
  const rt = guangdongRuntime(config);
  const parts = assembleDialectAdapter(rt, { id: 'guangdong', name: GUANGDONG_ADAPTER_NAME }, {
    catalog: guangdongCatalog,
    cases: guangdongCases,
    identity: guangdongIdentity,
    eLicences: guangdongLicences,
    payments: guangdongPayments,
    evaluation: guangdongEvaluation,
  });
  return { ...parts, captcha: guangdongCaptcha(rt) };
}

/**
 * The factory of guangdong-dialect adapters: TIF headers on every request, JSON bodies sealed in
 * the SM4/SM2 envelope both ways (responses verified with the province's public key before they
 * are decrypted), camelCase fields, `current`/`size` paging, captcha-guarded lookups (docs/dialects.md).
 *
 * @example
 * ```ts
 * const gd = guangdongAdapter.create({ baseUrl, paasId, token, sm4Key, sm2PrivateKey, sm2PublicKey });
 * const { id, image } = await gd.captcha.issue();          // show `image`, read the answer
 * const progress = await gd.cases.lookup({ caseNumber, verification: { kind: 'applicantName', name }, captcha: { id, answer } });
 * ```
 */
export const guangdongAdapter: AdapterFactory<z.ZodMiniType<GuangdongConfigParsed, GuangdongConfig>, GuangdongAdapter> = /* @__PURE__ */ defineAdapterFactory({ id: 'guangdong', configSchema: guangdongConfigSchema, create: createGuangdongAdapter });
