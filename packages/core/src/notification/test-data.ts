/**
 * Test data for the notification module: two county items an applicant opening a small food shop
 * handles in one visit, and a generator of large items for the benchmark. Not exported.
 * @internal
 */
import * as z from 'zod/mini';
import { itemSchema, type Item, type ItemInput } from '../items/item.js';
import type { Material } from '../items/material.js';
import type { Scenario } from '../items/scenario.js';

/** E-licence type codes used by the test items. @internal */
export const LICENCE = { residentId: '11100000000013127D001', businessLicence: '11100000MB0143193A002' } as const;

const CREDIT_CODE = '11371327MB0000001A';
const HALL = { name: '莒南县政务服务中心一楼综合窗口', address: '莒南县人民路（示例地址）', hours: '工作日 9:00–17:00' };

/** A material with defaults (certificate, original, paper, required, applicant, 1 original). @internal */
export function material(id: string, name: string, rest: Partial<Material> = {}): Material {
  return {
    id,
    name,
    class: 'certificate',
    type: 'original',
    form: 'paper',
    necessity: 'required',
    source: 'applicant',
    originalCount: 1,
    copyCount: 0,
    ...rest,
  };
}

/** A parsed item with sensible defaults; `basicCode` makes its codes. @internal */
export function makeItem(basicCode: string, fields: Partial<ItemInput>): Item {
  return z.parse(itemSchema, {
    basicCode,
    implementationCode: `${CREDIT_CODE}4${basicCode}`,
    name: `事项 ${basicCode}`,
    type: 'licensing',
    levels: ['county'],
    divisionCodes: ['371327'],
    implementingBody: { name: '莒南县市场监督管理局', creditCode: CREDIT_CODE, kind: 'statutoryAuthority' },
    powerSource: 'statutory',
    legalBasis: [],
    acceptanceConditions: [],
    materials: [],
    legalLimit: { value: 20, unit: 'workingDay' },
    promisedLimit: { value: 5, unit: 'workingDay' },
    caseKind: 'promised',
    steps: [],
    fee: { charged: false },
    locations: [HALL],
    consultation: { phone: '0539-7000001' },
    complaint: { phone: '0539-12345' },
    visits: { count: 0 },
    onlineDepth: 3,
    channels: ['window', 'online'],
    results: [],
    audience: ['person'],
    windowClass: 'administrativeApproval',
    version: '2026.1',
    validFrom: '2026-01-01',
    state: 'inUse',
    ...fields,
  } satisfies ItemInput);
}

const AGENT_QUESTION = (agentIdName: string): Scenario => ({
  id: 'agent',
  label: '是否委托代理人办理？',
  required: true,
  options: [
    {
      id: 'yes',
      label: '是',
      effects: [
        {
          kind: 'addMaterial',
          material: material('agent-id', agentIdName, {
            type: 'originalOrCopy',
            copyCount: 1,
            eLicenceType: { code: LICENCE.residentId, name: '居民身份证' },
          }),
        },
        { kind: 'addMaterial', material: material('power-of-attorney', '授权委托书', { class: 'document', blankFormUrl: '/forms/poa.docx' }) },
      ],
    },
    { id: 'no', label: '否', effects: [] },
  ],
});

/** 个体工商户设立登记: a document, an ID (e-licence), premises proof; agent and premises questions. @internal */
export function getihuItem(): Item {
  return makeItem('000101001000', {
    name: '个体工商户设立登记',
    shortName: '个体户开业',
    acceptanceConditions: ['有经营能力的自然人'],
    materials: [
      material('application-form', '个体工商户登记（备案）申请书', {
        class: 'document',
        paperSize: 'A4',
        sampleUrl: '/samples/getihu.pdf',
        blankFormUrl: '/forms/getihu.docx',
        instructions: '用黑色签字笔填写',
      }),
      material('operator-id', '经营者身份证明', {
        type: 'originalOrCopy',
        copyCount: 1,
        form: 'both',
        source: 'government',
        eLicenceType: { code: LICENCE.residentId, name: '居民身份证' },
      }),
      material('premises-proof', '经营场所使用证明', { type: 'copy', originalCount: 0, copyCount: 1 }),
      material('fire-check', '消防安全检查合格证明', { class: 'approval', necessity: 'optional', optionalWhen: '公众聚集场所' }),
    ],
    scenarios: [
      AGENT_QUESTION('代理人身份证明'),
      {
        id: 'premises',
        label: '经营场所情况',
        required: true,
        options: [
          {
            id: 'rented',
            label: '租赁',
            effects: [{ kind: 'changeMaterial', materialId: 'premises-proof', changes: { name: '租赁合同', copyCount: 2 } }],
          },
          { id: 'own', label: '自有', effects: [] },
          {
            id: 'promise',
            label: '申报承诺',
            effects: [{ kind: 'changeMaterial', materialId: 'premises-proof', changes: { necessity: 'promise' } }],
          },
        ],
      },
      {
        id: 'extras',
        label: '其他情形（可多选）',
        required: false,
        multiple: true,
        options: [
          { id: 'e-id', label: '使用电子身份证', effects: [{ kind: 'removeMaterial', materialId: 'operator-id' }] },
          { id: 'food', label: '经营食品', effects: [{ kind: 'addCondition', condition: '须另行取得食品经营许可' }] },
        ],
      },
    ],
  });
}

/** 食品经营许可: shares the ID (same e-licence, stricter), the premises proof (by name) and the hall. @internal */
export function foodItem(): Item {
  return makeItem('000101002000', {
    name: '食品经营许可',
    legalLimit: { value: 20, unit: 'workingDay' },
    promisedLimit: { value: 0, unit: 'workingDay' },
    caseKind: 'immediate',
    materials: [
      material('food-form', '食品经营许可申请书', { class: 'document', sampleUrl: '/samples/food.pdf' }),
      material('id', '经营者身份证', {
        copyCount: 2,
        eLicenceType: { code: LICENCE.residentId, name: '居民身份证' },
      }),
      material('licence', '营业执照', {
        type: 'copy',
        originalCount: 0,
        copyCount: 1,
        necessity: 'deferrable',
        eLicenceType: { code: LICENCE.businessLicence, name: '营业执照' },
      }),
      material('premises', ' 经营场所使用证明 ', { type: 'copy', originalCount: 0, copyCount: 1, necessity: 'deferrable' }),
      material('layout', '经营设施设备布局图（ＣＡＤ）', { class: 'intermediary', source: 'intermediary' }),
    ],
    fee: { charged: true, items: [{ name: '工本费', standard: '每证 10 元', basis: '示例文件', waivable: true }] },
    locations: [HALL, { name: '莒南县市场监督管理局食品科', address: '莒南县（示例地址二）', hours: '工作日 8:30–17:30', phone: '0539-7000002' }],
    consultation: { phone: '0539-7000002', url: 'https://zwfw.example.gov.cn/ask' },
    visits: { count: 1, reason: '现场核查经营场所' },
    scenarios: [AGENT_QUESTION('代理人身份证件')],
  });
}

/** A large item: `materials` materials across the four classes and `questions` required questions. @internal */
export function largeItem(materials: number, questions: number): Item {
  const classes = ['certificate', 'approval', 'intermediary', 'document'] as const;
  const list = Array.from({ length: materials }, (_, i) =>
    material(`m${i}`, `材料 ${i}`, {
      class: classes[i % 4] ?? 'document',
      necessity: i % 7 === 0 ? 'deferrable' : 'required',
      copyCount: i % 3,
      ...(i % 5 === 0 ? { eLicenceType: { code: `L${i}`, name: `证照 ${i}` } } : {}),
    }),
  );
  const scenarios: Scenario[] = Array.from({ length: questions }, (_, q) => ({
    id: `q${q}`,
    label: `问题 ${q}`,
    required: true,
    options: [
      { id: 'add', label: '增加', effects: [{ kind: 'addMaterial', material: material(`extra${q}`, `补充材料 ${q}`, { class: 'document' }) }] },
      { id: 'change', label: '修改', effects: [{ kind: 'changeMaterial', materialId: `m${q}`, changes: { copyCount: 3 } }] },
      { id: 'remove', label: '删除', effects: [{ kind: 'removeMaterial', materialId: `m${q + questions}` }] },
    ],
  }));
  return makeItem('000199001000', { name: '大型测试事项', materials: list, scenarios });
}
