import { describe, expect, it } from 'vitest';
import { renderAdapterDemo } from './demo.js';

describe('adapters example', () => {
  it('looks a case up through both dialects and refuses a wrong name', async () => {
    const lines = await renderAdapterDemo('en');
    const text = lines.join('\n');
    expect(text).toMatch(/^Provincial-system simulator running at http:\/\/127\.0\.0\.1:\d+/);
    expect(lines.filter((l) => /^ {2}\[(national|guangdong)\] \S+ .+ → .+ \(\d+ steps\)$/.test(l))).toHaveLength(2);
    expect(lines.filter((l) => l.includes('wrong name → ADAPTER_CASE_NOT_FOUND'))).toHaveLength(2);
  });
});
