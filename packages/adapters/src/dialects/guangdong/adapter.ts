import type * as z from 'zod/mini';
import type { Adapter } from '../../contract/adapter.js';
import type { CasesCapability, CatalogCapability, ELicencesCapability, EvaluationCapability, IdentityCapability, PaymentsCapability } from '../../contract/capabilities.js';
import { dialectsMessages } from '../../i18n/messages/dialects.js';
import { defineAdapterFactory, type AdapterFactory } from '../../registry/factory.js';
import { guangdongCaptcha, type CaptchaService } from './captcha.js';
import { guangdongCases } from './cases.js';
import { guangdongCatalog } from './catalog.js';
import { guangdongConfigSchema, type GuangdongConfig, type GuangdongConfigParsed } from './config.js';
import { guangdongEvaluation } from './evaluation.js';
import { guangdongIdentity } from './identity.js';
import { guangdongLicences } from './licences.js';
import { guangdongPayments } from './payments.js';
import { guangdongRuntime } from './runtime.js';

/** An adapter of the guangdong dialect, with its captcha service for progress lookups. */
export interface GuangdongAdapter extends Adapter {
  /** The catalogue. */
  readonly catalog: CatalogCapability;
  /** Lookup (serial number + applicant name + captcha), submission, "my cases". */
  readonly cases: CasesCapability;
  /** Present when `oauth` is configured. */
  readonly identity?: IdentityCapability;
  /** The e-licence library. */
  readonly eLicences: ELicencesCapability;
  /** Present when `paymentSecret` is configured. */
  readonly payments?: PaymentsCapability;
  /** 好差评. */
  readonly evaluation: EvaluationCapability;
  /** Issues the captcha a progress lookup needs (`CaseLookupQuery.captcha`). */
  readonly captcha: CaptchaService;
}

/** The default display name of a guangdong adapter. */
export const GUANGDONG_ADAPTER_NAME: Adapter['name'] = { 'zh-CN': dialectsMessages['zh-CN']['adapter.guangdong'], en: dialectsMessages.en['adapter.guangdong'] };

function createGuangdongAdapter(config: GuangdongConfigParsed): GuangdongAdapter {
  const rt = guangdongRuntime(config);
  return {
    id: config.id ?? 'guangdong',
    name: config.name ?? GUANGDONG_ADAPTER_NAME,
    catalog: guangdongCatalog(rt),
    cases: guangdongCases(rt),
    ...(config.oauth === undefined ? {} : { identity: guangdongIdentity(rt, config.oauth) }),
    eLicences: guangdongLicences(rt),
    ...(config.paymentSecret === undefined ? {} : { payments: guangdongPayments(rt, config.paymentSecret) }),
    evaluation: guangdongEvaluation(rt),
    captcha: guangdongCaptcha(rt),
  };
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
