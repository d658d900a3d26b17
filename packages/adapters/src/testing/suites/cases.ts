import { expect } from 'vitest';
import type { CaseLookupQuery, IdentitySession } from '../../contract/capabilities.js';
import { pageSchemaOf } from '../../parse/catalog-schemas.js';
import { caseProgressSchema, caseSummarySchema, submissionReceiptSchema } from '../../parse/cases-schemas.js';
import { expectAdapterError, expectValid, freshKey, skipped, type SuiteContext } from '../context.js';

const summaryPageSchema = pageSchemaOf(caseSummarySchema);

/** Cases checks: lookup with and without the right second factor, idempotent submit, listByApplicant. @internal */
export function casesSuite(
  { capability: cases, fixtures, check }: SuiteContext<'cases'>,
  signIn: (() => Promise<IdentitySession>) | undefined,
): void {
  const lookup = fixtures.lookup;
  if (lookup === undefined) skipped('cases.lookup', 'no fixtures.lookup');
  else {
    const captcha = lookup.captcha === undefined ? {} : { captcha: lookup.captcha };
    const byName = (caseNumber: string, name: string): CaseLookupQuery => ({ caseNumber, verification: { kind: 'applicantName', name }, ...captcha });

    check('cases.lookup', 'finds a case with the right second factor, name masked', async () => {
      const progress = await cases.lookup(byName(lookup.caseNumber, lookup.applicantName));
      expectValid(caseProgressSchema, progress, 'cases.lookup');
      expect(progress.caseNumber).toBe(lookup.caseNumber);
      if (Array.from(lookup.applicantName).length > 1) expect(progress.applicantName).not.toBe(lookup.applicantName);
      if (lookup.expectedStatus !== undefined) expect(progress.status).toBe(lookup.expectedStatus);
      if (lookup.queryPassword !== undefined) {
        const byPassword = await cases.lookup({ caseNumber: lookup.caseNumber, verification: { kind: 'queryPassword', password: lookup.queryPassword }, ...captcha });
        expect(byPassword.caseNumber).toBe(lookup.caseNumber);
      }
    });

    check('cases.lookup.wrongFactor', 'refuses a wrong name or password', async () => {
      await expectAdapterError(cases.lookup(byName(lookup.caseNumber, `${lookup.applicantName}x`)), 'lookup with a wrong name');
      const wrongPassword = { caseNumber: lookup.caseNumber, verification: { kind: 'queryPassword', password: 'WRONG0' }, ...captcha } as const;
      await expectAdapterError(cases.lookup(wrongPassword), 'lookup with a wrong password');
    });

    check('cases.lookup.numberAlone', 'never reveals a case to its number alone', async () => {
      const alone = { caseNumber: lookup.caseNumber, ...captcha } as unknown as CaseLookupQuery;
      await expectAdapterError(cases.lookup(alone), 'lookup without a second factor');
      await expectAdapterError(cases.lookup(byName(lookup.caseNumber, '')), 'lookup with an empty name');
      await expectAdapterError(
        cases.lookup({ caseNumber: lookup.caseNumber, verification: { kind: 'queryPassword', password: '' }, ...captcha }),
        'lookup with an empty password',
      );
    });

    check('cases.lookup.unknown', 'refuses an unknown number exactly as a wrong factor', async () => {
      const unknown = await expectAdapterError(cases.lookup(byName(lookup.unknownCaseNumber, lookup.applicantName)), 'lookup of an unknown number');
      const wrong = await expectAdapterError(cases.lookup(byName(lookup.caseNumber, `${lookup.applicantName}x`)), 'lookup with a wrong name');
      expect(unknown.code, 'an unknown number and a wrong factor must be indistinguishable').toBe(wrong.code);
      expect(unknown.retryable).toBe(wrong.retryable);
    });
  }

  const submission = fixtures.submission;
  if (submission === undefined) skipped('cases.submit', 'no fixtures.submission');
  else {
    check('cases.submit.idempotent', 'makes one case for two submits with one idempotency key', async () => {
      const key = freshKey('submit');
      const first = await cases.submit(submission.application, { idempotencyKey: key });
      expectValid(submissionReceiptSchema, first, 'cases.submit');
      expect(first.idempotencyKey).toBe(key);
      const second = await cases.submit(submission.application, { idempotencyKey: key });
      expect(second.caseNumber).toBe(first.caseNumber);
    });

    check('cases.submit.distinct', 'makes another case under another key', async () => {
      const a = await cases.submit(submission.application, { idempotencyKey: freshKey('a') });
      const b = await cases.submit(submission.application, { idempotencyKey: freshKey('b') });
      expect(b.caseNumber).not.toBe(a.caseNumber);
    });
  }

  if (signIn === undefined) skipped('cases.listByApplicant', 'needs a session: no identity capability or fixtures.identity');
  else {
    check('cases.listByApplicant', "lists the signed-in applicant's cases", async () => {
      const page = await cases.listByApplicant(await signIn(), { page: 1, pageSize: 10 });
      expectValid(summaryPageSchema, page, 'cases.listByApplicant');
      expect(page.items.length).toBeLessThanOrEqual(10);
    });
  }
}
