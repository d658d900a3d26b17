import * as z from 'zod/mini';
import { createDivisionTable, isSijitongError, junanDivisionRows, type Bundle, type Case, type DivisionRow, type DivisionTable, type Item } from '@sijitong/core';
import type { Adapter } from '../contract/adapter.js';
import type {
  CatalogCapability,
  CasesCapability,
  DivisionsCapability,
  ELicencesCapability,
  EvaluationCapability,
  IdentityCapability,
  PaymentsCapability,
} from '../contract/capabilities.js';
import { staticMessages } from '../i18n/messages/static.js';
import { textSchema } from '../parse/fields.js';
import { formatPath } from '../parse/parse-response.js';
import { AdapterError } from '../errors.js';
import { defineAdapterFactory } from '../registry/factory.js';
import { ADAPTER_ID_PATTERN } from '../registry/registry.js';
import { createMemoryStore } from '../stores/memory-store.js';
import type { KeyValueStore } from '../stores/store.js';
import { createSubmission } from '../submission/submit-idempotently.js';
import { staticCases } from './cases.js';
import { staticCatalog } from './catalog.js';
import { staticDivisions } from './divisions.js';
import { createHmac } from './crypto.js';
import { parseStaticData, type StaticAdapterData, type StaticDataIssue, type StaticLicence, type StaticUser } from './data.js';
import { simulateLogin, staticIdentity } from './identity.js';
import { staticLicences } from './licences.js';
import { simulatePayment, staticPayments } from './payments.js';
import { staticEvaluation } from './evaluation.js';
import type { StaticEvaluation, StaticState } from './state.js';
import type { PaymentCallback } from '../testing/fixtures.js';

/** Options of {@link createStaticAdapter}: the data and how the fake province behaves. */
export interface StaticAdapterOptions extends StaticAdapterData {
  /** Adapter id; default `static`. */
  readonly id?: string;
  /** Display name; default 静态数据（演示） / Static data (demo). */
  readonly name?: {
    /** Chinese name. */
    readonly 'zh-CN': string;
    /** English name. */
    readonly en: string;
  };
  /** Seed of generated cases; default 1. */
  readonly seed?: number | string;
  /** How many cases to generate when none are given; default 200. */
  readonly caseCount?: number;
  /** Drop invalid entries (listed in `issues`) instead of throwing `STATIC_DATA_INVALID`. */
  readonly skipInvalid?: boolean;
  /** Where idempotency records and used login codes live; default a new memory store. */
  readonly store?: KeyValueStore;
  /** Secret of login codes, session tokens and payment callbacks (8+ characters); a fixed demo secret by default. */
  readonly secret?: string;
  /** Base of the fake login and pay URLs; default `https://static.sijitong.invalid`. */
  readonly baseUrl?: string;
  /** When given, lookups must carry this captcha. */
  readonly captcha?: {
    /** The captcha's id. */
    readonly id: string;
    /** Its answer (compared case-insensitively). */
    readonly answer: string;
  };
  /** Prefix of new case numbers; default `JN`. */
  readonly caseNumberPrefix?: string;
  /** Session lifetime in ms; default 2 hours. */
  readonly sessionTtlMs?: number;
  /** The clock (epoch ms); default `Date.now`. */
  readonly now?: () => number;
  /**
   * The division tree `divisions.children` serves: rows (core's `DivisionRow`, e.g. the statistics
   * office's list) or a core `DivisionTable`. Default: `junanDivisionRows` (Shandong → Linyi → Junan,
   * its townships and a few villages). Bad rows throw `STATIC_DATA_INVALID`.
   */
  readonly divisions?: readonly DivisionRow[] | DivisionTable;
}

/** The static adapter: every capability, plus its data and the user's side of login and payment for tests. */
export interface StaticAdapter extends Adapter {
  /** The catalogue. */
  readonly catalog: CatalogCapability & {
    /** The bundles (一件事). */
    bundles(): Promise<readonly Bundle[]>;
  };
  /** Cases. */
  readonly cases: CasesCapability;
  /** Fake unified login. */
  readonly identity: IdentityCapability;
  /** E-licences. */
  readonly eLicences: ELicencesCapability;
  /** Payments. */
  readonly payments: PaymentsCapability;
  /** 好差评. */
  readonly evaluation: EvaluationCapability;
  /** The division tree. */
  readonly divisions: DivisionsCapability;
  /** The data it serves (cases as they are now). */
  readonly data: {
    /** The items. */
    readonly items: readonly Item[];
    /** The bundles. */
    readonly bundles: readonly Bundle[];
    /** The test users. */
    readonly users: readonly StaticUser[];
    /** The e-licences. */
    readonly eLicences: readonly StaticLicence[];
    /** The cases as they are now (submissions and ratings included). */
    cases(): readonly Case[];
  };
  /** Invalid entries dropped with `skipInvalid`. */
  readonly issues: readonly StaticDataIssue[];
  /** Ratings received. */
  evaluations(): readonly StaticEvaluation[];
  /** The user's side, for tests and the demo. */
  readonly simulate: {
    /** Signs `userId` (default: the first user) in at `authorizeUrl`; returns the code for `identity.exchange`. */
    login(authorizeUrl: string, userId?: string): Promise<string>;
    /** Pays the order of `payUrl`; returns the signed callback for `payments.verifyCallback`. */
    pay(payUrl: string): Promise<PaymentCallback>;
  };
}

const DEMO_SECRET = 'sijitong-static-adapter-demo-secret';

/** zod schema of the static adapter's options (data lists are checked entry by entry afterwards). */
export const staticAdapterOptionsSchema = /* @__PURE__ */ z.object({
  /** Adapter id. */
  id: z.optional(z.string().check(z.regex(ADAPTER_ID_PATTERN))),
  /** Display name. */
  name: z.optional(
    z.object({
      /** Chinese name. */
      'zh-CN': textSchema,
      /** English name. */
      en: textSchema,
    }),
  ),
  /** Seed of generated cases. */
  seed: z.optional(z.union([z.int(), z.string()])),
  /** How many cases to generate. */
  caseCount: z.optional(z.int().check(z.gte(0), z.lte(100_000))),
  /** Skip invalid entries. */
  skipInvalid: z.optional(z.boolean()),
  /** The key-value store. */
  store: z.optional(z.custom<KeyValueStore>((v) => typeof v === 'object' && v !== null && typeof (v as KeyValueStore).increment === 'function')),
  /** The signing secret. */
  secret: z.optional(z.string().check(z.minLength(8))),
  /** Base of the fake URLs. */
  baseUrl: z.optional(z.url({ protocol: /^https?$/ })),
  /** The captcha lookups must carry. */
  captcha: z.optional(
    z.object({
      /** The captcha's id. */
      id: textSchema,
      /** Its answer. */
      answer: textSchema,
    }),
  ),
  /** Prefix of new case numbers. */
  caseNumberPrefix: z.optional(z.string().check(z.regex(/^[A-Z0-9]{0,8}$/))),
  /** Session lifetime in ms. */
  sessionTtlMs: z.optional(z.int().check(z.gte(1))),
  /** The clock. */
  now: z.optional(z.custom<() => number>((v) => typeof v === 'function')),
  /** Items. */
  items: z.optional(z.array(z.unknown())),
  /** Bundles. */
  bundles: z.optional(z.array(z.unknown())),
  /** Cases. */
  cases: z.optional(z.array(z.unknown())),
  /** Users. */
  users: z.optional(z.array(z.unknown())),
  /** E-licences. */
  eLicences: z.optional(z.array(z.unknown())),
  /** Division rows or a division table. */
  divisions: z.optional(
    z.custom<readonly DivisionRow[] | DivisionTable>(
      (v) => Array.isArray(v) || (typeof v === 'object' && v !== null && typeof (v as DivisionTable).children === 'function' && typeof (v as DivisionTable).has === 'function'),
    ),
  ),
});

/** The division table of the options: given, built from rows, or the Junan extract. */
function divisionTableOf(divisions: StaticAdapterOptions['divisions']): DivisionTable {
  if (divisions !== undefined && !Array.isArray(divisions)) return divisions as DivisionTable;
  try {
    return createDivisionTable(divisions ?? junanDivisionRows);
  } catch (error) {
    if (!isSijitongError(error)) throw error;
    const path = ['divisions', ...error.path];
    throw new AdapterError(staticMessages, 'STATIC_DATA_INVALID', { field: formatPath(path), detail: error.message, detailEn: error.localized('en'), count: 1 }, { path, cause: error });
  }
}

function build(options: StaticAdapterOptions): StaticAdapter {
  const now = options.now ?? Date.now;
  const divisions = staticDivisions(divisionTableOf(options.divisions));
  const data = parseStaticData(options, { seed: options.seed ?? 1, caseCount: options.caseCount ?? 200, skipInvalid: options.skipInvalid ?? false });
  const store = options.store ?? createMemoryStore({ now });
  const id = options.id ?? 'static';
  const sequences = new Map<string, number>();
  const state: StaticState = {
    id,
    baseUrl: options.baseUrl ?? 'https://static.sijitong.invalid',
    items: data.items,
    itemsByCode: new Map(data.items.map((item) => [item.implementationCode, item])),
    bundles: data.bundles,
    cases: new Map(data.cases.map((c) => [c.number, c])),
    users: new Map(data.users.map((u) => [u.id, u])),
    licences: data.eLicences,
    orders: new Map(),
    evaluations: [],
    store,
    submission: createSubmission({ store, prefix: `${id}:submission:` }),
    hmac: createHmac(options.secret ?? DEMO_SECRET),
    captcha: options.captcha,
    caseNumberPrefix: options.caseNumberPrefix ?? 'JN',
    sessionTtlMs: options.sessionTtlMs ?? 2 * 60 * 60 * 1000,
    now,
    next(sequence) {
      const n = (sequences.get(sequence) ?? 0) + 1;
      sequences.set(sequence, n);
      return n;
    },
  };
  const catalog = staticCatalog(state);
  return {
    id,
    name: options.name ?? { 'zh-CN': staticMessages['zh-CN']['static.name'], en: staticMessages.en['static.name'] },
    catalog: { ...catalog, bundles: async () => state.bundles },
    cases: staticCases(state),
    identity: staticIdentity(state),
    eLicences: staticLicences(state),
    payments: staticPayments(state),
    evaluation: staticEvaluation(state),
    divisions,
    data: { items: data.items, bundles: data.bundles, users: data.users, eLicences: data.eLicences, cases: () => [...state.cases.values()] },
    issues: data.issues,
    evaluations: () => [...state.evaluations],
    simulate: {
      login: (authorizeUrl, userId) => simulateLogin(state, authorizeUrl, userId),
      pay: (payUrl) => simulatePayment(state, payUrl),
    },
  };
}

/** The static adapter's factory: its options validated (`ADAPTER_CONFIG_INVALID`) before data is parsed. */
export const staticAdapterFactory = /* @__PURE__ */ defineAdapterFactory({
  id: 'static',
  configSchema: staticAdapterOptionsSchema,
  create: (options) => build(options as StaticAdapterOptions),
});

/**
 * An adapter that serves every capability from memory: the demo's and the tests' default, and a
 * way to run a site before its province is connected. Without data it serves the Junan fixture
 * county (`junanItems`, `junanBundles`, the `junanDivisionRows` division tree) and 200 generated cases; users, e-licences, login codes,
 * payment callbacks and ratings are all fake but behave like a province's (second factor required,
 * idempotent submit and orders, signed callbacks, core's satisfaction rules).
 *
 * Data given is parsed with core's schemas entry by entry: an invalid entry throws
 * `STATIC_DATA_INVALID` naming it, or is dropped and listed in `issues` with `skipInvalid`.
 * State lives in this process (the `store` holds idempotency records and used login codes only).
 *
 * @example
 * const adapter = createStaticAdapter();
 * const page = await adapter.catalog.list({ division: '371327' });
 */
export function createStaticAdapter(options: StaticAdapterOptions = {}): StaticAdapter {
  return staticAdapterFactory.create(options);
}
