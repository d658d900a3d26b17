/**
 * Test fixtures of the cases module: one small case of a county-level item, and events with
 * plausible dates around the 2026 National Day holiday. Not part of the public API.
 * @internal
 */
import type { Case } from './case.js';
import type { CaseEvent, CaseEventType } from './events.js';
import type { CaseStatus } from './status.js';

/** A case just received at the Junan county window, not yet accepted. @internal */
export const receivedCase: Case = {
  number: '371327-2026-000123',
  queryPassword: '8842',
  item: {
    implementationCode: '11371327MB2850416J3000104002000',
    basicCode: '000104002000',
    name: '食品经营许可（新办）',
    version: '3',
  },
  applicant: { kind: 'person', name: '王秀英', idType: 'residentId', idNumber: '11010519491231002X', mobile: '13812345678' },
  channel: 'window',
  department: '莒南县行政审批服务局',
  receivedAt: '2026-09-24T09:30:00+08:00',
  limit: { value: 5, unit: 'workingDay' },
  status: 'submitted',
  nativeStatus: { code: '02', label: '收件' },
  history: [{ at: '2026-09-24T09:30:00+08:00', status: 'submitted', step: '收件' }],
  suspensions: [],
  extensions: [],
  materialsReceived: [{ name: '食品经营许可申请书', count: 1 }],
};

/** {@link receivedCase} accepted on 2026-09-25 (a Friday before National Day). @internal */
export const acceptedCase: Case = { ...receivedCase, status: 'accepted', acceptedOn: '2026-09-25' };

/** A case in `status`, consistent with it (acceptance date, open suspension). @internal */
export function caseIn(status: CaseStatus, phase: 'beforeAcceptance' | 'afterAcceptance' = 'afterAcceptance'): Case {
  const before = ['draft', 'submitted', 'preReview', 'notAccepted'].includes(status) || (status === 'correctionRequested' && phase === 'beforeAcceptance');
  const base: Case = before ? { ...receivedCase, status } : { ...acceptedCase, status };
  if (status === 'suspended') return { ...base, suspensions: [{ from: '2026-09-28', reason: 'specialProcedure', procedure: '现场核查' }] };
  if (status === 'correctionRequested' && !before) return { ...base, suspensions: [{ from: '2026-09-28', reason: 'correction' }] };
  if (status === 'concluded') return { ...base, concludedOn: '2026-09-30', result: { decision: 'approved', issuedOn: '2026-09-30' } };
  return base;
}

const at = '2026-09-29T10:00:00+08:00';

/** A valid event of `type` dated 2026-09-29, after the fixtures' acceptance. @internal */
export function eventOf(type: CaseEventType): CaseEvent {
  switch (type) {
    case 'submit':
    case 'startPreReview':
    case 'startProcessing':
      return { type, at };
    case 'accept':
    case 'supplyCorrection':
    case 'resume':
      return { type, at, on: '2026-09-29' };
    case 'reject':
      return { type, at, reason: '申请事项不属于本机关职权范围' };
    case 'requestCorrection':
      return { type, at, on: '2026-09-29', items: ['营业执照复印件'] };
    case 'suspend':
      return { type, at, on: '2026-09-29', reason: 'specialProcedure', procedure: '现场核查' };
    case 'extend':
      return { type, at, workingDays: 2, approvedOn: '2026-09-29', reason: '情况复杂' };
    case 'conclude':
      return { type, at, on: '2026-09-29', decision: 'approved', name: '食品经营许可证', licenceNumber: 'JY23713270012345' };
    case 'withdraw':
      return { type, at, on: '2026-09-29', reason: '申请人主动撤回' };
  }
}
