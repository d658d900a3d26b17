import { describe, expect, it } from 'vitest';
import { caseChannelLabel, caseDecisionLabel, caseEventLabel, caseStatusLabel, personIdTypeLabel, suspensionReasonLabel } from './labels.js';
import { CASE_EVENT_TYPES } from './events.js';
import { CASE_STATUSES } from './status.js';

describe('case labels', () => {
  it('names every status and event in both locales', () => {
    for (const s of CASE_STATUSES) {
      expect(caseStatusLabel(s)).toMatch(/[\u4e00-\u9fff]/);
      expect(caseStatusLabel(s, 'en')).toMatch(/^[A-Z][a-z -]+$/);
    }
    for (const e of CASE_EVENT_TYPES) expect(caseEventLabel(e, 'en')).not.toContain('{');
    expect(caseStatusLabel('accepted')).toBe('受理');
    expect(caseStatusLabel('accepted', 'en')).toBe('Accepted');
    expect(caseChannelLabel('window')).toBe('窗口');
    expect(caseDecisionLabel('denied', 'en')).toBe('Denied');
    expect(suspensionReasonLabel('specialProcedure')).toBe('特别程序');
    expect(personIdTypeLabel('residentId')).toBe('居民身份证');
  });
});
