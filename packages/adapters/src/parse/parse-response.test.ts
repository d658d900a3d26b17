import { describe, expect, expectTypeOf, it } from 'vitest';
import { junanItems } from '@sijitong/core/fixtures';
import { isAdapterError, type AdapterError } from '../errors.js';
import type { CaseProgress, Evaluation, PaymentOrder, VerifiedProfile } from '../contract/capabilities.js';
import type { Page } from '../contract/call.js';
import type { Item } from '@sijitong/core';
import { formatPath, parseInput, parseResponse } from './parse-response.js';
import { itemPageSchema } from './catalog-schemas.js';
import { caseProgressSchema } from './cases-schemas.js';
import { verifiedProfileSchema } from './identity-schemas.js';
import { paymentOrderSchema } from './payment-schemas.js';
import { evaluationSchema } from './evaluation-schemas.js';

function thrown(run: () => unknown): AdapterError {
  try {
    run();
  } catch (error) {
    if (isAdapterError(error)) return error;
    throw error;
  }
  throw new Error('expected an AdapterError');
}

const progress = {
  caseNumber: 'JN20261103000127',
  itemName: '个体工商户设立登记',
  applicantName: '张小三',
  status: 'processing',
  receivedAt: '2026-11-03T09:30:00+08:00',
  steps: [{ at: '2026-11-03T09:30:00+08:00', status: 'submitted' }],
};

describe('parseResponse', () => {
  it('returns the typed value and masks an unmasked public name', () => {
    const parsed = parseResponse(caseProgressSchema, progress, { what: 'cases.lookup' });
    expectTypeOf(parsed).toExtend<CaseProgress>();
    expect(parsed.applicantName).toBe('张*三');
    expect(parseResponse(caseProgressSchema, { ...progress, applicantName: '欧**明' }, { what: 'x' }).applicantName).toBe('欧**明');
  });

  it('names the bad field with the prefix path, in zh-CN and en', () => {
    const item = { ...junanItems[0], implementationCode: 'nope' };
    const error = thrown(() =>
      parseResponse(itemPageSchema, { items: [junanItems[1], item], total: 2, page: 1, pageSize: 20 }, { what: 'catalog.list', path: ['data'] }),
    );
    expect(error.code).toBe('RESPONSE_INVALID');
    expect(error.path).toEqual(['data', 'items', 1, 'implementationCode']);
    expect(error.params.field).toBe('data.items[1].implementationCode');
    expect(error.message).toContain('data.items[1].implementationCode');
    expect(error.message).toContain('catalog.list');
    expect(error.localized('en')).toContain('breaks the contract');
    expect(error.retryable).toBe(false);
  });

  it('never echoes the offending value (personal data) in messages or cause', () => {
    const badId = '110105194912310021'; // wrong check character
    const error = thrown(() => parseResponse(verifiedProfileSchema, { kind: 'person', name: '张三', idNumber: badId }, { what: 'identity.profile' }));
    expect(error.path).toEqual(['idNumber']);
    expect(error.message).not.toContain(badId);
    expect(error.localized('en')).not.toContain(badId);
    expect(JSON.stringify(error.cause)).not.toContain(badId);
    expect(String(error.params.detail).length).toBeGreaterThan(0);
  });

  it('counts every issue and reports wrong types', () => {
    const error = thrown(() => parseResponse(caseProgressSchema, { ...progress, status: 'weird', steps: 'none' }, { what: 'cases.lookup' }));
    expect(error.params.count).toBe(2);
    expect(error.path).toEqual(['status']);
  });

  it('requires paidAt on a paid order', () => {
    const order = { orderId: 'o1', caseNumber: 'c1', amountFen: 100, status: 'paid', payUrl: 'https://pay.example.cn/o1' };
    const error = thrown(() => parseResponse(paymentOrderSchema, order, { what: 'payments.status' }));
    expect(error.path).toEqual(['paidAt']);
    expect(error.localized('en')).toContain('paidAt');
    const ok = parseResponse(paymentOrderSchema, { ...order, paidAt: '2026-11-03T09:30:00+08:00' }, { what: 'payments.status' });
    expectTypeOf(ok).toExtend<PaymentOrder>();
  });

  it('parses items with core schema types', () => {
    const page = parseResponse(itemPageSchema, { items: junanItems.slice(0, 2), total: 55, page: 1, pageSize: 2 }, { what: 'catalog.list' });
    expectTypeOf(page).toExtend<Page<Item>>();
    expect(page.items).toHaveLength(2);
  });
});

describe('parseInput', () => {
  it('applies core satisfaction rules and reports INPUT_INVALID at reason', () => {
    const error = thrown(() => parseInput(evaluationSchema, { caseNumber: 'c1', level: 1 }, { what: 'evaluation.submit' }));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.path).toEqual(['reason']);
    expect(error.localized('en')).toMatch(/reason/i);
    const ok = parseInput(evaluationSchema, { caseNumber: 'c1', level: 2, reason: '太慢' }, { what: 'evaluation.submit' });
    expectTypeOf(ok).toExtend<Evaluation>();
  });

  it('types a verified profile as the contract does', () => {
    const profile = parseInput(verifiedProfileSchema, { kind: 'organization', name: '某公司', creditCode: '91350100M000100Y43' }, { what: 'p' });
    expectTypeOf(profile).toExtend<VerifiedProfile>();
  });
});

describe('formatPath', () => {
  it('writes dots and brackets, $ for the root', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['data', 'items', 3, 'TASK_CODE'])).toBe('data.items[3].TASK_CODE');
    expect(formatPath([0, 'a'])).toBe('[0].a');
  });
});
