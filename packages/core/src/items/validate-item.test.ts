import { describe, expect, it } from 'vitest';
import { localizeFinding } from './issues.js';
import type { ItemInput } from './item.js';
import { exampleItem } from '../fixtures/testing.js';
import { validateItem } from './validate-item.js';

function edit(change: (item: ItemInput) => void): ItemInput {
  const item = exampleItem();
  change(item);
  return item;
}

/** `[path, code, severity]` of every finding. */
function findings(input: unknown): [string, string, string][] {
  return validateItem(input).findings.map((f) => [f.path.join('.'), f.code, f.severity]);
}

describe('validateItem', () => {
  it('passes the example item with no findings and returns it parsed', () => {
    const result = validateItem(exampleItem());
    expect(result.findings).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.item?.name).toBe('个体工商户设立登记');
  });

  it('reports a non-object as one schema finding', () => {
    expect(validateItem(null)).toEqual({
      valid: false,
      findings: [expect.objectContaining({ path: [], code: 'SCHEMA_INVALID_TYPE', severity: 'error' })],
    });
  });

  it('reports every finding at once: fields, integrity and audit rules, in zh-CN or en', () => {
    const input = edit((i) => {
      i.basicCode = 'bad';
      i.name = '';
      i.materials.push({ ...i.materials[0]! });
      i.caseKind = 'immediate';
      i.visits = { count: 2 };
    });
    const result = validateItem(input);
    expect(result.valid).toBe(false);
    expect(result.item).toBeUndefined();
    expect(result.findings.map((f) => [f.path.join('.'), f.code])).toEqual([
      ['basicCode', 'ITEM_BASIC_CODE_INVALID'],
      ['name', 'SCHEMA_TOO_SMALL'],
      ['materials.3.id', 'MATERIAL_ID_DUPLICATE'],
      ['promisedLimit.value', 'ITEM_IMMEDIATE_LIMIT_NOT_ZERO'],
      ['visits.reason', 'ITEM_VISIT_REASON_REQUIRED'],
      ['visits.count', 'ITEM_FULLY_ONLINE_HAS_VISITS'],
    ]);
    expect(result.findings[4]?.message).toBe('到办事现场次数为 2，但没有说明必须到现场的原因：请填写原因，或把次数改为 0。');
    expect(localizeFinding(result.findings[4]!, 'en').message).toBe(
      'The applicant must visit 2 time(s) but no reason is given: state why a visit is needed, or set the count to 0.',
    );
    expect(validateItem(input, 'en').findings[4]?.message).toMatch(/^The applicant must visit 2/);
  });

  it('skips only the rules whose fields are broken', () => {
    const input = edit((i) => {
      (i.visits as { count: unknown }).count = 'two';
      i.caseKind = 'immediate';
    });
    expect(findings(input)).toEqual([
      ['visits.count', 'SCHEMA_INVALID_TYPE', 'error'],
      ['promisedLimit.value', 'ITEM_IMMEDIATE_LIMIT_NOT_ZERO', 'error'],
    ]);
  });

  it('keeps the parsed item when only audit rules fail', () => {
    const result = validateItem(edit((i) => (i.complaint.phone = '0539 7000001')));
    expect(result.valid).toBe(true);
    expect(result.item).toBeDefined();
    expect(findings(edit((i) => (i.caseKind = 'immediate')))).toHaveLength(1);
    expect(validateItem(edit((i) => (i.caseKind = 'immediate'))).item).toBeDefined();
  });
});

describe('integrity rules (errors)', () => {
  it('implementation code embeds basic code', () => {
    expect(findings(edit((i) => (i.basicCode = '000101001001')))).toEqual([
      ['implementationCode', 'ITEM_IMPLEMENTATION_CODE_MISMATCH', 'error'],
    ]);
  });

  it('validTo is not before validFrom', () => {
    expect(findings(edit((i) => (i.validTo = '2025-06-30')))).toEqual([['validTo', 'ITEM_VALID_TO_BEFORE_FROM', 'error']]);
    expect(findings(edit((i) => (i.validTo = '2026-12-31')))).toEqual([]);
  });

  it('scenario effects reference existing materials', () => {
    expect(
      findings(edit((i) => (i.scenarios![0]!.options[1]!.effects = [{ kind: 'removeMaterial', materialId: 'nope' }]))),
    ).toEqual([['scenarios.0.options.1.effects.0.materialId', 'SCENARIO_MATERIAL_UNKNOWN', 'error']]);
  });

  it('levels are not empty', () => {
    expect(findings(edit((i) => (i.levels = [])))).toEqual([['levels', 'ITEM_LEVELS_EMPTY', 'error']]);
  });
});

describe('audit rules', () => {
  it('即办 ⇔ promised limit 0 ⇔ immediate case kind', () => {
    expect(findings(edit((i) => (i.caseKind = 'immediate')))).toEqual([['promisedLimit.value', 'ITEM_IMMEDIATE_LIMIT_NOT_ZERO', 'error']]);
    expect(findings(edit((i) => (i.promisedLimit = { value: 0, unit: 'workingDay' })))).toEqual([
      ['caseKind', 'ITEM_ZERO_LIMIT_NOT_IMMEDIATE', 'error'],
    ]);
    expect(findings(edit((i) => ((i.promisedLimit = { value: 0, unit: 'workingDay' }), (i.caseKind = 'immediate'))))).toEqual([]);
  });

  it('promised limit within the legal limit when units match', () => {
    expect(findings(edit((i) => (i.promisedLimit.value = 20)))).toEqual([['promisedLimit.value', 'ITEM_PROMISED_LIMIT_EXCEEDS_LEGAL', 'error']]);
    expect(findings(edit((i) => (i.promisedLimit.value = 15)))).toEqual([]);
    expect(findings(edit((i) => (i.promisedLimit = { value: 20, unit: 'naturalDay' })))).toEqual([]);
  });

  it('visits need a reason', () => {
    const visiting = (reason?: string) =>
      edit((i) => {
        i.onlineDepth = 3;
        i.visits = reason === undefined ? { count: 1 } : { count: 1, reason };
      });
    expect(findings(visiting())).toEqual([['visits.reason', 'ITEM_VISIT_REASON_REQUIRED', 'error']]);
    expect(findings(visiting('须现场核验经营者身份'))).toEqual([]);
  });

  it('zero visits without online channel must offer post', () => {
    const offline = (change: (i: ItemInput) => void) =>
      edit((i) => {
        i.onlineDepth = 2;
        i.channels = ['window'];
        i.delivery = false;
        change(i);
      });
    expect(findings(offline(() => {}))).toEqual([['channels', 'ITEM_POST_REQUIRED', 'error']]);
    expect(findings(offline((i) => i.channels.push('post')))).toEqual([]);
    expect(findings(offline((i) => (i.delivery = true)))).toEqual([]);
    expect(findings(offline((i) => (i.visits = { count: 1, reason: '现场签字' })))).toEqual([]);
  });

  it('全程网办 means zero visits and the online channel', () => {
    expect(findings(edit((i) => (i.visits = { count: 1, reason: '现场签字' })))).toEqual([
      ['visits.count', 'ITEM_FULLY_ONLINE_HAS_VISITS', 'error'],
    ]);
    expect(findings(edit((i) => (i.channels = ['window', 'post'])))).toEqual([['channels', 'ITEM_FULLY_ONLINE_NOT_ONLINE', 'error']]);
    expect(findings(edit((i) => ((i.onlineDepth = 3), (i.visits = { count: 1, reason: '现场签字' }))))).toEqual([]);
  });

  it('charged items need fee items, each with a basis', () => {
    expect(findings(edit((i) => (i.fee = { charged: true, items: [] })))).toEqual([['fee.items', 'ITEM_FEE_ITEMS_REQUIRED', 'error']]);
    const fee = { name: '工本费', standard: '10 元', waivable: false };
    expect(findings(edit((i) => (i.fee = { charged: true, items: [fee, { ...fee, basis: '某收费文件' }] })))).toEqual([
      ['fee.items.0.basis', 'ITEM_FEE_BASIS_REQUIRED', 'error'],
    ]);
    expect(findings(edit((i) => (i.fee = { charged: true, items: [{ ...fee, basis: '某收费文件' }] })))).toEqual([]);
  });

  it('complaint phone differs from consultation phone (warning)', () => {
    const result = validateItem(edit((i) => (i.complaint.phone = '(0539) 700-0001')));
    expect(result.findings.map((f) => [f.path.join('.'), f.code, f.severity])).toEqual([
      ['complaint.phone', 'ITEM_COMPLAINT_PHONE_SAME', 'warning'],
    ]);
    expect(result.valid).toBe(true);
    expect(findings(edit((i) => (i.complaint = {})))).toEqual([]);
  });

  it('a result needs a sample (warning)', () => {
    expect(findings(edit((i) => i.results.push({ name: '个体工商户登记通知书' })))).toEqual([
      ['results.1.sample', 'ITEM_RESULT_SAMPLE_MISSING', 'warning'],
    ]);
  });
});
