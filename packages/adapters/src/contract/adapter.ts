import type {
  CasesCapability,
  CatalogCapability,
  DivisionsCapability,
  ELicencesCapability,
  EvaluationCapability,
  IdentityCapability,
  PaymentsCapability,
} from './capabilities.js';

/**
 * A port to one provincial system. Every capability is optional: a widget tests
 * `adapter.cases?.lookup` before offering a lookup. Everything an adapter returns has been parsed
 * into core's schemas; a malformed response is an `AdapterError`, never a half-object.
 */
export interface Adapter {
  /** Unique id in a registry, e.g. `shandong` or `static`. */
  readonly id: string;
  /** Display name, zh-CN and en. */
  readonly name: {
    /** Chinese name, e.g. 山东省政务服务平台. */
    readonly 'zh-CN': string;
    /** English name. */
    readonly en: string;
  };
  /** The item catalogue. */
  readonly catalog?: CatalogCapability;
  /** Case lookup, submission and listing. */
  readonly cases?: CasesCapability;
  /** Unified login (server side). */
  readonly identity?: IdentityCapability;
  /** E-licence library. */
  readonly eLicences?: ELicencesCapability;
  /** Unified payment. */
  readonly payments?: PaymentsCapability;
  /** 好差评. */
  readonly evaluation?: EvaluationCapability;
  /** The division tree (行政区划), one level at a time. */
  readonly divisions?: DivisionsCapability;
}

/** The name of an adapter capability. */
export type CapabilityName = 'catalog' | 'cases' | 'identity' | 'eLicences' | 'payments' | 'evaluation' | 'divisions';

/** Every capability name. */
export const CAPABILITY_NAMES: readonly CapabilityName[] = ['catalog', 'cases', 'identity', 'eLicences', 'payments', 'evaluation', 'divisions'];
