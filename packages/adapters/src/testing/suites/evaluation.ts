import { expect } from 'vitest';
import { expectAdapterError, type SuiteContext } from '../context.js';

/** Evaluation checks: a low rating needs a reason, and with one it is accepted. @internal */
export function evaluationSuite({ capability: evaluation, fixtures, check }: SuiteContext<'evaluation'>): void {
  const f = fixtures.evaluation;
  if (f === undefined) return;

  check('evaluation.reasonRequired', 'refuses a low rating without a reason', async () => {
    await expectAdapterError(evaluation.submit({ caseNumber: f.caseNumber, level: 1 }), 'a rating of 1 without a reason');
    await expectAdapterError(evaluation.submit({ caseNumber: f.caseNumber, level: 2, reason: '  ' }), 'a rating of 2 with a blank reason');
  });

  check('evaluation.accepted', 'accepts a low rating with a reason', async () => {
    const low = await evaluation.submit({ caseNumber: f.caseNumber, level: 1, reason: 'conformance: slow', comment: 'conformance' });
    expect(low.evaluationId.length).toBeGreaterThan(0);
  });
}
