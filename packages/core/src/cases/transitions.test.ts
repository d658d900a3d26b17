import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { acceptedCase, caseIn, eventOf, receivedCase } from '../fixtures/testing.js';
import { caseSchema, type Case } from './case.js';
import { CASE_EVENT_TYPES, type CaseEvent } from './events.js';
import { CASE_STATUSES, isTerminalCaseStatus } from './status.js';
import { allowedEvents, CASE_TRANSITIONS, transitionCase, type CasePhase } from './transitions.js';

function ok(c: Case, e: CaseEvent): Case {
  const r = transitionCase(c, e);
  if (!r.ok) throw new Error(`${e.type} refused: ${r.error.code} ${r.error.message}`);
  return r.case;
}

const PHASES: readonly CasePhase[] = ['beforeAcceptance', 'afterAcceptance'];

describe('transitionCase: the lifecycle table', () => {
  it('performs every allowed transition of the table', () => {
    let count = 0;
    for (const status of CASE_STATUSES) {
      for (const [type, target] of Object.entries(CASE_TRANSITIONS[status])) {
        const targets = typeof target === 'string' ? { beforeAcceptance: target, afterAcceptance: target } : target;
        for (const phase of PHASES) {
          const to = targets[phase];
          if (to === undefined) continue;
          if (phase === 'afterAcceptance' && ['draft', 'submitted', 'preReview'].includes(status)) continue;
          if (phase === 'beforeAcceptance' && ['accepted', 'processing', 'suspended'].includes(status)) continue;
          const from = caseIn(status, phase);
          const next = ok(from, eventOf(type as CaseEvent['type']));
          expect(next.status, `${status} --${type}--> (${phase})`).toBe(to);
          expect(next.history.at(-1)).toMatchObject({ status: to, event: type, at: '2026-09-29T10:00:00+08:00' });
          count++;
        }
      }
    }
    expect(count).toBe(31);
  });

  it('refuses every event the table does not list, naming the allowed ones', () => {
    for (const status of CASE_STATUSES) {
      for (const phase of PHASES) {
        const c = caseIn(status, phase);
        const allowed = allowedEvents(status, phase);
        for (const type of CASE_EVENT_TYPES) {
          if (allowed.includes(type)) continue;
          const r = transitionCase(c, eventOf(type));
          expect(r.ok, `${status} ${type}`).toBe(false);
          if (r.ok) continue;
          if (isTerminalCaseStatus(c.status)) expect(r.error.code).toBe('CASE_ALREADY_CLOSED');
          else {
            expect(r.error.code).toBe('CASE_TRANSITION_NOT_ALLOWED');
            expect(r.error.params.allowed).toBe(allowedEvents(c.status, c.acceptedOn ? 'afterAcceptance' : 'beforeAcceptance').join(', '));
          }
        }
      }
    }
  });

  it('names the allowed events in zh-CN and en', () => {
    const r = transitionCase(caseIn('preReview'), eventOf('conclude'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CASE_TRANSITION_NOT_ALLOWED');
    expect(r.error.params).toMatchObject({ status: 'preReview', event: 'conclude', allowed: 'accept, reject, requestCorrection, withdraw' });
    expect(r.error.message).toBe('办件 371327-2026-000123 当前状态为 preReview，不能执行 conclude：当前只能执行 accept, reject, requestCorrection, withdraw。');
    expect(r.error.localized('en')).toBe(
      'Case 371327-2026-000123 is in status preReview and cannot take conclude; it accepts only: accept, reject, requestCorrection, withdraw.',
    );
  });

  it('lists allowed events per state and phase', () => {
    expect(allowedEvents('draft')).toEqual(['submit', 'withdraw']);
    expect(allowedEvents('correctionRequested', 'beforeAcceptance')).toEqual(['reject', 'supplyCorrection', 'withdraw']);
    expect(allowedEvents('correctionRequested', 'afterAcceptance')).toEqual(['supplyCorrection', 'extend', 'withdraw']);
    expect(allowedEvents('correctionRequested')).toEqual(['reject', 'supplyCorrection', 'extend', 'withdraw']);
    expect(allowedEvents('concluded')).toEqual([]);
  });

  it('refuses events on closed cases', () => {
    const r = transitionCase(caseIn('concluded'), eventOf('withdraw'));
    expect(r.ok || r.error.code).toBe('CASE_ALREADY_CLOSED');
  });
});

describe('transitionCase: values', () => {
  it('never mutates the case and appends history', () => {
    const original = structuredClone(acceptedCase);
    const snapshot = JSON.stringify(original);
    const next = ok(original, eventOf('suspend'));
    expect(JSON.stringify(original)).toBe(snapshot);
    expect(next).not.toBe(original);
    expect(next.history).not.toBe(original.history);
    expect(next.suspensions).not.toBe(original.suspensions);
    expect(next.history).toHaveLength(original.history.length + 1);
    expect(next.history.slice(0, -1)).toEqual(original.history);
    expect(original.suspensions).toEqual([]);
    expect(Object.isFrozen(original)).toBe(false);
  });

  it('produces cases that still satisfy caseSchema', () => {
    const at = (day: string) => `${day}T10:00:00+08:00`;
    const events: CaseEvent[] = [
      { type: 'submit', at: at('2026-09-24') },
      { type: 'startPreReview', at: at('2026-09-24') },
      { type: 'requestCorrection', at: at('2026-09-24'), on: '2026-09-24', items: ['营业执照'] },
      { type: 'supplyCorrection', at: at('2026-09-25'), on: '2026-09-25' },
      { type: 'accept', at: at('2026-09-25'), on: '2026-09-25' },
      { type: 'startProcessing', at: at('2026-09-28') },
      { type: 'suspend', at: at('2026-09-29'), on: '2026-09-29', reason: 'specialProcedure', procedure: '现场核查' },
      { type: 'resume', at: at('2026-09-30'), on: '2026-09-30' },
      { type: 'extend', at: at('2026-10-08'), workingDays: 1, approvedOn: '2026-10-08' },
      { type: 'conclude', at: at('2026-10-09'), on: '2026-10-09', decision: 'approved', name: '食品经营许可证' },
    ];
    const c = events.reduce((acc, e) => ok(acc, e), { ...receivedCase, status: 'draft' } as Case);
    expect(c.status).toBe('concluded');
    expect(c.history.map((h) => h.event)).toEqual([undefined, ...events.map((e) => e.type)]);
    expect(z.parse(caseSchema, c)).toEqual(c);
  });

  it('works on frozen cases', () => {
    const frozen = Object.freeze({ ...receivedCase, history: Object.freeze([...receivedCase.history]) }) as Case;
    const next = ok(frozen, eventOf('startPreReview'));
    expect(next.status).toBe('preReview');
    expect(frozen.status).toBe('submitted');
  });

  it('records the history entry from the event and drops the stale native status', () => {
    const next = ok(receivedCase, { type: 'reject', at: '2026-09-25T11:00:00+08:00', reason: '材料不齐', step: '受理', opinion: '不予受理', department: '县审批局', handler: '张三' });
    expect(next.history.at(-1)).toEqual({
      at: '2026-09-25T11:00:00+08:00',
      status: 'notAccepted',
      event: 'reject',
      step: '受理',
      opinion: '不予受理',
      reason: '材料不齐',
      department: '县审批局',
      handler: '张三',
    });
    expect(next.nativeStatus).toBeUndefined();
    expect(receivedCase.nativeStatus).toEqual({ code: '02', label: '收件' });
    const extended = ok(caseIn('processing'), eventOf('extend'));
    expect(extended.nativeStatus).toEqual(receivedCase.nativeStatus);
  });

  it('accept sets acceptedOn; conclude sets result, date and fee', () => {
    const accepted = ok(receivedCase, { type: 'accept', at: '2026-09-25T10:00:00+08:00', on: '2026-09-25' });
    expect(accepted.acceptedOn).toBe('2026-09-25');
    const done = ok(accepted, { type: 'conclude', at: '2026-09-30T16:00:00+08:00', on: '2026-09-30', decision: 'approved', name: '食品经营许可证', feeFen: 0 });
    expect(done).toMatchObject({ status: 'concluded', concludedOn: '2026-09-30', feeFen: 0 });
    expect(done.result).toEqual({ decision: 'approved', name: '食品经营许可证', issuedOn: '2026-09-30' });
    const denied = transitionCase(accepted, { type: 'conclude', at: '2026-09-30T16:00:00+08:00', on: '2026-09-30', decision: 'denied' });
    expect(denied.ok || [denied.error.code, denied.error.path]).toEqual(['CASE_DENIAL_REASON_REQUIRED', ['reason']]);
  });

  it('correction before acceptance stops no clock and returns to pre-review', () => {
    const asked = ok(receivedCase, { type: 'requestCorrection', at: '2026-09-24T15:00:00+08:00', on: '2026-09-24', items: ['营业执照'] });
    expect(asked.status).toBe('correctionRequested');
    expect(asked.suspensions).toEqual([]);
    expect(asked.history.at(-1)?.items).toEqual(['营业执照']);
    const supplied = ok(asked, { type: 'supplyCorrection', at: '2026-09-25T09:00:00+08:00', on: '2026-09-25' });
    expect(supplied.status).toBe('preReview');
    expect(supplied.suspensions).toEqual([]);
  });

  it('correction after acceptance opens and closes a correction suspension', () => {
    const asked = ok(acceptedCase, { type: 'requestCorrection', at: '2026-09-29T10:00:00+08:00', on: '2026-09-29' });
    expect(asked.suspensions).toEqual([{ from: '2026-09-29', reason: 'correction' }]);
    const supplied = ok(asked, { type: 'supplyCorrection', at: '2026-10-09T10:00:00+08:00', on: '2026-10-09' });
    expect(supplied.status).toBe('processing');
    expect(supplied.suspensions).toEqual([{ from: '2026-09-29', to: '2026-10-09', reason: 'correction' }]);
    expect(asked.suspensions).toEqual([{ from: '2026-09-29', reason: 'correction' }]);
  });

  it('suspend/resume record a special procedure; bad dates are refused with a path', () => {
    const processing = ok(acceptedCase, { type: 'startProcessing', at: '2026-09-28T09:00:00+08:00' });
    const suspended = ok(processing, { type: 'suspend', at: '2026-09-29T09:00:00+08:00', on: '2026-09-29', reason: 'specialProcedure', procedure: '专家评审' });
    expect(suspended.suspensions).toEqual([{ from: '2026-09-29', reason: 'specialProcedure', procedure: '专家评审' }]);
    const early = transitionCase(suspended, { type: 'resume', at: '2026-09-28T09:00:00+08:00', on: '2026-09-28' });
    expect(early.ok || [early.error.code, early.error.path]).toEqual(['SUSPENSION_INVERTED', ['on']]);
    const resumed = ok(suspended, { type: 'resume', at: '2026-10-09T09:00:00+08:00', on: '2026-10-09' });
    expect(resumed.status).toBe('processing');
    expect(resumed.suspensions[0]?.to).toBe('2026-10-09');
    const overlap = transitionCase(resumed, { type: 'suspend', at: '2026-10-09T15:00:00+08:00', on: '2026-10-09', reason: 'specialProcedure' });
    expect(overlap.ok || overlap.error.code).toBe('SUSPENSION_OVERLAP');
    const beforeAcceptance = transitionCase(processing, { type: 'suspend', at: '2026-09-28T09:00:00+08:00', on: '2026-09-20', reason: 'specialProcedure' });
    expect(beforeAcceptance.ok || beforeAcceptance.error.code).toBe('SUSPENSION_BEFORE_ACCEPTANCE');
  });

  it('extend keeps the state and records the extension', () => {
    const next = ok(caseIn('processing'), { type: 'extend', at: '2026-09-29T09:00:00+08:00', workingDays: 3, approvedOn: '2026-09-29', reason: '需现场核查' });
    expect(next.status).toBe('processing');
    expect(next.extensions).toEqual([{ workingDays: 3, approvedOn: '2026-09-29', reason: '需现场核查' }]);
  });

  it('validates the event first, with the path of the problem', () => {
    const r = transitionCase(acceptedCase, { type: 'suspend', at: '2026-09-29 10:00', on: '2026-02-30', reason: 'specialProcedure' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(['CASE_INSTANT_INVALID', 'DATE_INVALID']).toContain(r.error.code);
    expect([['at'], ['on']]).toContainEqual(r.error.path);
    const bad = transitionCase(acceptedCase, { type: 'extend', at: '2026-09-29T10:00:00+08:00', workingDays: 0, approvedOn: '2026-09-29' });
    expect(bad.ok || [bad.error.code, bad.error.path]).toEqual(['SCHEMA_TOO_SMALL', ['workingDays']]);
  });
});
