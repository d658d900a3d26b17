import {
  AUDIENCE_CODES,
  CASE_KIND_CODES,
  CHANNEL_CODES,
  IMPLEMENTING_BODY_KIND_CODES,
  ITEM_TYPE_CODES,
  LEVEL_CODES,
  MATERIAL_SOURCE_CODES,
  MATERIAL_TYPE_CODES,
  NECESSITY_CODES,
  POWER_SOURCE_CODES,
} from '@sijitong/core';
import type { CodeTable } from '../mapping/spec.js';
import { CASE_KIND_NUMBERS, CROSS_SCOPE_CODES, MATERIAL_CLASS_CODES, RESULT_TYPE_CODES, TIME_UNIT_CODES, WINDOW_CLASS_CODES } from '../mapping/dialect-codes.js';
import { FLAG_CODES, invertCodes } from '../mapping/tables.js';

/**
 * The national dialect's code tables by name (see {@link NATIONAL_CODE_TABLES}). Tables ending in
 * `Out` map canonical values to national codes for requests.
 */
export type NationalCodeTables = {
  /** 事项类型 `01`…`10`, `20`. */
  readonly itemType: CodeTable;
  /** 行使层级 `3`…`6`. */
  readonly level: CodeTable;
  /** 实施主体性质 `1`–`3`. */
  readonly implementingBodyKind: CodeTable;
  /** 权力来源 `1`–`6`. */
  readonly powerSource: CodeTable;
  /** 时限单位: `1` 工作日, `2` 自然日, `3` 小时. */
  readonly timeUnit: CodeTable;
  /** 办件类型: national `1`, `2`, plus `3` 联办件 and `4` 转报件. */
  readonly caseKind: CodeTable;
  /** `'1'` / `'0'`. */
  readonly flag: CodeTable;
  /** 结果类型: `1` 证照, `2` 批文, `3` 其他. */
  readonly resultType: CodeTable;
  /** 服务对象 `1`…`6`, `9`. */
  readonly audience: CodeTable;
  /** 办理形式 `1`–`3`. */
  readonly channel: CodeTable;
  /** 窗口分类: `1` 社会民生, `2` 行政审批, `3` 公共资源交易, `4` 综合. */
  readonly windowClass: CodeTable;
  /** 事项状态: `1` 在用, `2` 暂停, `3` 取消, `0` 草稿. */
  readonly itemState: CodeTable;
  /** 通办范围: `1` 全国 … `5` 全县. */
  readonly crossScope: CodeTable;
  /** 材料分类: `1` 证件类, `2` 批文类, `3` 中介服务类, `4` 文书类. */
  readonly materialClass: CodeTable;
  /** 材料类型 `1`–`3`. */
  readonly materialType: CodeTable;
  /** 材料形式: `1` 纸质, `2` 电子, `3` 纸质和电子. */
  readonly materialForm: CodeTable;
  /** 必要性: national `1`–`3`, plus `4` 告知承诺. */
  readonly necessity: CodeTable;
  /** 来源渠道 `10`, `20`, `30`, `99`. */
  readonly materialSource: CodeTable;
  /** USER_TYPE: `1` person, `2` organisation. */
  readonly userType: CodeTable;
  /** PAY_STATE: `0` 待支付, `1` 已支付, `2` 失败, `3` 已过期. */
  readonly payState: CodeTable;
  /** APPLY_TYPE of a request: person `1`, organisation `2`. */
  readonly applicantTypeOut: CodeTable;
  /** APPLY_CARDTYPE of a request: `111` 身份证, `001` 统一社会信用代码. */
  readonly certTypeOut: CodeTable;
};

/**
 * The national dialect's code tables (docs/dialects.md), by name, as mapping tables refer to them
 * (`codes: 'itemType'`). Where core has a national table (`ITEM_TYPE_CODES`…) it is read the other
 * way round; the dialect's extras (联办件 `3`, 告知承诺 `4`, window classes…) are listed here.
 * Tables ending in `Out` map canonical values to national codes for requests.
 */
export const NATIONAL_CODE_TABLES: NationalCodeTables = {
  itemType: invertCodes(ITEM_TYPE_CODES),
  level: invertCodes(LEVEL_CODES),
  implementingBodyKind: invertCodes(IMPLEMENTING_BODY_KIND_CODES),
  powerSource: invertCodes(POWER_SOURCE_CODES),
  timeUnit: invertCodes(TIME_UNIT_CODES),
  caseKind: { ...invertCodes(CASE_KIND_CODES), ...invertCodes(CASE_KIND_NUMBERS) },
  flag: FLAG_CODES,
  resultType: invertCodes(RESULT_TYPE_CODES),
  audience: invertCodes(AUDIENCE_CODES),
  channel: invertCodes(CHANNEL_CODES),
  windowClass: invertCodes(WINDOW_CLASS_CODES),
  itemState: { '1': 'inUse', '2': 'paused', '3': 'cancelled', '0': 'draft' },
  crossScope: invertCodes(CROSS_SCOPE_CODES),
  materialClass: invertCodes(MATERIAL_CLASS_CODES),
  materialType: invertCodes(MATERIAL_TYPE_CODES),
  materialForm: { '1': 'paper', '2': 'electronic', '3': 'both' },
  necessity: { ...invertCodes(NECESSITY_CODES), '4': 'promise' },
  materialSource: invertCodes(MATERIAL_SOURCE_CODES),
  userType: { '1': 'person', '2': 'organization' },
  payState: { '0': 'pending', '1': 'paid', '2': 'failed', '3': 'expired' },
  applicantTypeOut: { person: '1', organization: '2' },
  certTypeOut: { person: '111', organization: '001' },
};

/** The name of a national code table. */
export type NationalCodeTableName = keyof NationalCodeTables;
