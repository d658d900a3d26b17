import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { localizeZodError } from '../i18n/zod.js';
import { acceptedCase, receivedCase } from '../fixtures/testing.js';
import { caseSchema, type CaseInput } from './case.js';
import { isInstant } from './instant.js';

function issues(input: unknown, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const r = z.safeParse(caseSchema, input);
  if (r.success) throw new Error('expected a failure');
  return localizeZodError(r.error, locale);
}

const minimal: CaseInput = {
  number: 'SD-0001',
  item: { implementationCode: '11371327MB2850416J3000104002000', name: '食品经营许可', version: '1' },
  applicant: { kind: 'organization', name: '莒南县某食品有限公司', creditCode: '91350100M000100Y43' },
  channel: 'web',
  receivedAt: '2026-03-02T09:30:00+08:00',
  status: 'submitted',
};

describe('caseSchema', () => {
  it('accepts the fixtures and fills empty lists', () => {
    expect(z.parse(caseSchema, receivedCase)).toEqual(receivedCase);
    expect(z.parse(caseSchema, acceptedCase).acceptedOn).toBe('2026-09-25');
    const parsed = z.parse(caseSchema, minimal);
    expect(parsed).toMatchObject({ history: [], suspensions: [], extensions: [], materialsReceived: [] });
  });

  it('reports a bad resident ID number at applicant.idNumber in zh-CN and en', () => {
    const input = { ...receivedCase, applicant: { ...receivedCase.applicant, idNumber: '110105194912310021' } };
    const [zh] = issues(input, 'zh-CN');
    const [en] = issues(input, 'en');
    expect(zh?.path).toEqual(['applicant', 'idNumber']);
    expect(en?.path).toEqual(['applicant', 'idNumber']);
    expect(zh?.code).toMatch(/^RESIDENT_ID/);
    expect(zh?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(en?.message).toMatch(/^[\x20-\x7e]+$/);
    expect(en?.message).not.toBe(zh?.message);
  });

  it('checks ID numbers only for resident ID cards', () => {
    const passport = { ...receivedCase, applicant: { kind: 'person', name: 'John Smith', idType: 'passport', idNumber: 'E12345678' } };
    expect(z.safeParse(caseSchema, passport).success).toBe(true);
  });

  it('reports a bad credit code and mobile number with their paths', () => {
    const bad = { ...minimal, applicant: { kind: 'organization', name: 'X', creditCode: '91350100M000100Y44', mobile: '1234' } };
    const paths = issues(bad).map((i) => i.path);
    expect(paths).toContainEqual(['applicant', 'creditCode']);
    expect(paths).toContainEqual(['applicant', 'mobile']);
  });

  it('requires a reason for a low rating, at satisfaction.reason', () => {
    const input = { ...receivedCase, satisfaction: { level: 2, at: '2026-10-20T10:00:00+08:00' } };
    const [zh] = issues(input, 'zh-CN');
    const [en] = issues(input, 'en');
    expect(zh).toMatchObject({ code: 'SATISFACTION_REASON_REQUIRED', path: ['satisfaction', 'reason'] });
    expect(zh?.message).toContain('不满意');
    expect(en?.message).toContain('needs a reason');
  });

  it('rejects instants without an offset and impossible dates', () => {
    const [i1] = issues({ ...minimal, receivedAt: '2026-03-02T09:30:00' }, 'en');
    expect(i1).toMatchObject({ code: 'CASE_INSTANT_INVALID', path: ['receivedAt'] });
    expect(i1?.message).toContain('2026-03-02T09:30:00+08:00');
    const [i2] = issues({ ...minimal, acceptedOn: '2026-02-30' });
    expect(i2).toMatchObject({ code: 'DATE_INVALID', path: ['acceptedOn'] });
  });

  it('rejects a result before conclusion and a denial without reason', () => {
    const [i1] = issues({ ...minimal, result: { decision: 'approved' } });
    expect(i1).toMatchObject({ code: 'CASE_RESULT_WITHOUT_CONCLUSION', path: ['result'] });
    const [i2] = issues({ ...minimal, status: 'concluded', result: { decision: 'denied' } }, 'en');
    expect(i2).toMatchObject({ code: 'CASE_DENIAL_REASON_REQUIRED', path: ['result', 'reason'] });
  });

  it('rejects inverted suspensions, bad enums and empty numbers with paths', () => {
    const [s] = issues({ ...minimal, suspensions: [{ from: '2026-03-05', to: '2026-03-04', reason: 'correction' }] });
    expect(s).toMatchObject({ code: 'SUSPENSION_INVERTED', path: ['suspensions', 0, 'to'] });
    const all = issues({ ...minimal, number: '  ', channel: 'fax', status: 'approved' }, 'en');
    expect(all.map((i) => [i.code, i.path])).toEqual([
      ['SCHEMA_TOO_SMALL', ['number']],
      ['SCHEMA_INVALID_VALUE', ['channel']],
      ['SCHEMA_INVALID_VALUE', ['status']],
    ]);
  });

  it('rejects fractional fees (fen are integers)', () => {
    const [i] = issues({ ...minimal, feeFen: 12.5 });
    expect(i?.path).toEqual(['feeFen']);
  });
});

describe('isInstant', () => {
  it('wants an offset and a real date', () => {
    expect(isInstant('2026-03-02T09:30:00+08:00')).toBe(true);
    expect(isInstant('2026-03-02T01:30:00.123Z')).toBe(true);
    expect(isInstant('2026-03-02T09:30+08:00')).toBe(true);
    expect(isInstant('2026-03-02T09:30:00')).toBe(false);
    expect(isInstant('2026-02-30T09:30:00+08:00')).toBe(false);
    expect(isInstant('2026-03-02T24:00:00+08:00')).toBe(false);
    expect(isInstant(20260302)).toBe(false);
  });
});
