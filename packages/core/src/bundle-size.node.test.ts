import { describe, expect, it } from 'vitest';
import { bundleCost } from '../../../scripts/bundle-size.js';

/**
 * Bytes reach applicants' phones. Each budget is what an application pays, minified and gzipped,
 * for importing one thing from `@sijitong/core`; a change that drags in more (all message
 * catalogues, zod's classic API, pinyin data) fails here.
 */
const BUDGETS: Record<string, number> = {
  isResidentIdNumber: 1_024,
  isUnifiedSocialCreditCode: 1_024,
  maskName: 1_024,
  parseResidentIdNumber: 4_096,
  residentIdNumberSchema: 8_192,
  computeDeadline: 22_528,
  buildNotification: 18_432,
  transitionCase: 20_480,
  itemSchema: 24_576,
};

const gzippedSize = (name: string) => bundleCost('@sijitong/core', name);

describe('bundle budgets (minified + gzipped)', () => {
  for (const [name, budget] of Object.entries(BUDGETS)) {
    it(`${name} ≤ ${(budget / 1024).toFixed(0)} KB`, async () => {
      const { bytes } = await gzippedSize(name);
      expect(bytes).toBeLessThanOrEqual(budget);
    });
  }

  it('an error carries only its own concept’s messages', async () => {
    const { text } = await gzippedSize('parseResidentIdNumber');
    expect(text).toContain('RESIDENT_ID_CHECKSUM');
    expect(text).not.toContain('CASE_TRANSITION_NOT_ALLOWED');
    expect(text).not.toContain('CALENDAR_OUT_OF_RANGE');
  });

  it('only the catalogue pulls in pinyin data', async () => {
    const { text } = await gzippedSize('transitionCase');
    expect(text).not.toMatch(/pinyin/i);
  });
});
