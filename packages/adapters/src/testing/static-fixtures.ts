import type { Application } from '../contract/capabilities.js';
import { createStaticAdapter, type StaticAdapter } from '../static/static-adapter.js';
import type { ConformanceFixtures } from './fixtures.js';

/** Conformance fixtures of a static adapter, with the adapter they belong to. */
export interface StaticConformanceFixtures extends ConformanceFixtures {
  /** The adapter whose data, login and pay page the fixtures use. */
  readonly adapter: StaticAdapter;
}

/** A well-formed implementation code that `adapter` does not have (last digit changed). */
function missingCode(adapter: StaticAdapter, code: string): string {
  const codes = new Set(adapter.data.items.map((i) => i.implementationCode));
  for (let d = 0; d < 10; d++) {
    const candidate = `${code.slice(0, -1)}${d}`;
    if (!codes.has(candidate)) return candidate;
  }
  return `${code.slice(0, -3)}999`;
}

/**
 * Fixtures for {@link runAdapterConformance} drawn from a static adapter's own data: its first
 * item, a case in progress with its applicant and query password, an application to an item in use
 * by its first person user, that user's login and e-licences, and its simulated pay page. Pass the
 * adapter under test (login and payment run against it); without one a default static adapter is
 * created and returned as `adapter`.
 *
 * @example
 * const adapter = createStaticAdapter();
 * runAdapterConformance({ adapter, fixtures: staticConformanceFixtures(adapter) });
 */
export function staticConformanceFixtures(adapter: StaticAdapter = createStaticAdapter()): StaticConformanceFixtures {
  const items = adapter.data.items;
  const cases = adapter.data.cases();
  const person = adapter.data.users.find((u) => u.profile.kind === 'person');
  const inUse = items.find((i) => i.state === 'inUse' && i.materials.length > 0) ?? items.find((i) => i.state === 'inUse');
  const open = cases.find((c) => c.status === 'processing' && c.queryPassword !== undefined) ?? cases.find((c) => c.status !== 'draft');
  const concluded = cases.find((c) => c.status === 'concluded') ?? open;
  const licence = person === undefined ? undefined : adapter.data.eLicences.find((l) => 'idNumber' in l.holder && l.holder.idNumber === person.profile.idNumber);
  const firstItem = items[0];

  const application: Application | undefined =
    inUse === undefined || person === undefined || person.profile.idNumber === undefined
      ? undefined
      : {
          implementationCode: inUse.implementationCode,
          itemVersion: inUse.version,
          applicant: { kind: 'person', name: person.profile.name, idNumber: person.profile.idNumber },
          form: {},
          materials: inUse.materials.slice(0, 1).map((m) => ({
            materialId: m.id,
            fileName: `${m.id}.pdf`,
            contentType: 'application/pdf',
            content: new TextEncoder().encode('%PDF-1.4\n%%EOF\n'),
          })),
        };

  return {
    adapter,
    ...(firstItem === undefined
      ? {}
      : { catalog: { implementationCode: firstItem.implementationCode, missingImplementationCode: missingCode(adapter, firstItem.implementationCode), division: firstItem.divisionCodes[0] ?? '371327' } }),
    ...(open === undefined
      ? {}
      : {
          lookup: {
            caseNumber: open.number,
            applicantName: open.applicant.name,
            ...(open.queryPassword === undefined ? {} : { queryPassword: open.queryPassword }),
            expectedStatus: open.status,
            unknownCaseNumber: `${open.number.slice(0, -6)}999998`,
          },
        }),
    ...(application === undefined ? {} : { submission: { application } }),
    ...(person === undefined
      ? {}
      : { identity: { redirectUri: 'https://site.example.cn/login/callback', login: (url: string) => adapter.simulate.login(url, person.id) } }),
    ...(licence === undefined ? {} : { eLicences: { holder: licence.holder, typeCode: licence.type.code } }),
    ...(open === undefined ? {} : { payments: { caseNumber: open.number, amountFen: 1_000, pay: (url: string) => adapter.simulate.pay(url) } }),
    ...(concluded === undefined ? {} : { evaluation: { caseNumber: concluded.number } }),
  };
}
