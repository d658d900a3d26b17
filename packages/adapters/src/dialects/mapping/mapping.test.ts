import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createStatusMapping, NATIONAL_EXCHANGE_STATUS_CODES } from '@sijitong/core';
import { isAdapterError, type AdapterError } from '../../errors.js';
import { mapObject, sourcePathOf } from './apply.js';
import { convert } from './convert.js';
import { parseMapped } from './parse-mapped.js';
import { fieldSpecSchema, type ObjectSpec } from './spec.js';

const tables = { level: { '4': 'county', '5': 'township' }, flag: { '1': true, '0': false } };
const status = createStatusMapping(NATIONAL_EXCHANGE_STATUS_CODES);
const ctx = { what: 'test', direction: 'response', tables, status, path: ['data'] } as const;

function thrown(fn: () => unknown): AdapterError {
  try {
    fn();
  } catch (error) {
    if (isAdapterError(error)) return error;
    throw error;
  }
  throw new Error('expected an AdapterError');
}

describe('mapping tables', () => {
  it('renames, splits comma lists, maps codes, converts times and nests objects', () => {
    const spec: ObjectSpec = {
      code: 'TASK_CODE',
      levels: { from: 'USE_LEVEL', split: ',', codes: 'level' },
      charged: { from: 'IS_CHARGE', codes: 'flag' },
      at: { from: 'TIME', as: 'instantFromBeijing' },
      on: { from: 'TIME', as: 'dateFromBeijing' },
      body: { object: { name: 'DEPT_NAME', code: 'org.code' } },
      steps: { from: 'STEPS', each: { name: 'NODE_NAME' } },
      none: { object: { x: 'MISSING' }, optional: true },
      fallback: { from: 'MISSING', default: 'x' },
      kind: { from: 'PROJECT_TYPE', codes: { '3': 'joint' }, keepNative: true },
    };
    const source = { PROJECT_TYPE: '3', TASK_CODE: 'T1', USE_LEVEL: '4, 5', IS_CHARGE: '0', TIME: '2026-11-03 09:12:33', DEPT_NAME: 'D', org: { code: 'C' }, STEPS: [{ NODE_NAME: 'a' }] };
    expect(mapObject(source, spec, ctx).value).toEqual({
      code: 'T1',
      levels: ['county', 'township'],
      charged: false,
      at: '2026-11-03T09:12:33+08:00',
      on: '2026-11-03',
      body: { name: 'D', code: 'C' },
      steps: [{ name: 'a' }],
      fallback: 'x',
      kind: 'joint',
      native: { kind: '3' },
    });
  });

  it('builds request bodies the other way (firstOf, join, base64, instants to Beijing time)', () => {
    const spec: ObjectSpec = {
      CERT_NO: { firstOf: ['applicant.idNumber', 'applicant.creditCode'] },
      FORM: { from: 'channels', join: ',' },
      FILE: { from: 'content', as: 'base64' },
      SINCE: { from: 'since', as: 'beijingFromInstant' },
    };
    const input = { applicant: { creditCode: '91350100M000100Y43' }, channels: ['1', '2'], content: new TextEncoder().encode('hi'), since: '2026-11-01T00:00:00Z' };
    expect(mapObject(input, spec, { ...ctx, direction: 'request' }).value).toEqual({
      CERT_NO: '91350100M000100Y43',
      FORM: '1,2',
      FILE: 'aGk=',
      SINCE: '2026-11-01 08:00:00',
    });
  });

  it('reports an unknown code at the source field, as RESPONSE_INVALID', () => {
    const error = thrown(() => mapObject({ ROWS: [{ L: '4' }, { L: '9' }] }, { rows: { from: 'ROWS', each: { level: { from: 'L', codes: 'level' } } } }, ctx));
    expect(error.code).toBe('RESPONSE_INVALID');
    expect(error.path).toEqual(['data', 'ROWS', 1, 'L']);
    expect(error.params['field']).toBe('data.ROWS[1].L');
  });

  it('reports an unknown status code as NATIVE_STATUS_UNKNOWN, never a guess', () => {
    const error = thrown(() => mapObject({ STATE: '99' }, { status: { from: 'STATE', status: true } }, ctx));
    expect(error.code).toBe('NATIVE_STATUS_UNKNOWN');
    expect(error.params).toMatchObject({ code: '99', province: 'national-exchange', field: 'data.STATE' });
  });

  it('reports schema problems at the source field name (parseMapped)', () => {
    const schema = z.object({ name: z.string(), items: z.array(z.object({ n: z.number() })) });
    const error = thrown(() => parseMapped(schema, { NAME: 'x', ITEMS: [{ N: 'not a number' }] }, { name: 'NAME', items: { from: 'ITEMS', each: { n: 'N' } } }, ctx));
    expect(error.code).toBe('RESPONSE_INVALID');
    expect(error.path).toEqual(['data', 'ITEMS', 0, 'N']);
    expect(error.message).not.toContain('not a number');
  });

  it('maps a target path back to its source path', () => {
    const { sources } = mapObject({ A: { B: [{ C: 1 }] } }, { x: { from: 'A.B', each: { y: 'C' } } }, ctx);
    expect(sourcePathOf(sources, ['x', 0, 'y'])).toEqual(['A', 'B', 0, 'C']);
    expect(sourcePathOf(sources, ['x', 0, 'y', 'deeper'])).toEqual(['A', 'B', 0, 'C', 'deeper']);
  });

  it('converts epoch milliseconds and leaves malformed values for the schema to report', () => {
    expect(convert(1793669553000, 'instantFromEpochMs')).toBe('2026-11-03T09:32:33+08:00');
    expect(convert('2026-11-03T01:32:33Z', 'epochMsFromInstant')).toBe(1793669553000);
    expect(convert('yesterday', 'instantFromBeijing')).toBe('yesterday');
    expect(convert('12', 'number')).toBe(12);
  });

  it('validates rules: a typo in a rule is refused', () => {
    expect(z.safeParse(fieldSpecSchema, { from: 'A', codes: 'level' }).success).toBe(true);
    expect(z.safeParse(fieldSpecSchema, { form: 'A' }).success).toBe(false);
  });
});
