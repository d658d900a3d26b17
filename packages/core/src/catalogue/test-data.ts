/**
 * Small items and bundles for the catalogue's tests (the Junan fixture county is richer; these
 * stay tiny so each test shows exactly what it relies on).
 * @internal
 */
import type { BundleInput } from '../items/bundle.js';
import type { ItemInput } from '../items/item.js';

/** Junan county, a township (大店镇), a village under it, and a sibling county. @internal */
export const DIVISIONS = {
  city: '371300',
  county: '371327',
  township: '371327100000',
  otherTownship: '371327101000',
  village: '371327100201',
  otherCounty: '371321',
} as const;

const CREDIT_CODE = '11371327MB0000000X';

/** Options of {@link testItem}: the fields tests vary, plus any other item field. @internal */
export type TestItemOptions = Partial<ItemInput> & { readonly seq: number };

/**
 * A valid, in-use county item; `seq` makes its codes unique (basic code `000000000` + seq).
 * @internal
 */
export function testItem({ seq, ...overrides }: TestItemOptions): ItemInput {
  const basicCode = `0001${String(seq).padStart(8, '0')}`;
  return {
    basicCode,
    implementationCode: `${CREDIT_CODE}4${basicCode}`,
    name: `测试事项${seq}`,
    type: 'licensing',
    levels: ['county'],
    divisionCodes: [DIVISIONS.county],
    implementingBody: { name: '莒南县行政审批服务局', creditCode: CREDIT_CODE, kind: 'statutoryAuthority', departmentCode: 'JN-SPJ' },
    powerSource: 'statutory',
    legalBasis: [],
    acceptanceConditions: [],
    materials: [],
    legalLimit: { value: 20, unit: 'workingDay' },
    promisedLimit: { value: 5, unit: 'workingDay' },
    caseKind: 'promised',
    steps: [],
    fee: { charged: false },
    locations: [],
    consultation: { phone: '0539-7201234' },
    complaint: { phone: '0539-12345' },
    visits: { count: 0 },
    onlineDepth: 3,
    channels: ['window', 'online'],
    results: [],
    audience: ['person'],
    topics: [],
    windowClass: 'administrativeApproval',
    version: '1',
    validFrom: '2026-01-01',
    state: 'inUse',
    ...overrides,
  };
}

/** A minimal material named `name`. @internal */
export function testMaterial(id: string, name: string): NonNullable<ItemInput['materials']>[number] {
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
  };
}

/** A valid bundle over the given basic codes. @internal */
export function testBundle(id: string, name: string, basicCodes: readonly string[], overrides: Partial<BundleInput> = {}): BundleInput {
  return {
    id,
    name,
    levels: ['county'],
    divisionCodes: [DIVISIONS.county],
    items: basicCodes.map((basicCode) => ({ basicCode })),
    ...overrides,
  };
}

/**
 * A small catalogue for the search tests: names chosen so each way of matching has a case.
 * Items by name: `sample.get('营业执照')`.
 * @internal
 */
export function sampleItems(): ItemInput[] {
  let seq = 0;
  const item = (name: string, overrides: Partial<ItemInput> = {}) => testItem({ seq: ++seq, name, ...overrides });
  return [
    item('营业执照'),
    item('营业执照变更登记'),
    item('个体工商户营业执照注销', { audience: ['unincorporatedEnterprise'], topics: ['开办企业'] }),
    item('个体工商户设立登记', { audience: ['unincorporatedEnterprise'], topics: ['开办企业'], onlineDepth: 4, visits: { count: 0 } }),
    item('营业执造', { type: 'publicService' }),
    item('食品经营许可证核发', {
      materials: [testMaterial('licence', '营业执照副本'), testMaterial('id', '法定代表人身份证')],
      results: [{ name: '食品经营许可证' }],
      topics: ['开办企业'],
    }),
    item('居民身份证换领', { type: 'publicService', windowClass: 'socialLivelihood' }),
    item('重庆银行网点备案'),
    item('营业执照遗失补办', { state: 'paused' }),
    item('绿色建筑标识认定', { type: 'confirmation', shortName: '绿建标识' }),
    item('𠮷祥物商标营业执照登记'),
    item('开办企事业单位登记', { type: 'otherPower' }),
  ];
}
