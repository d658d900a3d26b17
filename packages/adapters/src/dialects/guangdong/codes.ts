import type { CodeTable } from '../mapping/spec.js';
import { NATIONAL_CODE_TABLES, type NationalCodeTables } from '../national/codes.js';

/**
 * The guangdong dialect's code tables by name (see {@link GUANGDONG_CODE_TABLES}): the national
 * tables it reuses, and its own. Tables ending in `Out` map canonical values to the dialect's codes
 * for requests.
 */
export type GuangdongCodeTables = Pick<
  NationalCodeTables,
  | 'itemType'
  | 'level'
  | 'implementingBodyKind'
  | 'powerSource'
  | 'audience'
  | 'channel'
  | 'resultType'
  | 'windowClass'
  | 'crossScope'
  | 'materialClass'
  | 'materialType'
  | 'materialSource'
> & {
  /** 时限单位: `WD` 工作日, `ND` 自然日, `H` 小时. */
  readonly timeUnit: CodeTable;
  /** 办件类型: `JB` 即办件, `CN` 承诺件, `LB` 联办件, `ZB` 转报件. */
  readonly caseKind: CodeTable;
  /** 材料形式: `PAPER`, `ELEC`, `BOTH`. */
  readonly materialForm: CodeTable;
  /** 必要性: `MUST`, `OPTIONAL`, `LATER` 容缺后补, `PROMISE` 告知承诺. */
  readonly necessity: CodeTable;
  /** 事项状态: `ENABLED`, `PAUSED`, `CANCELLED`, `DRAFT`. */
  readonly itemState: CodeTable;
  /** userType: `PERSON`, `LEGAL`. */
  readonly userType: CodeTable;
  /** payStatus: `WAIT`, `PAID`, `FAIL`, `EXPIRED`. */
  readonly payState: CodeTable;
  /** applicant.type of a request. */
  readonly applicantTypeOut: CodeTable;
  /** applicant.certType of a request: `ID_CARD` 身份证, `USCC` 统一社会信用代码. */
  readonly certTypeOut: CodeTable;
};

/**
 * The guangdong dialect's code tables (docs/dialects.md), by name. Where it uses national codes
 * (item types, levels, audiences…) the national tables are reused; its own words (`WD`, `JB`,
 * `MUST`, `ENABLED`, `PERSON`…) are listed here. Tables ending in `Out` map canonical values to
 * the dialect's codes for requests.
 */
export const GUANGDONG_CODE_TABLES: GuangdongCodeTables = {
  itemType: NATIONAL_CODE_TABLES.itemType,
  level: NATIONAL_CODE_TABLES.level,
  implementingBodyKind: NATIONAL_CODE_TABLES.implementingBodyKind,
  powerSource: NATIONAL_CODE_TABLES.powerSource,
  audience: NATIONAL_CODE_TABLES.audience,
  channel: NATIONAL_CODE_TABLES.channel,
  resultType: NATIONAL_CODE_TABLES.resultType,
  windowClass: NATIONAL_CODE_TABLES.windowClass,
  crossScope: NATIONAL_CODE_TABLES.crossScope,
  materialClass: NATIONAL_CODE_TABLES.materialClass,
  materialType: NATIONAL_CODE_TABLES.materialType,
  materialSource: NATIONAL_CODE_TABLES.materialSource,
  timeUnit: { WD: 'workingDay', ND: 'naturalDay', H: 'hour' },
  caseKind: { JB: 'immediate', CN: 'promised', LB: 'joint', ZB: 'referred' },
  materialForm: { PAPER: 'paper', ELEC: 'electronic', BOTH: 'both' },
  necessity: { MUST: 'required', OPTIONAL: 'optional', LATER: 'deferrable', PROMISE: 'promise' },
  itemState: { ENABLED: 'inUse', PAUSED: 'paused', CANCELLED: 'cancelled', DRAFT: 'draft' },
  userType: { PERSON: 'person', LEGAL: 'organization' },
  payState: { WAIT: 'pending', PAID: 'paid', FAIL: 'failed', EXPIRED: 'expired' },
  applicantTypeOut: { person: 'PERSON', organization: 'LEGAL' },
  certTypeOut: { person: 'ID_CARD', organization: 'USCC' },
};
