import { describe, expect, it } from 'vitest';
import { junanFormSchemas } from '@sijitong/forms/fixtures';
import { applyPrefill, prefillFromProfile } from '../index.js';

const schema = junanFormSchemas()['1137132700430512824370508002000']!;

describe('prefillFromProfile', () => {
  it('maps a person and an organisation to element keys, leaving out what is absent', () => {
    expect(prefillFromProfile({ kind: 'person', name: '王秀英', idNumber: '371327196403150029', mobile: '13912345678' })).toEqual({
      'applicant.name': '王秀英',
      'applicant.idNumber': '371327196403150029',
      'applicant.mobile': '13912345678',
    });
    expect(prefillFromProfile({ kind: 'organization', name: '莒南县某餐饮店', creditCode: '91371327MA3C12345X' })).toEqual({
      'enterprise.name': '莒南县某餐饮店',
      'enterprise.creditCode': '91371327MA3C12345X',
    });
  });
});

describe('applyPrefill', () => {
  it('keeps fitting values, ignores unknown keys, rejects wrong types, locks only accepted keys', () => {
    const result = applyPrefill(schema, {
      source: 'identity',
      values: { 'applicant.name': '王秀英', 'applicant.mobile': 13912345678, 'not.in.form': 'x' },
      lock: ['applicant.name', 'applicant.mobile'],
    });
    expect(result.values).toEqual({ 'applicant.name': '王秀英' });
    expect([...result.locked]).toEqual(['applicant.name']);
    expect(result.rejected.map((r) => r.key)).toEqual(['applicant.mobile']);
  });
});
