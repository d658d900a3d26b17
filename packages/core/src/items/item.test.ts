import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isSijitongError } from '../errors.js';
import { localizeZodError } from '../i18n/zod.js';
import { itemSchema, type ItemInput } from './item.js';
import { materialSchema } from './material.js';
import { parseItem } from './validate-item.js';
import { exampleItem, POWER_OF_ATTORNEY } from '../fixtures/testing.js';

function issuesOf(input: unknown, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const result = z.safeParse(itemSchema, input);
  if (result.success) return [];
  return localizeZodError(result.error, locale).map(({ path, code, message }) => ({ path: path.join('.'), code, message }));
}

function edit(change: (item: ItemInput) => void): ItemInput {
  const item = exampleItem();
  change(item);
  return item;
}

describe('itemSchema', () => {
  it('accepts a realistic item and fills defaults', () => {
    const parsed = z.parse(itemSchema, exampleItem());
    expect(parsed.materials.map((m) => m.id)).toEqual(['application-form', 'operator-id', 'premises-proof']);
    expect(parsed.scenarios[0]?.options[1]?.effects).toEqual([]);
    const { faqs: _faqs, topics: _topics, scenarios: _scenarios, ...minimal } = exampleItem();
    const bare = z.parse(itemSchema, minimal);
    expect([bare.faqs, bare.topics, bare.scenarios]).toEqual([[], [], []]);
  });

  it('trims text and rejects blank text', () => {
    expect(z.parse(itemSchema, edit((i) => (i.name = '  个体工商户设立登记 '))).name).toBe('个体工商户设立登记');
    expect(issuesOf(edit((i) => (i.name = '   ')))).toEqual([expect.objectContaining({ path: 'name', code: 'SCHEMA_TOO_SMALL' })]);
  });

  it('reports code shapes with our codes, paths and messages in both locales', () => {
    const bad = edit((i) => {
      i.basicCode = '0001-04';
      i.implementationCode = 'X';
      i.implementingBody.creditCode = 'IOZSV';
      i.divisionCodes = ['37132'];
    });
    expect(issuesOf(bad).map((i) => [i.path, i.code])).toEqual([
      ['basicCode', 'ITEM_BASIC_CODE_INVALID'],
      ['implementationCode', 'ITEM_IMPLEMENTATION_CODE_INVALID'],
      ['divisionCodes.0', 'ITEM_DIVISION_CODE_INVALID'],
      ['implementingBody.creditCode', 'ITEM_CREDIT_CODE_INVALID'],
    ]);
    expect(issuesOf(bad)[0]?.message).toBe('基本编码“0001-04”格式不正确：应为 12 位数字或大写字母，例如 000104002000。');
    expect(issuesOf(bad, 'en')[0]?.message).toBe('Basic code "0001-04" is malformed: use 12 digits or capital letters, e.g. 000104002000.');
  });

  it('accepts 6-, 9- and 12-digit division codes', () => {
    expect(issuesOf(edit((i) => (i.divisionCodes = ['371327', '371327100', '371327100201'])))).toEqual([]);
    expect(issuesOf(edit((i) => (i.divisionCodes = [])))).toEqual([expect.objectContaining({ path: 'divisionCodes', code: 'SCHEMA_TOO_SMALL' })]);
  });

  it('refuses non-http links such as javascript:', () => {
    const issues = issuesOf(
      edit((i) => {
        i.results[0]!.sample = 'javascript:alert(1)';
        i.consultation.url = '//evil.example/x';
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['consultation.url', 'ITEM_LINK_INVALID'],
      ['results.0.sample', 'ITEM_LINK_INVALID'],
    ]);
    expect(issuesOf(edit((i) => (i.results[0]!.sample = 'http://a.example/b?c=d#e')))).toEqual([]);
  });

  it('rejects empty levels with a specific code', () => {
    const issues = issuesOf(edit((i) => (i.levels = [])), 'en');
    expect(issues).toEqual([{ path: 'levels', code: 'ITEM_LEVELS_EMPTY', message: expect.stringContaining('at least one') }]);
    expect(issuesOf(edit((i) => (i.levels = ['province' as 'city'])))).toEqual([
      expect.objectContaining({ path: 'levels.0', code: 'SCHEMA_INVALID_VALUE' }),
    ]);
  });

  it('rejects unknown fields, wrong types, missing fields and bad enums', () => {
    const bad = edit((i) => {
      (i as Record<string, unknown>).materails = [];
      (i as Record<string, unknown>).caseKind = 'fast';
      (i as { onlineDepth: unknown }).onlineDepth = 5;
      (i as { visits: unknown }).visits = { count: -1 };
      delete (i as Partial<ItemInput>).version;
    });
    expect(issuesOf(bad).map((i) => [i.path, i.code])).toEqual([
      ['caseKind', 'SCHEMA_INVALID_VALUE'],
      ['visits.count', 'SCHEMA_TOO_SMALL'],
      ['onlineDepth', 'SCHEMA_INVALID_VALUE'],
      ['version', 'SCHEMA_INVALID_TYPE'],
      ['', 'SCHEMA_UNRECOGNIZED_KEYS'],
    ]);
  });

  it('models fees as a discriminated union', () => {
    const charged = edit((i) => (i.fee = { charged: true, items: [{ name: '工本费', standard: '10 元/本', basis: '某文件', waivable: true }] }));
    expect(z.parse(itemSchema, charged).fee).toEqual({ charged: true, items: [expect.objectContaining({ name: '工本费' })] });
    expect(issuesOf(edit((i) => (i.fee = { charged: true } as ItemInput['fee'])))).toEqual([
      expect.objectContaining({ path: 'fee.items', code: 'SCHEMA_INVALID_TYPE' }),
    ]);
    expect(issuesOf(edit((i) => (i.fee = { charged: false, items: [] } as ItemInput['fee'])))).toEqual([
      expect.objectContaining({ code: 'SCHEMA_UNRECOGNIZED_KEYS' }),
    ]);
  });

  it('keeps native codes beside canonical ones', () => {
    const item = z.parse(itemSchema, edit((i) => (i.native = { caseKind: '3', type: '01' })));
    expect(item.native).toEqual({ caseKind: '3', type: '01' });
  });
});

describe('itemSchema integrity', () => {
  it('requires the implementation code to end with the basic code', () => {
    expect(issuesOf(edit((i) => (i.basicCode = '000101001999')))).toEqual([
      expect.objectContaining({ path: 'implementationCode', code: 'ITEM_IMPLEMENTATION_CODE_MISMATCH' }),
    ]);
  });

  it('requires validTo on or after validFrom', () => {
    expect(issuesOf(edit((i) => (i.validTo = '2025-12-31')))).toEqual([
      expect.objectContaining({ path: 'validTo', code: 'ITEM_VALID_TO_BEFORE_FROM' }),
    ]);
    expect(issuesOf(edit((i) => (i.validTo = '2026-01-01')))).toEqual([]);
    expect(issuesOf(edit((i) => (i.validTo = '2026-02-30')))).toEqual([expect.objectContaining({ path: 'validTo', code: 'DATE_INVALID' })]);
  });

  it('requires unique material ids', () => {
    const issues = issuesOf(edit((i) => i.materials.push({ ...POWER_OF_ATTORNEY, id: 'operator-id' })), 'en');
    expect(issues).toEqual([{ path: 'materials.3.id', code: 'MATERIAL_ID_DUPLICATE', message: expect.stringContaining('"operator-id"') }]);
  });

  it('requires scenario effects to reference existing materials and conditions', () => {
    const bad = edit((i) => {
      const [agent, , premises, extras] = i.scenarios!;
      agent!.options[0]!.effects!.push({ kind: 'addMaterial', material: { ...POWER_OF_ATTORNEY, id: 'operator-id' } });
      premises!.options[0]!.effects!.push({ kind: 'removeMaterial', materialId: 'lease' });
      extras!.options[0]!.effects!.push({ kind: 'removeCondition', condition: '不存在的条件' });
    });
    expect(issuesOf(bad).map((i) => [i.path, i.code])).toEqual([
      ['scenarios.0.options.0.effects.2.material.id', 'SCENARIO_MATERIAL_EXISTS'],
      ['scenarios.2.options.0.effects.1.materialId', 'SCENARIO_MATERIAL_UNKNOWN'],
      ['scenarios.3.options.0.effects.1.condition', 'SCENARIO_CONDITION_UNKNOWN'],
    ]);
  });

  it('accepts changes to materials and removal of conditions that scenarios add', () => {
    const ok = edit((i) => {
      i.scenarios![3]!.options[0]!.effects!.push({ kind: 'removeCondition', condition: '申请人承诺经营场所真实、合法、安全' });
    });
    expect(issuesOf(ok)).toEqual([]);
  });

  it('rejects the same material added with different contents', () => {
    const bad = edit((i) => {
      i.scenarios![2]!.options[0]!.effects!.push({ kind: 'addMaterial', material: { ...POWER_OF_ATTORNEY, copyCount: 1 } });
    });
    expect(issuesOf(bad)).toEqual([expect.objectContaining({ path: 'scenarios.2.options.0.effects.1.material', code: 'SCENARIO_MATERIAL_CONFLICT' })]);
    const same = edit((i) => {
      i.scenarios![2]!.options[0]!.effects!.push({ kind: 'addMaterial', material: { ...POWER_OF_ATTORNEY } });
    });
    expect(issuesOf(same)).toEqual([]);
  });

  it('checks question and option ids and conditions', () => {
    const bad = edit((i) => {
      const [agent, passport, premises, extras] = i.scenarios!;
      agent!.options[1]!.id = 'yes';
      passport!.when = { question: 'premises', anyOf: ['yes'] };
      premises!.when = { question: 'agent', anyOf: ['maybe'] };
      extras!.id = 'agent';
    });
    expect(issuesOf(bad).map((i) => [i.path, i.code])).toEqual([
      ['scenarios.0.options.1.id', 'QUESTION_OPTION_ID_DUPLICATE'],
      ['scenarios.1.when.question', 'CONDITION_QUESTION_UNKNOWN'],
      ['scenarios.2.when.anyOf.0', 'CONDITION_OPTION_UNKNOWN'],
      ['scenarios.3.id', 'QUESTION_ID_DUPLICATE'],
    ]);
  });

  it('rejects malformed effects', () => {
    const bad = edit((i) => {
      i.scenarios![0]!.options[0]!.effects = [{ kind: 'explode' } as never, { kind: 'changeMaterial', materialId: 'operator-id', changes: { id: 'x' } as never }];
    });
    expect(issuesOf(bad).map((i) => [i.path, i.code])).toEqual([
      ['scenarios.0.options.0.effects.0.kind', 'SCHEMA_INVALID'],
      ['scenarios.0.options.0.effects.1.changes', 'SCHEMA_UNRECOGNIZED_KEYS'],
    ]);
  });
});

describe('materialSchema', () => {
  it('checks ids, counts and enums', () => {
    const result = z.safeParse(materialSchema, { ...POWER_OF_ATTORNEY, id: '委托书', copyCount: 1.5, necessity: 'must' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(localizeZodError(result.error, 'en').map((i) => [i.path.join('.'), i.code])).toEqual([
      ['id', 'ITEM_ID_INVALID'],
      ['necessity', 'SCHEMA_INVALID_VALUE'],
      ['copyCount', 'SCHEMA_INVALID_TYPE'],
    ]);
  });
});

describe('parseItem', () => {
  it('returns the parsed item', () => {
    expect(parseItem(exampleItem()).name).toBe('个体工商户设立登记');
  });

  it('throws ITEM_INVALID naming the count and the first problem', () => {
    try {
      parseItem(edit((i) => ((i.basicCode = 'x'), (i.name = ''))));
      expect.unreachable();
    } catch (error) {
      expect(isSijitongError(error, 'ITEM_INVALID')).toBe(true);
      if (!isSijitongError(error)) return;
      expect(error.path).toEqual(['basicCode']);
      expect(error.message).toBe('事项数据有 2 处问题，第一处在 basicCode：基本编码“x”格式不正确：应为 12 位数字或大写字母，例如 000104002000。');
      expect(error.localized('en')).toContain('2 problem(s)');
    }
  });
});
