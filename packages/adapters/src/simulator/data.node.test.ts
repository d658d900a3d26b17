import { CASE_STATUSES } from '@sijitong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './cli.js';
import { startSimulator, SIMULATOR_CREDENTIALS, type Simulator } from './index.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
});

describe('simulator data', () => {
  it('300 cases cover every canonical state', () => {
    expect(sim.state.cases.size).toBe(300);
    const counts = sim.state.statusCounts();
    for (const status of CASE_STATUSES) expect(counts[status] ?? 0, status).toBeGreaterThan(0);
  });
  it('holds the Junan items and bundles, and licences for every test user', () => {
    expect(sim.state.items.size).toBe(55);
    expect(sim.state.bundles).toHaveLength(5);
    for (const user of SIMULATOR_CREDENTIALS.users) {
      const id = user.kind === 'person' ? user.idNumber : user.creditCode;
      expect([...sim.state.licences.values()].some((l) => l.holderId === id), user.username).toBe(true);
    }
  });
  it('is deterministic for a seed', async () => {
    const again = await startSimulator({ cases: 300 });
    try {
      expect([...again.state.cases.keys()]).toEqual([...sim.state.cases.keys()]);
      expect(again.fixtures.national.lookup).toEqual(sim.fixtures.national.lookup);
    } finally {
      await again.close();
    }
  });
  it('gives both dialects complete fixtures', () => {
    for (const f of [sim.fixtures.national, sim.fixtures.guangdong]) {
      expect(Object.keys(f).sort()).toEqual(['catalog', 'eLicences', 'evaluation', 'identity', 'lookup', 'payments', 'submission']);
      expect(sim.state.cases.has(f.lookup!.unknownCaseNumber)).toBe(false);
    }
    expect(sim.fixtures.national.lookup!.queryPassword).toBeDefined();
    expect(sim.fixtures.guangdong.lookup!.captcha).toEqual(SIMULATOR_CREDENTIALS.guangdong.testCaptcha);
  });
});

describe('cli', () => {
  it('starts on the given port and prints the URL and credentials', async () => {
    const chunks: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      chunks.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    let stop: (() => Promise<void>) | undefined;
    try {
      stop = await main(['--port', '0', '--cases', '12']);
    } finally {
      process.stdout.write = write;
    }
    const out = chunks.join('');
    expect(out).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(out).toContain(SIMULATOR_CREDENTIALS.national.secret);
    await stop();
  });
});
