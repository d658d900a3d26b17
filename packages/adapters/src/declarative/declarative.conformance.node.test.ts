import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { nationalAdapter } from '../dialects/national/adapter.js';
import { NATIONAL_ITEM_FIELDS, NATIONAL_PROGRESS_FIELDS, NATIONAL_STATUS_TABLE } from '../dialects/national/index.js';
import { isAdapterError } from '../errors.js';
import { SIMULATOR_CREDENTIALS, startSimulator } from '../simulator/index.js';
import { runAdapterConformance } from '../testing/index.js';
import { createDeclarativeAdapter } from './adapter.js';
import { NATIONAL_DECLARATIVE_EXAMPLE } from './examples/national.js';

const sim = await startSimulator({ port: 0, exposeCaptchaAnswers: true });
afterAll(() => sim.close());

const credentials = SIMULATOR_CREDENTIALS.national;
const config = {
  ...NATIONAL_DECLARATIVE_EXAMPLE,
  baseUrl: `${sim.url}/national`,
  signing: { kind: 'zhejiangHmac', accessKey: credentials.accessKey, secretKey: credentials.secret },
  retry: { backoffMs: 1, maxBackoffMs: 5 },
};
const adapter = createDeclarativeAdapter(config);

// The JSON example drives catalog, cases and evaluation; identity, e-licences and payments are not declarable.
runAdapterConformance({ adapter, fixtures: sim.fixtures.national, name: 'declarative adapter (national.json) conformance' });

describe('declarative adapter: the national example', () => {
  it('uses the very tables of the coded national adapter', () => {
    expect(NATIONAL_DECLARATIVE_EXAMPLE.fields.item).toEqual(JSON.parse(JSON.stringify(NATIONAL_ITEM_FIELDS)));
    expect(NATIONAL_DECLARATIVE_EXAMPLE.fields.progress).toEqual(JSON.parse(JSON.stringify(NATIONAL_PROGRESS_FIELDS)));
  });

  it('lists the applicant\'s cases with a session from the unified login', async () => {
    const national = nationalAdapter.create({ baseUrl: `${sim.url}/national`, accessKey: credentials.accessKey, secretKey: credentials.secret, oauth: credentials.oauth });
    const identity = sim.fixtures.national.identity!;
    const code = await identity.login(national.identity!.authorizeUrl({ redirectUri: identity.redirectUri, state: 'st' }));
    const session = await national.identity!.exchange({ code, redirectUri: identity.redirectUri });
    const page = await adapter.cases!.listByApplicant(session, { pageSize: 5 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.pageSize).toBe(5);
  });

  it('answers like the coded adapter', async () => {
    const national = nationalAdapter.create({ baseUrl: `${sim.url}/national`, accessKey: credentials.accessKey, secretKey: credentials.secret });
    const code = sim.fixtures.national.catalog!.implementationCode;
    expect(await adapter.catalog!.get(code)).toEqual(await national.catalog.get(code));
    const lookup = sim.fixtures.national.lookup!;
    const query = { caseNumber: lookup.caseNumber, verification: { kind: 'applicantName', name: lookup.applicantName } } as const;
    expect(await adapter.cases!.lookup(query)).toEqual(await national.cases.lookup(query));
  });
});

describe('declarative adapter: configuration checks', () => {
  const failure = (value: unknown) => {
    try {
      createDeclarativeAdapter(value);
    } catch (error) {
      if (isAdapterError(error)) return error;
      throw error;
    }
    throw new Error('expected ADAPTER_CONFIG_INVALID');
  };

  it('refuses a mapping naming an undefined code table', () => {
    const item = { ...config.fields.item, type: { from: 'TASK_TYPE', codes: 'noSuchTable' } };
    const error = failure({ ...config, fields: { ...config.fields, item } });
    expect(error.code).toBe('ADAPTER_CONFIG_INVALID');
    // The factory masks every configured value in messages (it may hold secrets): the path tells where.
    expect(error.path).toEqual(['fields', 'item', 'type', 'codes']);
  });

  it('refuses a catalogue without its get endpoint, and a typo in a rule', () => {
    const { 'catalog.get': _omitted, ...endpoints } = config.endpoints;
    expect(failure({ ...config, endpoints }).path).toEqual(['endpoints', 'catalog.get']);
    const item = { ...config.fields.item, name: { form: 'TASK_NAME' } };
    expect(failure({ ...config, fields: { ...config.fields, item } }).path[0]).toBe('fields');
  });

  it('refuses a path placeholder the endpoint has no input for, never showing secrets', () => {
    const endpoints = { ...config.endpoints, 'catalog.list': { method: 'GET', path: '/items/{secretKey}' } };
    const error = failure({ ...config, endpoints });
    expect(error.path).toEqual(['endpoints', 'catalog.list', 'path']);
    expect(`${error.message}${error.localized('en')}`).not.toContain(credentials.secret);
  });
});

describe('declarative adapter: faults', () => {
  afterEach(() => sim.setFaults([]));
  const lookup = sim.fixtures.national.lookup!;
  const query = { caseNumber: lookup.caseNumber, verification: { kind: 'applicantName', name: lookup.applicantName } } as const;
  const rejection = async (promise: Promise<unknown>) => {
    const error: unknown = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!isAdapterError(error)) throw new Error('expected an AdapterError');
    return error;
  };

  it('retries a readOnly POST (the lookup) through a 503', async () => {
    sim.setFaults([{ fault: 'status', status: 503, times: 2, path: '/national/cases/query' }]);
    expect((await adapter.cases!.lookup(query)).caseNumber).toBe(lookup.caseNumber);
  });

  it('HTTP 200 with an error code is PROVINCE_ERROR; a non-JSON body RESPONSE_NOT_JSON', async () => {
    sim.setFaults([{ fault: 'error-code', path: '/national/catalog/items' }]);
    expect((await rejection(adapter.catalog!.list())).code).toBe('PROVINCE_ERROR');
    sim.setFaults([{ fault: 'malformed', path: '/national/catalog/items' }]);
    expect((await rejection(adapter.catalog!.list())).code).toBe('RESPONSE_NOT_JSON');
  });

  it('a status code missing from the configured table is NATIVE_STATUS_UNKNOWN', async () => {
    const statusMapping = { province: 'declared', entries: NATIONAL_STATUS_TABLE.entries.filter((e) => e.native !== '12') };
    const error = await rejection(createDeclarativeAdapter({ ...config, statusMapping }).cases!.lookup(query));
    expect(error.code).toBe('NATIVE_STATUS_UNKNOWN');
    expect(error.path).toEqual(['data', 'HANDLESTATE']);
  });
});
