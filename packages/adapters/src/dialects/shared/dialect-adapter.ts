import type { Adapter } from '../../contract/adapter.js';
import type { CasesCapability, CatalogCapability, ELicencesCapability, EvaluationCapability, IdentityCapability, PaymentsCapability } from '../../contract/capabilities.js';
import type { DialectRuntime } from './dialect-runtime.js';
import type { OAuthClientConfig } from './http-config.js';

/** The capabilities every dialect adapter has; identity and payments only when configured. */
export interface DialectAdapter extends Adapter {
  /** The catalogue. */
  readonly catalog: CatalogCapability;
  /** Lookup, submission, "my cases". */
  readonly cases: CasesCapability;
  /** Present when `oauth` is configured. */
  readonly identity?: IdentityCapability;
  /** The e-licence library. */
  readonly eLicences: ELicencesCapability;
  /** Present when `paymentSecret` is configured. */
  readonly payments?: PaymentsCapability;
  /** 好差评. */
  readonly evaluation: EvaluationCapability;
}

/** How one dialect builds each capability from its runtime. @internal */
export interface DialectCapabilities<R> {
  /** The catalogue. */
  readonly catalog: (rt: R) => CatalogCapability;
  /** The cases. */
  readonly cases: (rt: R) => CasesCapability;
  /** The unified login (called only when `oauth` is configured). */
  readonly identity: (rt: R, oauth: OAuthClientConfig) => IdentityCapability;
  /** The e-licences. */
  readonly eLicences: (rt: R) => ELicencesCapability;
  /** Payments (called only when `paymentSecret` is configured). */
  readonly payments: (rt: R, paymentSecret: string) => PaymentsCapability;
  /** 好差评. */
  readonly evaluation: (rt: R) => EvaluationCapability;
}

/** A dialect adapter assembled from its runtime: id and name (configured or `defaults`), then each capability. @internal */
export function assembleDialectAdapter<R extends DialectRuntime>(rt: R, defaults: Pick<Adapter, 'id' | 'name'>, build: DialectCapabilities<R>): DialectAdapter {
  const { config } = rt;
  return {
    id: config.id ?? defaults.id,
    name: config.name ?? defaults.name,
    catalog: build.catalog(rt),
    cases: build.cases(rt),
    ...(config.oauth === undefined ? {} : { identity: build.identity(rt, config.oauth) }),
    eLicences: build.eLicences(rt),
    ...(config.paymentSecret === undefined ? {} : { payments: build.payments(rt, config.paymentSecret) }),
    evaluation: build.evaluation(rt),
  };
}
