import { describe, it } from 'vitest';
import { CAPABILITY_NAMES, type Adapter, type CapabilityName } from '../contract/adapter.js';
import type { IdentitySession } from '../contract/capabilities.js';
import { checkFor, type Check, type SuiteContext } from './context.js';
import type { ConformanceFixtures } from './fixtures.js';
import { casesSuite } from './suites/cases.js';
import { catalogSuite } from './suites/catalog.js';
import { evaluationSuite } from './suites/evaluation.js';
import { identitySuite, signInWith } from './suites/identity.js';
import { licencesSuite } from './suites/licences.js';
import { paymentsSuite } from './suites/payments.js';
import { divisionsSuite } from './suites/divisions.js';

/** Options of {@link runAdapterConformance}. */
export interface AdapterConformanceOptions {
  /** The adapter under test. */
  readonly adapter: Adapter;
  /** Known data and the user's part (login, payment); a capability without fixtures is skipped. */
  readonly fixtures: ConformanceFixtures;
  /**
   * Capabilities (`'payments'`) or single checks (`'identity.codeReuse'`) not to run; they show as
   * skipped with the reason.
   */
  readonly skip?: readonly (CapabilityName | (string & {}))[];
  /** Title of the outer `describe`; default `adapter conformance: <id>`. */
  readonly name?: string;
}

/** Which fixtures a capability needs (cases needs any of lookup, submission, identity). */
const COVERED: { readonly [C in CapabilityName]: (f: ConformanceFixtures) => boolean } = {
  catalog: (f) => f.catalog !== undefined,
  cases: (f) => f.lookup !== undefined || f.submission !== undefined || f.identity !== undefined,
  identity: (f) => f.identity !== undefined,
  eLicences: (f) => f.eLicences !== undefined,
  payments: (f) => f.payments !== undefined,
  evaluation: (f) => f.evaluation !== undefined,
  // Needs no fixtures: the checks start from the adapter's own top level.
  divisions: () => true,
};

type SignIn = (() => Promise<IdentitySession>) | undefined;

/** The checks of each capability (only the cases suite uses the sign-in, for `listByApplicant`). */
const SUITES: { readonly [C in CapabilityName]: (context: SuiteContext<C>, signIn: SignIn) => void } = {
  catalog: catalogSuite,
  cases: casesSuite,
  identity: identitySuite,
  eLicences: licencesSuite,
  payments: paymentsSuite,
  evaluation: evaluationSuite,
  divisions: divisionsSuite,
};

/**
 * Registers vitest `describe`/`it` blocks checking that `adapter` keeps the contract: for every
 * capability it offers and `fixtures` cover, the catalogue (paging, every item passing core's
 * `itemSchema`, get existing/missing, changesSince), case lookup (the right second factor works; a
 * wrong one, the number alone and an unknown number are refused alike), idempotent submission,
 * listByApplicant, the identity code flow, e-licences, payments (idempotent order, signed callback,
 * tampering refused, paid status), 好差评 (a low rating needs a reason) and divisions (top level
 * non-empty, every child inside its parent and named, an unknown parent refused with
 * `ADAPTER_DIVISION_NOT_FOUND` or answered with an empty list). A capability that is
 * absent, uncovered or skipped shows as a skipped test with the reason.
 *
 * Call it at the top level of a vitest test file (vitest is an optional peer dependency):
 *
 * @example
 * import { runAdapterConformance, staticConformanceFixtures } from '@sijitong/adapters/testing';
 * const fixtures = staticConformanceFixtures();
 * runAdapterConformance({ adapter: fixtures.adapter, fixtures });
 */
export function runAdapterConformance(options: AdapterConformanceOptions): void {
  const { adapter, fixtures } = options;
  const skip = new Set<string>(options.skip ?? []);
  const check: Check = checkFor(skip);
  const identity = adapter.identity;
  const identityFixtures = fixtures.identity;
  const signIn: SignIn =
    identity !== undefined && identityFixtures !== undefined && !skip.has('identity')
      ? async () => (await signInWith(identity, identityFixtures)).session
      : undefined;

  describe(options.name ?? `adapter conformance: ${adapter.id}`, () => {
    for (const name of CAPABILITY_NAMES) {
      const capability = adapter[name];
      const reason = skip.has(name)
        ? 'skipped by the caller'
        : capability === undefined
          ? 'the adapter does not offer it'
          : !COVERED[name](fixtures)
            ? `no fixtures cover it (give fixtures.${name === 'cases' ? 'lookup, submission or identity' : name})`
            : undefined;
      describe(name, () => {
        if (reason !== undefined || capability === undefined) {
          it.skip(`${name}: skipped: ${reason ?? ''}`, () => undefined);
          return;
        }
        const suite = SUITES[name] as (context: SuiteContext<CapabilityName>, signIn: SignIn) => void;
        suite({ capability, adapter, fixtures, check } as SuiteContext<CapabilityName>, signIn);
      });
    }
  });
}
