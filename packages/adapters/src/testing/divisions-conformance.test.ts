import { describe, expect, it } from 'vitest';
import type { DivisionsCapability } from '../contract/capabilities.js';
import { AdapterError } from '../errors.js';
import { httpMessages } from '../i18n/messages/http.js';
import { createStaticAdapter } from '../static/static-adapter.js';
import { collectChecks, fails } from './collect-checks.js';
import { staticConformanceFixtures } from './static-fixtures.js';
import { divisionsSuite } from './suites/divisions.js';

/*
 * The divisions checks must pass a good capability and fail broken ones. Each case collects the
 * suite's checks (without registering them) and runs them.
 */

const good = createStaticAdapter();
const fixtures = staticConformanceFixtures(good);

function checks(divisions: DivisionsCapability): Map<string, () => Promise<void>> {
  const { check, bodies } = collectChecks();
  divisionsSuite({ capability: divisions, adapter: good, fixtures, check });
  return bodies;
}

describe('divisions conformance checks', () => {
  it('pass the static adapter (unknown parent: ADAPTER_DIVISION_NOT_FOUND)', async () => {
    for (const [id, body] of checks(good.divisions)) expect(await fails(body), id).toBe(false);
  });

  it('pass a capability answering an unknown parent with an empty list', async () => {
    const lenient: DivisionsCapability = {
      children: (code, o) => good.divisions.children(code, o).catch((e: unknown) => {
        if (e instanceof AdapterError && e.code === 'ADAPTER_DIVISION_NOT_FOUND') return [];
        throw e;
      }),
    };
    expect(await fails(checks(lenient).get('divisions.unknown'))).toBe(false);
  });

  it('fail children outside their parent, unnamed entries and an empty top level', async () => {
    const stray: DivisionsCapability = {
      children: async (code, o) => (code === '371327' ? [{ code: '371302100000', name: '外县镇' }] : good.divisions.children(code, o)),
    };
    expect(await fails(checks(stray).get('divisions.children'))).toBe(true);
    const unnamed: DivisionsCapability = { children: async (code) => (code === undefined ? [{ code: '370000', name: ' ' }] : []) };
    expect(await fails(checks(unnamed).get('divisions.roots'))).toBe(true);
    const empty: DivisionsCapability = { children: async () => [] };
    expect(await fails(checks(empty).get('divisions.roots'))).toBe(true);
  });

  it('fail an unknown parent answered with a list or another error, and a malformed one accepted', async () => {
    const guessing: DivisionsCapability = { children: async (code, o) => good.divisions.children(code === '379999' ? '370000' : code, o) };
    expect(await fails(checks(guessing).get('divisions.unknown'))).toBe(true);
    const vague: DivisionsCapability = {
      children: async (code, o) => {
        if (code === '379999') throw new AdapterError(httpMessages, 'ADAPTER_NETWORK', { what: 'divisions.children' });
        return good.divisions.children(code, o);
      },
    };
    expect(await fails(checks(vague).get('divisions.unknown'))).toBe(true);
    const lax: DivisionsCapability = { children: async () => [{ code: '370000', name: '山东省' }] };
    expect(await fails(checks(lax).get('divisions.malformed'))).toBe(true);
  });
});
