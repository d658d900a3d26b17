import * as z from 'zod/mini';

/*
 * Enumerations of the service-item model. Values are canonical English keys; the national numeric
 * codes (where a national list exists) are in the `*_CODES` tables, and the user-visible labels in
 * the i18n catalogues under `<enum>.<value>` keys (see `itemEnumLabel`). Adapters keep a province's
 * own values beside these in the `native` maps of items and materials.
 */

/** Item types (事项类型), national codes 01–10 and 20. */
export const ITEM_TYPES = [
  'licensing',
  'penalty',
  'coercion',
  'levy',
  'benefit',
  'inspection',
  'confirmation',
  'reward',
  'adjudication',
  'otherPower',
  'publicService',
] as const;
/** zod schema of an {@link ItemType}. */
export const itemTypeSchema = /* @__PURE__ */ z.enum(ITEM_TYPES);
/** An item type (事项类型): 行政许可 `licensing` … 公共服务 `publicService`. */
export type ItemType = (typeof ITEM_TYPES)[number];
/** National codes of the item types (01 行政许可 … 10 其他行政权力, 20 公共服务). */
export const ITEM_TYPE_CODES: Readonly<Record<ItemType, string>> = {
  licensing: '01',
  penalty: '02',
  coercion: '03',
  levy: '04',
  benefit: '05',
  inspection: '06',
  confirmation: '07',
  reward: '08',
  adjudication: '09',
  otherPower: '10',
  publicService: '20',
};

/** The levels (行使层级) the kit serves: city, county, township (镇/乡/街道), village (村/社区). */
export const LEVELS = ['city', 'county', 'township', 'village'] as const;
/** zod schema of a {@link Level}. */
export const levelSchema = /* @__PURE__ */ z.enum(LEVELS);
/** A level at which an item is exercised (行使层级). */
export type Level = (typeof LEVELS)[number];
/** National level codes: 3 市级, 4 县级, 5 镇（乡、街道）级, 6 村（社区）级 (1 and 2 are out of scope). */
export const LEVEL_CODES: Readonly<Record<Level, string>> = { city: '3', county: '4', township: '5', village: '6' };

/** Power sources (权力来源), national codes 1–6. */
export const POWER_SOURCES = [
  'statutory',
  'devolved',
  'authorizedByHigher',
  'authorizedByPeer',
  'entrustedByHigher',
  'entrustedByPeer',
] as const;
/** zod schema of a {@link PowerSource}. */
export const powerSourceSchema = /* @__PURE__ */ z.enum(POWER_SOURCES);
/** Where the power to handle an item comes from (权力来源): 法定本级行使, 上级下放, 上级授权… */
export type PowerSource = (typeof POWER_SOURCES)[number];
/** National codes of the power sources. */
export const POWER_SOURCE_CODES: Readonly<Record<PowerSource, string>> = {
  statutory: '1',
  devolved: '2',
  authorizedByHigher: '3',
  authorizedByPeer: '4',
  entrustedByHigher: '5',
  entrustedByPeer: '6',
};

/** Kinds of implementing body (实施主体性质), national codes 1–3. */
export const IMPLEMENTING_BODY_KINDS = ['statutoryAuthority', 'authorizedOrganization', 'entrustedOrganization'] as const;
/** zod schema of an {@link ImplementingBodyKind}. */
export const implementingBodyKindSchema = /* @__PURE__ */ z.enum(IMPLEMENTING_BODY_KINDS);
/** Kind of implementing body: 法定机关, 授权组织 or 受委托组织. */
export type ImplementingBodyKind = (typeof IMPLEMENTING_BODY_KINDS)[number];
/** National codes of the implementing body kinds. */
export const IMPLEMENTING_BODY_KIND_CODES: Readonly<Record<ImplementingBodyKind, string>> = {
  statutoryAuthority: '1',
  authorizedOrganization: '2',
  entrustedOrganization: '3',
};

/** Case kinds (办件类型): 即办件, 承诺件, and the local extras 联办件 and 转报件. */
export const CASE_KINDS = ['immediate', 'promised', 'joint', 'referred'] as const;
/** zod schema of a {@link CaseKind}. */
export const caseKindSchema = /* @__PURE__ */ z.enum(CASE_KINDS);
/** How a case of the item is handled: on the spot, within a promised limit, jointly, or referred up. */
export type CaseKind = (typeof CASE_KINDS)[number];
/**
 * National codes of the case kinds. Only 即办件 (1) and 承诺件 (2) have one; `joint` and `referred`
 * are local extras whose province codes adapters keep in `native`.
 */
export const CASE_KIND_CODES: Readonly<Partial<Record<CaseKind, string>>> = { immediate: '1', promised: '2' };

/** Audiences (服务对象), national codes 1–6 and 9. */
export const AUDIENCES = [
  'person',
  'enterpriseLegalPerson',
  'institutionLegalPerson',
  'socialOrganization',
  'unincorporatedEnterprise',
  'government',
  'other',
] as const;
/** zod schema of an {@link Audience}. */
export const audienceSchema = /* @__PURE__ */ z.enum(AUDIENCES);
/** Who an item serves (服务对象): 自然人, 企业法人, 事业法人, 社会组织法人, 非法人企业, 行政机关, 其他组织. */
export type Audience = (typeof AUDIENCES)[number];
/** National codes of the audiences. */
export const AUDIENCE_CODES: Readonly<Record<Audience, string>> = {
  person: '1',
  enterpriseLegalPerson: '2',
  institutionLegalPerson: '3',
  socialOrganization: '4',
  unincorporatedEnterprise: '5',
  government: '6',
  other: '9',
};

/** Handling channels (办理形式), national codes 1–3. */
export const CHANNELS = ['window', 'online', 'post'] as const;
/** zod schema of a {@link Channel}. */
export const channelSchema = /* @__PURE__ */ z.enum(CHANNELS);
/** A way to apply (办理形式): 窗口办理, 网上办理, 快递申请. */
export type Channel = (typeof CHANNELS)[number];
/** National codes of the channels. */
export const CHANNEL_CODES: Readonly<Record<Channel, string>> = { window: '1', online: '2', post: '3' };

/** Online depths (网上办理深度) Ⅰ–Ⅳ as numbers 1–4; 4 is 全程网办 (fully online, zero visits). */
export const ONLINE_DEPTHS = [1, 2, 3, 4] as const;
/** zod schema of an {@link OnlineDepth}. */
export const onlineDepthSchema = /* @__PURE__ */ z.literal(ONLINE_DEPTHS);
/** How far an item can be handled online, 1 (Ⅰ) to 4 (Ⅳ, 全程网办). */
export type OnlineDepth = (typeof ONLINE_DEPTHS)[number];
/** The depth that means fully online (全程网办). */
export const FULLY_ONLINE_DEPTH = 4 satisfies OnlineDepth;

/** Item states (事项状态): 在用, 暂停, 取消, 草稿. */
export const ITEM_STATES = ['inUse', 'paused', 'cancelled', 'draft'] as const;
/** zod schema of an {@link ItemState}. */
export const itemStateSchema = /* @__PURE__ */ z.enum(ITEM_STATES);
/** Whether an item version is in use, paused, cancelled or still a draft. */
export type ItemState = (typeof ITEM_STATES)[number];

/** Window classes of a comprehensive service hall (综合窗口), plus `comprehensive` for one-window-for-all. */
export const WINDOW_CLASSES = ['socialLivelihood', 'administrativeApproval', 'publicResourceTrading', 'comprehensive'] as const;
/** zod schema of a {@link WindowClass}. */
export const windowClassSchema = /* @__PURE__ */ z.enum(WINDOW_CLASSES);
/** The window class an item is served at: 社会民生类, 行政审批类, 公共资源交易类 or 综合. */
export type WindowClass = (typeof WINDOW_CLASSES)[number];

/** Units of a time limit: working days (the norm), natural days, hours. */
export const TIME_LIMIT_UNITS = ['workingDay', 'naturalDay', 'hour'] as const;
/** zod schema of a {@link TimeLimitUnit}. */
export const timeLimitUnitSchema = /* @__PURE__ */ z.enum(TIME_LIMIT_UNITS);
/** Unit of a time limit: 工作日, 自然日 or 小时. */
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

/** Cross-region scopes (通办范围). */
export const CROSS_REGION_SCOPES = ['national', 'crossProvince', 'province', 'city', 'county'] as const;
/** zod schema of a {@link CrossRegionScope}. */
export const crossRegionScopeSchema = /* @__PURE__ */ z.enum(CROSS_REGION_SCOPES);
/** Where an item can be handled regardless of the applicant's domicile: 全国, 跨省, 全省, 全市, 全县通办. */
export type CrossRegionScope = (typeof CROSS_REGION_SCOPES)[number];

/** Kinds of result (办理结果类型). */
export const RESULT_TYPES = ['licence', 'approval', 'other'] as const;
/** zod schema of a {@link ResultType}. */
export const resultTypeSchema = /* @__PURE__ */ z.enum(RESULT_TYPES);
/** What a result is: a licence or certificate (证照), an approval document (批文), or something else. */
export type ResultType = (typeof RESULT_TYPES)[number];

/** Material types (材料类型), national codes 1–3. */
export const MATERIAL_TYPES = ['original', 'copy', 'originalOrCopy'] as const;
/** zod schema of a {@link MaterialType}. */
export const materialTypeSchema = /* @__PURE__ */ z.enum(MATERIAL_TYPES);
/** Whether a material is handed in as 原件, 复印件, or either. */
export type MaterialType = (typeof MATERIAL_TYPES)[number];
/** National codes of the material types. */
export const MATERIAL_TYPE_CODES: Readonly<Record<MaterialType, string>> = { original: '1', copy: '2', originalOrCopy: '3' };

/** Material forms (材料形式). `both` means paper and electronic are both accepted. */
export const MATERIAL_FORMS = ['paper', 'electronic', 'both'] as const;
/** zod schema of a {@link MaterialForm}. */
export const materialFormSchema = /* @__PURE__ */ z.enum(MATERIAL_FORMS);
/** The form a material is accepted in: 纸质, 电子, or either. */
export type MaterialForm = (typeof MATERIAL_FORMS)[number];

/**
 * Necessities (必要性): 必要, 非必要, 容缺后补 (may be supplied after acceptance) and 告知承诺
 * (replaced by the applicant's written promise; a local extra).
 */
export const NECESSITIES = ['required', 'optional', 'deferrable', 'promise'] as const;
/** zod schema of a {@link Necessity}. */
export const necessitySchema = /* @__PURE__ */ z.enum(NECESSITIES);
/** Whether a material is required, optional, deferrable (容缺后补) or replaceable by a promise (告知承诺). */
export type Necessity = (typeof NECESSITIES)[number];
/** National codes of the necessities; `promise` has none (province codes go in `native`). */
export const NECESSITY_CODES: Readonly<Partial<Record<Necessity, string>>> = { required: '1', optional: '2', deferrable: '3' };

/** Material sources (来源渠道), national codes 10, 20, 30, 99. */
export const MATERIAL_SOURCES = ['applicant', 'government', 'intermediary', 'other'] as const;
/** zod schema of a {@link MaterialSource}. */
export const materialSourceSchema = /* @__PURE__ */ z.enum(MATERIAL_SOURCES);
/** Where a material comes from: 申请人自备, 政府部门核发, 中介机构出具, 其他. */
export type MaterialSource = (typeof MATERIAL_SOURCES)[number];
/** National codes of the material sources. */
export const MATERIAL_SOURCE_CODES: Readonly<Record<MaterialSource, string>> = {
  applicant: '10',
  government: '20',
  intermediary: '30',
  other: '99',
};

/** The four material classes of the one-form model (材料四类). */
export const MATERIAL_CLASSES = ['certificate', 'approval', 'intermediary', 'document'] as const;
/** zod schema of a {@link MaterialClass}. */
export const materialClassSchema = /* @__PURE__ */ z.enum(MATERIAL_CLASSES);
/** 证件类 (identity/licence documents), 批文类 (approvals), 中介服务类 (intermediary reports), 文书类 (paperwork). */
export type MaterialClass = (typeof MATERIAL_CLASSES)[number];

/** Paper sizes (纸质规格). */
export const PAPER_SIZES = ['A4', 'A3', 'A5', 'B5', 'other'] as const;
/** zod schema of a {@link PaperSize}. */
export const paperSizeSchema = /* @__PURE__ */ z.enum(PAPER_SIZES);
/** Paper size of a paper material. */
export type PaperSize = (typeof PAPER_SIZES)[number];
