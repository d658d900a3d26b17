/**
 * Test data for the items module: a realistic county item (个体工商户设立登记) and a bundle
 * (新生儿出生一件事). Not exported from the package.
 * @internal
 */
import type { BundleInput } from './bundle.js';
import type { ItemInput } from './item.js';
import type { Material } from './material.js';

/** Credit code of the (fictional) county market regulation bureau. @internal */
export const BUREAU_CREDIT_CODE = '11371327MB0000001A';
/** Basic code of the test item. @internal */
export const BASIC_CODE = '000101001000';

/** The power of attorney a scenario adds. @internal */
export const POWER_OF_ATTORNEY: Material = {
  id: 'power-of-attorney',
  name: '授权委托书',
  class: 'document',
  type: 'original',
  form: 'paper',
  necessity: 'required',
  source: 'applicant',
  originalCount: 1,
  copyCount: 0,
  paperSize: 'A4',
  blankFormUrl: '/forms/power-of-attorney.docx',
};

/** The agent's identity document a scenario adds. @internal */
export const AGENT_ID: Material = {
  id: 'agent-id',
  name: '代理人身份证明',
  class: 'certificate',
  type: 'originalOrCopy',
  form: 'both',
  necessity: 'required',
  source: 'government',
  originalCount: 1,
  copyCount: 1,
};

/** A fresh copy of the test item 个体工商户设立登记 at county level. @internal */
export function exampleItem(): ItemInput {
  return {
    basicCode: BASIC_CODE,
    implementationCode: `${BUREAU_CREDIT_CODE}4${BASIC_CODE}`,
    nativeCode: 'SD-371327-GT-001',
    name: '个体工商户设立登记',
    shortName: '个体户开业',
    type: 'licensing',
    levels: ['county', 'township'],
    divisionCodes: ['371327', '371327100000'],
    implementingBody: { name: '莒南县市场监督管理局', creditCode: BUREAU_CREDIT_CODE, kind: 'statutoryAuthority' },
    powerSource: 'statutory',
    legalBasis: [{ law: '《促进个体工商户发展条例》', article: '第八条' }],
    acceptanceConditions: ['有经营能力的自然人', '经营场所符合当地规定', '名称符合个体工商户名称登记管理规定'],
    materials: [
      {
        id: 'application-form',
        name: '个体工商户登记（备案）申请书',
        class: 'document',
        type: 'original',
        form: 'paper',
        necessity: 'required',
        source: 'applicant',
        originalCount: 1,
        copyCount: 0,
        paperSize: 'A4',
        blankFormUrl: '/forms/getihu-application.docx',
        sampleUrl: 'https://zwfw.example.gov.cn/samples/getihu-application.pdf',
      },
      {
        id: 'operator-id',
        name: '经营者身份证明',
        class: 'certificate',
        type: 'originalOrCopy',
        form: 'both',
        necessity: 'required',
        source: 'government',
        originalCount: 1,
        copyCount: 1,
        eLicenceType: { code: '111000000000131270001', name: '居民身份证' },
      },
      {
        id: 'premises-proof',
        name: '经营场所使用证明',
        class: 'certificate',
        type: 'copy',
        form: 'paper',
        necessity: 'required',
        source: 'applicant',
        originalCount: 0,
        copyCount: 1,
      },
    ],
    legalLimit: { value: 15, unit: 'workingDay' },
    promisedLimit: { value: 1, unit: 'workingDay', note: '材料齐全、符合法定形式的当场办结' },
    caseKind: 'promised',
    steps: [
      { name: '受理', specialProcedure: false },
      { name: '审查', limit: { value: 1, unit: 'workingDay' }, specialProcedure: false },
      { name: '决定', specialProcedure: false },
    ],
    fee: { charged: false },
    locations: [{ name: '莒南县政务服务中心一楼市场准入窗口', address: '莒南县（示例地址）', hours: '工作日 9:00–17:00' }],
    consultation: { phone: '0539-7000001' },
    complaint: { phone: '0539-12345' },
    visits: { count: 0 },
    onlineDepth: 4,
    channels: ['window', 'online'],
    onlinePayment: false,
    delivery: true,
    results: [{ name: '营业执照', type: 'licence', sample: '/samples/business-licence.png' }],
    faqs: [{ question: '个体工商户可以起字号吗？', answer: '可以，也可以不使用名称。' }],
    audience: ['person'],
    topics: ['开办企业'],
    windowClass: 'administrativeApproval',
    version: '2026.1',
    validFrom: '2026-01-01',
    state: 'inUse',
    scenarios: [
      {
        id: 'agent',
        label: '是否委托代理人办理？',
        required: true,
        options: [
          {
            id: 'yes',
            label: '是',
            effects: [
              { kind: 'addMaterial', material: POWER_OF_ATTORNEY },
              { kind: 'addMaterial', material: AGENT_ID },
            ],
          },
          { id: 'no', label: '否' },
        ],
      },
      {
        id: 'agent-passport',
        label: '代理人是否使用护照？',
        required: true,
        when: { question: 'agent', anyOf: ['yes'] },
        options: [
          {
            id: 'yes',
            label: '是',
            effects: [{ kind: 'changeMaterial', materialId: 'agent-id', changes: { name: '代理人护照', form: 'paper' } }],
          },
          { id: 'no', label: '否' },
        ],
      },
      {
        id: 'premises',
        label: '经营场所情况',
        required: true,
        options: [
          {
            id: 'rented',
            label: '租赁',
            effects: [
              { kind: 'changeMaterial', materialId: 'premises-proof', changes: { name: '租赁合同及出租方产权证明', copyCount: 2 } },
            ],
          },
          { id: 'own', label: '自有' },
          {
            id: 'promise',
            label: '住所（经营场所）申报承诺',
            effects: [
              { kind: 'changeMaterial', materialId: 'premises-proof', changes: { necessity: 'promise' } },
              { kind: 'addCondition', condition: '申请人承诺经营场所真实、合法、安全' },
            ],
          },
        ],
      },
      {
        id: 'extras',
        label: '是否涉及以下情形（可多选）',
        required: false,
        multiple: true,
        options: [
          {
            id: 'food',
            label: '经营食品',
            effects: [{ kind: 'addCondition', condition: '从事食品经营的，须另行取得食品经营许可' }],
          },
          {
            id: 'no-name',
            label: '不使用名称',
            effects: [{ kind: 'removeCondition', condition: '名称符合个体工商户名称登记管理规定' }],
          },
          {
            id: 'e-id',
            label: '使用电子身份证',
            effects: [{ kind: 'removeMaterial', materialId: 'operator-id' }],
          },
        ],
      },
    ],
    crossRegion: { scope: 'province' },
    appointment: { supported: true, url: 'https://zwfw.example.gov.cn/booking' },
  };
}

/** Basic codes of the newborn bundle's items. @internal */
export const NEWBORN = {
  birthCertificate: '000107010000',
  hukou: '000107020000',
  insurance: '000107030000',
  socialCard: '000107040000',
} as const;

/** A fresh copy of the test bundle 新生儿出生一件事. @internal */
export function exampleBundle(): BundleInput {
  return {
    id: 'newborn',
    name: '新生儿出生一件事',
    topics: ['生育收养'],
    levels: ['county'],
    divisionCodes: ['371327'],
    items: [
      { basicCode: NEWBORN.birthCertificate },
      { basicCode: NEWBORN.hukou },
      { basicCode: NEWBORN.insurance, when: { question: 'insurance', anyOf: ['yes'] } },
      { basicCode: NEWBORN.socialCard, when: { question: 'insurance', anyOf: ['yes'] } },
    ],
    questions: [
      {
        id: 'insurance',
        label: '是否为新生儿办理城乡居民医保参保？',
        required: true,
        options: [
          { id: 'yes', label: '是' },
          { id: 'no', label: '否' },
        ],
      },
      {
        id: 'card',
        label: '是否同时申领社会保障卡？',
        required: false,
        when: { question: 'insurance', anyOf: ['yes'] },
        options: [
          { id: 'yes', label: '是' },
          { id: 'no', label: '否', effects: [{ kind: 'excludeItem', item: NEWBORN.socialCard }] },
        ],
      },
    ],
    sharedMaterials: [
      {
        id: 'parents-id',
        name: '父母双方身份证明',
        uses: [
          { item: NEWBORN.hukou, materialId: 'parent-id' },
          { item: NEWBORN.insurance, materialId: 'guardian-id' },
          { item: NEWBORN.socialCard, materialId: 'guardian-id' },
        ],
      },
    ],
  };
}
