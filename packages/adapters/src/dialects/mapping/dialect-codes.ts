import type { Item, Material } from '@sijitong/core';

/*
 * Code tables (canonical value → code) both dialects share where core has no national code
 * (docs/dialects.md). The adapters read answers with them inverted, and the simulator writes its
 * answers with them, so both agree by construction. Pure data.
 */

/** 材料分类 codes: 1 证件类, 2 批文类, 3 中介服务类, 4 文书类. */
export const MATERIAL_CLASS_CODES: Readonly<Record<Material['class'], string>> = { certificate: '1', approval: '2', intermediary: '3', document: '4' };
/** 时限单位 codes: 1 工作日, 2 自然日, 3 小时. */
export const TIME_UNIT_CODES: Readonly<Record<Item['promisedLimit']['unit'], string>> = { workingDay: '1', naturalDay: '2', hour: '3' };
/** 办件类型 codes: 1 即办件, 2 承诺件, 3 联办件, 4 转报件. */
export const CASE_KIND_NUMBERS: Readonly<Record<Item['caseKind'], string>> = { immediate: '1', promised: '2', joint: '3', referred: '4' };
/** 结果类型 codes: 1 证照, 2 批文, 3 其他. */
export const RESULT_TYPE_CODES: Readonly<Record<NonNullable<Item['results'][number]['type']>, string>> = { licence: '1', approval: '2', other: '3' };
/** 窗口分类 codes: 1 社会民生, 2 行政审批, 3 公共资源交易, 4 综合. */
export const WINDOW_CLASS_CODES: Readonly<Record<Item['windowClass'], string>> = {
  socialLivelihood: '1',
  administrativeApproval: '2',
  publicResourceTrading: '3',
  comprehensive: '4',
};
/** 通办范围 codes: 1 全国, 2 跨省, 3 全省, 4 全市, 5 全县. */
export const CROSS_SCOPE_CODES: Readonly<Record<NonNullable<Item['crossRegion']>['scope'], string>> = {
  national: '1',
  crossProvince: '2',
  province: '3',
  city: '4',
  county: '5',
};
