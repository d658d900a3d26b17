import { describe, expect, it } from 'vitest';
import type { Application, ApplicationMaterial } from '../contract/capabilities.js';
import { isAdapterError } from '../errors.js';
import { createMemoryStore } from '../stores/memory-store.js';
import type { KeyValueStore } from '../stores/store.js';
import { createSubmission, submitIdempotently } from './submit-idempotently.js';
import { submitApplication, type ApplicationSubmissionPort } from './application.js';
import { fingerprintOf } from './fingerprint.js';

const application: Application = {
  implementationCode: '11371327MB2850183X4370112001000',
  itemVersion: '2026.1',
  applicant: { kind: 'person', name: '张三', idNumber: '11010519491231002X' },
  form: { 'applicant.name': '张三' },
  materials: [
    { materialId: 'id-card', fileName: 'id.pdf', contentType: 'application/pdf', content: new Uint8Array([1, 2, 3]) },
    { materialId: 'form', fileName: 'form.pdf', contentType: 'application/pdf', content: new Uint8Array([4, 5]) },
  ],
};

/** A province that counts its calls and can fail one upload once. */
function fakeProvince(options: { failUploadOnce?: string } = {}) {
  const calls = { create: 0, upload: 0, confirm: 0 };
  let failed = false;
  let next = 0;
  const port: ApplicationSubmissionPort<{ draftId: string }, { token: string }> = {
    async createCase() {
      calls.create++;
      await Promise.resolve();
      return { draftId: `D${++next}` };
    },
    async uploadMaterial(created, material: ApplicationMaterial) {
      calls.upload++;
      if (material.materialId === options.failUploadOnce && !failed) {
        failed = true;
        throw new Error('network down');
      }
      return { token: `${created.draftId}/${material.materialId}` };
    },
    async confirm(created, uploads) {
      calls.confirm++;
      expect(uploads.map((u) => u.token)).toEqual([`${created.draftId}/id-card`, `${created.draftId}/form`]);
      return { caseNumber: `JN${created.draftId}`, queryPassword: 'AB23CD', receivedAt: '2026-11-03T09:30:00+08:00' };
    },
  };
  return { calls, port };
}

describe('submitApplication', () => {
  it('makes one case for a duplicated submit and returns the first receipt', async () => {
    const { calls, port } = fakeProvince();
    const submission = createSubmission({ store: createMemoryStore() });
    const first = await submitApplication({ application, options: { idempotencyKey: 'k1' }, port, submission });
    const again = await submitApplication({ application, options: { idempotencyKey: 'k1' }, port, submission });
    expect(first).toEqual({ caseNumber: 'JND1', queryPassword: 'AB23CD', receivedAt: '2026-11-03T09:30:00+08:00', idempotencyKey: 'k1' });
    expect(again).toEqual(first);
    expect(calls).toEqual({ create: 1, upload: 2, confirm: 1 });
    const other = await submitApplication({ application, options: { idempotencyKey: 'k2' }, port, submission });
    expect(other.caseNumber).toBe('JND2');
  });

  it('resumes at the failed step after a failure', async () => {
    const { calls, port } = fakeProvince({ failUploadOnce: 'form' });
    const submission = createSubmission({ store: createMemoryStore() });
    await expect(submitApplication({ application, options: { idempotencyKey: 'k' }, port, submission })).rejects.toThrow('network down');
    expect(calls).toEqual({ create: 1, upload: 2, confirm: 0 });
    const receipt = await submitApplication({ application, options: { idempotencyKey: 'k' }, port, submission });
    expect(receipt.caseNumber).toBe('JND1');
    expect(calls).toEqual({ create: 1, upload: 3, confirm: 1 });
  });

  it('serialises concurrent duplicates: one case, the same receipt for all', async () => {
    const { calls, port } = fakeProvince();
    const submission = createSubmission({ store: createMemoryStore() });
    const receipts = await Promise.all(
      Array.from({ length: 5 }, () => submitApplication({ application, options: { idempotencyKey: 'same' }, port, submission })),
    );
    expect(new Set(receipts.map((r) => r.caseNumber))).toEqual(new Set(['JND1']));
    expect(calls.create).toBe(1);
  });

  it('serialises concurrent duplicates across instances sharing a store', async () => {
    const shared = createMemoryStore();
    const instance = (): KeyValueStore => ({
      get: (k) => shared.get(k),
      set: (k, v, o) => shared.set(k, v, o),
      delete: (k) => shared.delete(k),
      increment: (k, o) => shared.increment(k, o),
    });
    const { calls, port } = fakeProvince();
    const receipts = await Promise.all(
      [instance(), instance(), instance()].map((store) =>
        submitApplication({ application, options: { idempotencyKey: 'x' }, port, submission: createSubmission({ store, pollMs: 1 }) }),
      ),
    );
    expect(new Set(receipts.map((r) => r.caseNumber)).size).toBe(1);
    expect(calls.create).toBe(1);
  });

  it('refuses a key reused for another application', async () => {
    const { port } = fakeProvince();
    const submission = createSubmission({ store: createMemoryStore() });
    await submitApplication({ application, options: { idempotencyKey: 'k' }, port, submission });
    const changed = { ...application, form: { 'applicant.name': '李四' } };
    await expect(submitApplication({ application: changed, options: { idempotencyKey: 'k' }, port, submission })).rejects.toSatisfy((e) =>
      isAdapterError(e, 'ADAPTER_IDEMPOTENCY_CONFLICT'),
    );
  });

  it('reports a malformed confirmation as RESPONSE_INVALID', async () => {
    const { port } = fakeProvince();
    const bad = { ...port, confirm: async () => ({ caseNumber: '', receivedAt: 'yesterday' }) };
    const submission = createSubmission({ store: createMemoryStore() });
    await expect(submitApplication({ application, options: { idempotencyKey: 'k' }, port: bad, submission })).rejects.toSatisfy((e) =>
      isAdapterError(e, 'RESPONSE_INVALID'),
    );
  });
});

describe('submitIdempotently', () => {
  it('reports replays and the steps that ran, and checks step names', async () => {
    const store = createMemoryStore();
    const steps = [
      { name: 'a', run: async () => 1 },
      { name: 'b', run: async (done: Readonly<Record<string, unknown>>) => (done.a as number) + 1 },
    ];
    const first = await submitIdempotently({ store, key: 'k', steps });
    expect(first).toEqual({ result: 2, results: { a: 1, b: 2 }, replayed: false, ran: ['a', 'b'] });
    const second = await submitIdempotently({ store, key: 'k', steps });
    expect(second.replayed).toBe(true);
    expect(second.result).toBe(2);
    await expect(submitIdempotently({ store, key: 'z', steps: [steps[0]!, steps[0]!] })).rejects.toSatisfy((e) =>
      isAdapterError(e, 'SUBMISSION_STEP_DUPLICATE'),
    );
    await expect(submitIdempotently({ store, key: 'z', steps: [] })).rejects.toSatisfy((e) => isAdapterError(e, 'SUBMISSION_NO_STEPS'));
  });
});

describe('fingerprintOf', () => {
  it('ignores key order and undefined, and sees file content', async () => {
    expect(await fingerprintOf({ a: 1, b: [1, 2], c: undefined })).toBe(await fingerprintOf({ b: [1, 2], a: 1 }));
    const other = { ...application, materials: [{ ...application.materials![0]!, content: new Uint8Array([9]) }] };
    const one = { ...application, materials: [application.materials![0]!] };
    expect(await fingerprintOf(one)).not.toBe(await fingerprintOf(other));
    expect(await fingerprintOf(application)).toMatch(/^[0-9a-f]{64}$/);
  });
});
