import { describe, expect, it } from 'vitest';
import { renderDemo } from './demo.js';

describe('core example', () => {
  it('prints the checks, the division path and both deadlines in Chinese', () => {
    const text = renderDemo('zh-CN').join('\n');
    expect(text).toContain('110105********002X  valid=true birth=1949-12-31 sex=female');
    expect(text).toContain('RESIDENT_ID_CHECKSUM');
    expect(text).toContain('371327001000');
    // 20 working days from 2026-09-21 over National Day (make-up workday 10-10) with 09-24..26 suspended.
    expect(text).toContain('deadline 2026-10-27 provisional=false');
    expect(text).toContain('on-track, 5 working days left');
    // Into 2027, whose notice is not in the data: statutory fallback, flagged.
    expect(text).toContain('deadline 2027-01-13 provisional=true');
    // Initials find 养老保险 items the township serves, with the match marked for highlighting.
    expect(text).toMatch(/\[养老保险\]/);
    // The agent scenario adds the power of attorney and the agent's ID to the notification.
    expect(text).toContain('一次性告知单');
    expect(text).toContain('代理人居民身份证');
  });

  it('speaks English when asked', () => {
    const text = renderDemo('en').join('\n');
    expect(text).toContain('1. Resident ID number');
    expect(text).toMatch(/check character of the resident ID number should be X/);
  });
});
