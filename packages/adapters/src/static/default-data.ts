import type { Case } from '@sijitong/core';
import type { StaticLicence, StaticUser } from './data.js';

/*
 * Default users and e-licences of the static adapter, made from the generated Junan cases. Data,
 * not code: names of licence types and issuers are the Junan fixture's (illustrative).
 */

const PERSON_LICENCES = [
  { type: { code: 'ZZLX-11-0001', name: '居民身份证' }, issuer: '莒南县公安局', validFrom: '2020-05-01', validTo: '2040-05-01' },
  { type: { code: 'ZZLX-11-0002', name: '居民户口簿' }, issuer: '莒南县公安局', validFrom: '2018-09-12' },
] as const;

/** The assurance level the default users report. */
const ASSURANCE = '实名';

const ORGANIZATION_LICENCES = [{ type: { code: 'ZZLX-12-0001', name: '营业执照' }, issuer: '莒南县行政审批服务局', validFrom: '2021-03-15' }] as const;

/** Test users: the applicants of the first cases, `people` persons and `organizations` organisations. @internal */
export function defaultUsers(cases: readonly Case[], people = 3, organizations = 2): StaticUser[] {
  const users: StaticUser[] = [];
  const seen = new Set<string>();
  let p = 0;
  let o = 0;
  for (const c of cases) {
    const a = c.applicant;
    if (a.kind === 'person' && a.idType === 'residentId' && p < people && !seen.has(a.idNumber)) {
      seen.add(a.idNumber);
      users.push({ id: `person-${++p}`, profile: { kind: 'person', name: a.name, idNumber: a.idNumber, ...(a.mobile ? { mobile: a.mobile } : {}), assurance: ASSURANCE } });
    } else if (a.kind === 'organization' && o < organizations && !seen.has(a.creditCode)) {
      seen.add(a.creditCode);
      users.push({ id: `org-${++o}`, profile: { kind: 'organization', name: a.name, creditCode: a.creditCode, ...(a.mobile ? { mobile: a.mobile } : {}), assurance: ASSURANCE } });
    }
  }
  return users;
}

/** E-licences of the users: resident ID and household register for people, business licence for organisations. @internal */
export function defaultLicences(users: readonly StaticUser[]): StaticLicence[] {
  const out: StaticLicence[] = [];
  for (const user of users) {
    const profile = user.profile;
    if (profile.kind === 'person' && profile.idNumber !== undefined) {
      const idNumber = profile.idNumber;
      PERSON_LICENCES.forEach((template, i) => {
        out.push({
          ...template,
          id: `EL-${user.id}-${i + 1}`,
          number: i === 0 ? idNumber : `HK${idNumber.slice(0, 12)}`,
          holderName: profile.name,
          holder: { idNumber },
        });
      });
    } else if (profile.kind === 'organization' && profile.creditCode !== undefined) {
      const creditCode = profile.creditCode;
      ORGANIZATION_LICENCES.forEach((template, i) => {
        out.push({ ...template, id: `EL-${user.id}-${i + 1}`, number: creditCode, holderName: profile.name, holder: { creditCode } });
      });
    }
  }
  return out;
}
