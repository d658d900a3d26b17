import { describe, expect, it } from 'vitest';
import type { Adapter, CapabilityName } from '../contract/adapter.js';
import type { CasesCapability, EvaluationCapability, PaymentsCapability } from '../contract/capabilities.js';
import { createStaticAdapter } from '../static/static-adapter.js';
import { collectChecks, fails } from './collect-checks.js';
import type { Check, SuiteContext } from './context.js';
import { staticConformanceFixtures } from './static-fixtures.js';
import { casesSuite } from './suites/cases.js';
import { evaluationSuite } from './suites/evaluation.js';
import { paymentsSuite } from './suites/payments.js';

/*
 * The suite must fail against adapters that break the contract. Each case collects the suite's
 * checks (without registering them) and runs the ones that must fail.
 */

const good = createStaticAdapter();
const fixtures = staticConformanceFixtures(good);

function context<C extends CapabilityName>(capability: NonNullable<Adapter[C]>, check: Check): SuiteContext<C> {
  return { capability, adapter: good, fixtures, check };
}

describe('conformance suite against broken adapters', () => {
  const leaky = collectChecks();
  const leakyCases: CasesCapability = {
    ...good.cases,
    // Ignores the second factor: reveals a case to its number alone.
    lookup: (query) => good.cases.lookup({ ...query, verification: { kind: 'applicantName', name: fixtures.lookup?.applicantName ?? '' } }),
    // Not idempotent: a new key every time.
    submit: (application) => good.cases.submit(application, { idempotencyKey: crypto.randomUUID() }),
  };
  casesSuite(context<'cases'>(leakyCases, leaky.check), undefined);

  it('fails a lookup that ignores the second factor', async () => {
    expect(await fails(leaky.bodies.get('cases.lookup.wrongFactor'))).toBe(true);
    expect(await fails(leaky.bodies.get('cases.lookup.numberAlone'))).toBe(true);
    expect(await fails(leaky.bodies.get('cases.lookup'))).toBe(false);
  });

  it('fails a submit that is not idempotent', async () => {
    expect(await fails(leaky.bodies.get('cases.submit.idempotent'))).toBe(true);
  });

  const gullible = collectChecks();
  const gulliblePayments: PaymentsCapability = {
    ...good.payments,
    // Accepts any callback without checking its signature.
    verifyCallback: async (callback) => good.payments.status((JSON.parse(callback.body) as { orderId: string }).orderId),
  };
  paymentsSuite(context<'payments'>(gulliblePayments, gullible.check));

  it('fails payments that accept a tampered callback', async () => {
    expect(await fails(gullible.bodies.get('payments.flow'))).toBe(true);
    expect(await fails(gullible.bodies.get('payments.createOrder'))).toBe(false);
  });

  const lax = collectChecks();
  const laxEvaluation: EvaluationCapability = { submit: async () => ({ evaluationId: 'x' }) };
  evaluationSuite(context<'evaluation'>(laxEvaluation, lax.check));

  it('fails an evaluation that takes a low rating without a reason', async () => {
    expect(await fails(lax.bodies.get('evaluation.reasonRequired'))).toBe(true);
  });
});
