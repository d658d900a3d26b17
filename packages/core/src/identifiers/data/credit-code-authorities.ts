import type { Locale } from '../../i18n/index.js';

/** A label in every locale of the kit. */
export type LocalizedLabel = Readonly<Record<Locale, string>>;

/** An organisation kind (机构类别, the 2nd character of a credit code) under one registering authority. */
export interface CreditCodeKind {
  /** The character, e.g. `1`. */
  readonly code: string;
  /** Its label, e.g. 企业 / Enterprise. */
  readonly label: LocalizedLabel;
}

/** A registering authority (登记管理部门, the 1st character of a credit code) and its kinds. */
export interface CreditCodeAuthority {
  /** The character, e.g. `9`. */
  readonly code: string;
  /** Its label, e.g. 工商（市场监管）/ Market regulation. */
  readonly label: LocalizedLabel;
  /** The organisation kinds it registers. */
  readonly kinds: readonly CreditCodeKind[];
}

const other: LocalizedLabel = { 'zh-CN': '其他', en: 'Other' };

/**
 * Registering authorities and organisation kinds of GB 32100-2015 (Table 1, with the later
 * additions A and N). The standard says 工商 for `9`; that work is now done by market regulation
 * (市场监管) departments, the code is unchanged.
 */
export const creditCodeAuthorities: readonly CreditCodeAuthority[] = [
  {
    code: '1',
    label: { 'zh-CN': '机构编制', en: 'Institutional staffing' },
    kinds: [
      { code: '1', label: { 'zh-CN': '机关', en: 'Government organ' } },
      { code: '2', label: { 'zh-CN': '事业单位', en: 'Public institution' } },
      {
        code: '3',
        label: { 'zh-CN': '中央编办直接管理机构编制的群众团体', en: 'Mass organisation staffed by the central staffing office' },
      },
      { code: '9', label: other },
    ],
  },
  {
    code: '2',
    label: { 'zh-CN': '外交', en: 'Foreign affairs' },
    kinds: [
      { code: '1', label: { 'zh-CN': '外国常驻新闻机构', en: 'Resident foreign news agency' } },
      { code: '9', label: other },
    ],
  },
  {
    code: '3',
    label: { 'zh-CN': '司法行政', en: 'Judicial administration' },
    kinds: [
      { code: '1', label: { 'zh-CN': '律师执业机构', en: 'Law firm' } },
      { code: '2', label: { 'zh-CN': '公证处', en: 'Notary office' } },
      { code: '3', label: { 'zh-CN': '基层法律服务所', en: 'Grassroots legal service office' } },
      { code: '4', label: { 'zh-CN': '司法鉴定机构', en: 'Forensic appraisal institution' } },
      { code: '5', label: { 'zh-CN': '仲裁委员会', en: 'Arbitration commission' } },
      { code: '9', label: other },
    ],
  },
  {
    code: '4',
    label: { 'zh-CN': '文化', en: 'Culture' },
    kinds: [
      { code: '1', label: { 'zh-CN': '外国在华文化中心', en: 'Foreign cultural centre in China' } },
      { code: '9', label: other },
    ],
  },
  {
    code: '5',
    label: { 'zh-CN': '民政', en: 'Civil affairs' },
    kinds: [
      { code: '1', label: { 'zh-CN': '社会团体', en: 'Social organisation' } },
      { code: '2', label: { 'zh-CN': '民办非企业单位', en: 'Private non-enterprise unit' } },
      { code: '3', label: { 'zh-CN': '基金会', en: 'Foundation' } },
      { code: '9', label: other },
    ],
  },
  {
    code: '6',
    label: { 'zh-CN': '旅游', en: 'Tourism' },
    kinds: [
      { code: '1', label: { 'zh-CN': '外国旅游部门常驻代表机构', en: 'Representative office of a foreign tourism authority' } },
      {
        code: '2',
        label: {
          'zh-CN': '港澳台地区旅游部门常驻内地（大陆）代表机构',
          en: 'Mainland representative office of a Hong Kong, Macao or Taiwan tourism authority',
        },
      },
      { code: '9', label: other },
    ],
  },
  {
    code: '7',
    label: { 'zh-CN': '宗教', en: 'Religious affairs' },
    kinds: [
      { code: '1', label: { 'zh-CN': '宗教活动场所', en: 'Place of religious activity' } },
      { code: '2', label: { 'zh-CN': '宗教院校', en: 'Religious school' } },
      { code: '9', label: other },
    ],
  },
  {
    code: '8',
    label: { 'zh-CN': '工会', en: 'Trade union' },
    kinds: [
      { code: '1', label: { 'zh-CN': '基层工会', en: 'Grassroots trade union' } },
      { code: '9', label: other },
    ],
  },
  {
    code: '9',
    label: { 'zh-CN': '工商（市场监管）', en: 'Market regulation (industry and commerce)' },
    kinds: [
      { code: '1', label: { 'zh-CN': '企业', en: 'Enterprise' } },
      { code: '2', label: { 'zh-CN': '个体工商户', en: 'Individual business' } },
      { code: '3', label: { 'zh-CN': '农民专业合作社', en: "Farmers' specialised cooperative" } },
    ],
  },
  {
    code: 'A',
    label: { 'zh-CN': '中央军委改革和编制办公室', en: 'CMC Reform and Organisational Structure Office' },
    kinds: [
      { code: '1', label: { 'zh-CN': '军队事业单位', en: 'Military public institution' } },
      { code: '9', label: other },
    ],
  },
  {
    code: 'N',
    label: { 'zh-CN': '农业', en: 'Agriculture' },
    kinds: [
      { code: '1', label: { 'zh-CN': '组级集体经济组织', en: 'Group-level collective economic organisation' } },
      { code: '2', label: { 'zh-CN': '村级集体经济组织', en: 'Village-level collective economic organisation' } },
      { code: '3', label: { 'zh-CN': '乡镇级集体经济组织', en: 'Township-level collective economic organisation' } },
      { code: '9', label: other },
    ],
  },
  {
    code: 'Y',
    label: other,
    kinds: [{ code: '1', label: other }],
  },
];
