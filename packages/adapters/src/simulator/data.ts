import type { Applicant, Case } from '@sijitong/core';
import { generateCases, junanBundles, junanItems } from '@sijitong/core/fixtures';
import type { SimulatorUser } from './credentials.js';
import type { SimLicence, SimulatorState } from './state.js';

/** Options of {@link seedState}. */
export interface SeedOptions {
  /** Seed of the case generator. */
  readonly seed: number;
  /** How many cases to generate. */
  readonly cases: number;
  /** The day the data is "as of". */
  readonly today: string;
}

function partyOf(user: SimulatorUser): Applicant {
  return user.kind === 'person'
    ? { kind: 'person', name: user.name, idType: 'residentId', idNumber: user.idNumber, mobile: user.mobile }
    : { kind: 'organization', name: user.name, creditCode: user.creditCode, mobile: user.mobile };
}

/**
 * Gives some generated cases to the test users (every 20th person case from the 13th on goes to
 * one of the people in turn, every 7th organisation case to the organisation), so "my cases" lists
 * are not empty. Deterministic: depends only on the generated list.
 */
function assignToUsers(cases: Case[], users: readonly SimulatorUser[]): Case[] {
  const people = users.filter((u) => u.kind === 'person');
  const orgs = users.filter((u) => u.kind === 'organization');
  let personIndex = 0;
  let orgIndex = 0;
  return cases.map((c, i) => {
    if (i < 12) return c;
    if (c.applicant.kind === 'person' && i % 20 === 13 && people.length > 0) {
      const user = people[personIndex++ % people.length] as SimulatorUser;
      return { ...c, applicant: partyOf(user) };
    }
    if (c.applicant.kind === 'organization' && i % 7 === 3 && orgs.length > 0) {
      const user = orgs[orgIndex++ % orgs.length] as SimulatorUser;
      return { ...c, applicant: partyOf(user) };
    }
    return c;
  });
}

function licencesOf(user: SimulatorUser, index: number): SimLicence[] {
  const base = { holderName: user.name, validFrom: '2020-06-01' } as const;
  if (user.kind === 'organization') {
    return [
      {
        ...base,
        id: `LIC${String(index).padStart(2, '0')}01`,
        holderId: user.creditCode,
        type: { code: 'ZZLX-12-0001', name: '营业执照' },
        number: user.creditCode,
        issuer: '莒南县市场监督管理局',
      },
    ];
  }
  const out: SimLicence[] = [
    {
      ...base,
      id: `LIC${String(index).padStart(2, '0')}01`,
      holderId: user.idNumber,
      type: { code: 'ZZLX-11-0001', name: '居民身份证' },
      number: user.idNumber,
      issuer: '莒南县公安局',
      validTo: '2040-06-01',
    },
    {
      ...base,
      id: `LIC${String(index).padStart(2, '0')}02`,
      holderId: user.idNumber,
      type: { code: 'ZZLX-11-0002', name: '居民户口簿' },
      number: `3713270${String(index).padStart(5, '0')}`,
      issuer: '莒南县公安局',
    },
  ];
  if (index === 0) {
    out.push({
      ...base,
      id: 'LIC0003',
      holderId: user.idNumber,
      type: { code: 'ZZLX-07-0001', name: '结婚证' },
      number: 'J371327-2012-000518',
      issuer: '莒南县民政局',
      validFrom: '2012-05-20',
    });
  }
  return out;
}

/** Fills `state` with the Junan items and bundles, generated cases and the users' e-licences. */
export function seedState(state: SimulatorState, options: SeedOptions): void {
  for (const item of junanItems) state.items.set(item.implementationCode, { item, updatedAt: `${item.validFrom}T00:00:00+08:00` });
  state.bundles.push(...junanBundles);
  const cases = assignToUsers(generateCases({ items: junanItems, count: options.cases, seed: options.seed, today: options.today }), state.users);
  for (const c of cases) state.cases.set(c.number, { case: c, attachments: new Map() });
  state.users.forEach((user, i) => {
    for (const licence of licencesOf(user, i)) state.licences.set(licence.id, licence);
  });
}
