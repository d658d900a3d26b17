import { describe, expect, it } from 'vitest';
import { bundleCost } from '../../../scripts/bundle-size.js';

/**
 * What a browser page pays for the adapter pieces it may load: the remote adapter (talking to the
 * integrator's proxy) and the HTTP client. Signing keys, 国密 code and fixture data must stay out.
 */
const BUDGETS: Record<string, number> = {
  createRemoteAdapter: 36 * 1024,
  createHttpClient: 22 * 1024,
  isAdapterError: 2 * 1024,
};

describe('adapters bundle budgets (minified + gzipped)', () => {
  for (const [name, budget] of Object.entries(BUDGETS)) {
    it(`${name} ≤ ${budget / 1024} KB`, async () => {
      const { bytes } = await bundleCost('@sijitong/adapters', name);
      expect(bytes).toBeLessThanOrEqual(budget);
    });
  }

  it('the remote adapter carries no signing crypto and no fixture county', async () => {
    const { text } = await bundleCost('@sijitong/adapters', 'createRemoteAdapter');
    expect(text).not.toMatch(/sm2|sm4/i);
    expect(text).not.toContain('莒南县');
  });
});
