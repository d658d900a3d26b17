import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { localizeZodError } from '../i18n/zod.js';
import { isLowSatisfaction, SATISFACTION_LEVELS, satisfactionLabel, satisfactionSchema } from './satisfaction.js';

describe('satisfaction (好差评)', () => {
  it('has five labelled levels, best first', () => {
    expect(SATISFACTION_LEVELS.map((l) => l.level)).toEqual([5, 4, 3, 2, 1]);
    expect(SATISFACTION_LEVELS.map((l) => satisfactionLabel(l.level))).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    expect(satisfactionLabel(1, 'en')).toBe('Very dissatisfied');
    expect(SATISFACTION_LEVELS.filter((l) => l.reasonRequired).map((l) => l.level)).toEqual([2, 1]);
    expect(isLowSatisfaction(3)).toBe(false);
  });

  it('requires a reason for levels 1 and 2 only', () => {
    const at = '2026-10-20T10:00:00+08:00';
    expect(z.safeParse(satisfactionSchema, { level: 3, at }).success).toBe(true);
    expect(z.safeParse(satisfactionSchema, { level: 1, at, reason: '等候时间过长' }).success).toBe(true);
    for (const input of [{ level: 1, at }, { level: 2, at, reason: '   ' }]) {
      const r = z.safeParse(satisfactionSchema, input);
      expect(r.success).toBe(false);
      if (r.success) continue;
      const [issue] = localizeZodError(r.error, 'en');
      expect(issue).toMatchObject({ code: 'SATISFACTION_REASON_REQUIRED', path: ['reason'] });
    }
  });

  it('rejects levels outside 1..5', () => {
    const r = z.safeParse(satisfactionSchema, { level: 6, at: '2026-10-20T10:00:00+08:00' });
    expect(r.success).toBe(false);
    if (r.success) return;
    const [issue] = localizeZodError(r.error, 'zh-CN');
    expect(issue).toMatchObject({ code: 'SCHEMA_INVALID_VALUE', path: ['level'] });
  });
});
