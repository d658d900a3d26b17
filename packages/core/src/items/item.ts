import * as z from 'zod/mini';
import { civilDateSchema } from '../dates/civil-date.js';
import {
  audienceSchema,
  caseKindSchema,
  channelSchema,
  crossRegionScopeSchema,
  implementingBodyKindSchema,
  itemStateSchema,
  itemTypeSchema,
  onlineDepthSchema,
  powerSourceSchema,
  resultTypeSchema,
  windowClassSchema,
} from './enums.js';
import {
  basicCodeSchema,
  countSchema,
  creditCodeShapeSchema,
  itemDivisionCodeSchema,
  explainedTimeLimitSchema,
  implementationCodeSchema,
  levelListSchema,
  linkSchema,
  nativeValuesSchema,
  textSchema,
  timeLimitSchema,
} from './fields.js';
import { INTEGRITY_RULES } from './integrity-rules.js';
import { checkIssues } from './issues.js';
import { materialSchema } from './material.js';
import { scenarioSchema } from './scenario.js';

/** zod schema of the implementing body (实施主体). */
export const implementingBodySchema = /* @__PURE__ */ z.strictObject({
  /** 实施主体名称. */
  name: textSchema,
  /** 实施主体编码: its unified social credit code (shape checked, not the checksum). */
  creditCode: creditCodeShapeSchema,
  /** 实施主体性质: 法定机关, 授权组织 or 受委托组织. */
  kind: implementingBodyKindSchema,
  /** The province's code of the department, if it has one. */
  departmentCode: z.optional(textSchema),
});
/** The body that implements an item (实施主体). */
export type ImplementingBody = z.infer<typeof implementingBodySchema>;

/** zod schema of one legal basis (设定依据): a law and, optionally, the article and its text. */
export const legalBasisSchema = /* @__PURE__ */ z.strictObject({
  /** The law or regulation, e.g. 《个体工商户条例》. */
  law: textSchema,
  /** The article, e.g. 第八条. */
  article: z.optional(textSchema),
  /** The article's text. */
  text: z.optional(textSchema),
});
/** One legal basis of an item. */
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** zod schema of a step of the procedure (办理流程环节). */
export const stepSchema = /* @__PURE__ */ z.strictObject({
  /** 环节名称, e.g. 受理, 审查, 决定. */
  name: textSchema,
  /** 环节时限. */
  limit: z.optional(timeLimitSchema),
  /** 是否特别程序: special procedures (检验检测, 听证…) stop the case's clock. */
  specialProcedure: z.boolean(),
  /** What happens in the step. */
  note: z.optional(textSchema),
});
/** A step of an item's procedure. */
export type Step = z.infer<typeof stepSchema>;

/** zod schema of a fee item (收费项目). */
export const feeItemSchema = /* @__PURE__ */ z.strictObject({
  /** 收费项目名称. */
  name: textSchema,
  /** 收费标准. */
  standard: textSchema,
  /** 收费依据; required by the audit rules when the item charges. */
  basis: z.optional(textSchema),
  /** 是否允许减免. */
  waivable: z.boolean(),
});
/** One fee of an item. */
export type FeeItem = z.infer<typeof feeItemSchema>;

/** zod schema of an item's fees: `{ charged: false }` or `{ charged: true, items }` (是否收费 + 收费项目). */
export const feeSchema = /* @__PURE__ */ z.discriminatedUnion('charged', [
  z.strictObject({
    /** Free of charge. */
    charged: z.literal(false),
  }),
  z.strictObject({
    /** The item charges fees. */
    charged: z.literal(true),
    /** The fees; the audit rules require at least one, each with a basis. */
    items: z.array(feeItemSchema),
  }),
]);
/** Whether and what an item charges. */
export type Fee = z.infer<typeof feeSchema>;

/** zod schema of a place where the item is handled (办理地点 + 办理时间). */
export const locationSchema = /* @__PURE__ */ z.strictObject({
  /** Name, e.g. 县政务服务中心二楼 15 号窗口. */
  name: textSchema,
  /** Address. */
  address: textSchema,
  /** Opening hours as text. */
  hours: textSchema,
  /** Phone. */
  phone: z.optional(textSchema),
});
/** A place where an item is handled. */
export type Location = z.infer<typeof locationSchema>;

/** zod schema of the consultation channels (咨询方式). */
export const consultationSchema = /* @__PURE__ */ z.strictObject({
  /** 咨询电话. */
  phone: z.optional(textSchema),
  /** Online consultation page. */
  url: z.optional(linkSchema),
  /** Where to ask in person. */
  address: z.optional(textSchema),
});
/** How to ask about an item. */
export type Consultation = z.infer<typeof consultationSchema>;

/** zod schema of the complaint channels (监督投诉方式). */
export const complaintSchema = /* @__PURE__ */ z.strictObject({
  /** 投诉电话; must differ from the consultation phone. */
  phone: z.optional(textSchema),
  /** Online complaint page. */
  url: z.optional(linkSchema),
});
/** How to complain about an item's handling. */
export type Complaint = z.infer<typeof complaintSchema>;

/** zod schema of the visits to the service site (到办事现场次数 + 必须现场办理原因). */
export const visitsSchema = /* @__PURE__ */ z.strictObject({
  /** How many times the applicant must come in person; 0 = 零跑腿. */
  count: countSchema,
  /** Why a visit is needed; required by the audit rules when `count` > 0. */
  reason: z.optional(textSchema),
});
/** How many visits an item needs, and why. */
export type Visits = z.infer<typeof visitsSchema>;

/** zod schema of a result of the item (结果名称 + 结果样本). */
export const resultSchema = /* @__PURE__ */ z.strictObject({
  /** 结果名称, e.g. 营业执照. */
  name: textSchema,
  /** Licence, approval or other. */
  type: z.optional(resultTypeSchema),
  /** Link to a sample of the result (结果样本). */
  sample: z.optional(linkSchema),
});
/** A result an item produces. */
export type ItemResult = z.infer<typeof resultSchema>;

/** zod schema of a frequently asked question (常见问题). */
export const faqSchema = /* @__PURE__ */ z.strictObject({
  /** The question. */
  question: textSchema,
  /** The answer. */
  answer: textSchema,
});
/** A frequently asked question and its answer. */
export type Faq = z.infer<typeof faqSchema>;

/** zod schema of an intermediary service the item requires (中介服务). */
export const intermediaryServiceSchema = /* @__PURE__ */ z.strictObject({
  /** The service, e.g. 房屋安全鉴定. */
  name: textSchema,
  /** The rule that requires it. */
  basis: z.optional(textSchema),
  /** Anything else the applicant should know (providers, fees). */
  note: z.optional(textSchema),
});
/** An intermediary service an item requires. */
export type IntermediaryService = z.infer<typeof intermediaryServiceSchema>;

/** zod schema of the cross-region handling scope (通办范围). */
export const crossRegionSchema = /* @__PURE__ */ z.strictObject({
  /** 全国, 跨省, 全省, 全市 or 全县通办. */
  scope: crossRegionScopeSchema,
  /** Details, e.g. which provinces. */
  note: z.optional(textSchema),
});
/** Where an item can be handled regardless of domicile. */
export type CrossRegion = z.infer<typeof crossRegionSchema>;

/** zod schema of appointment booking (预约办理). */
export const appointmentSchema = /* @__PURE__ */ z.strictObject({
  /** Whether appointments can be booked. */
  supported: z.boolean(),
  /** Booking page. */
  url: z.optional(linkSchema),
  /** Booking phone. */
  phone: z.optional(textSchema),
  /** Details. */
  note: z.optional(textSchema),
});
/** Appointment booking for an item. */
export type Appointment = z.infer<typeof appointmentSchema>;

/** zod schema of the legal remedies (行政复议 / 行政诉讼 routes). */
export const remediesSchema = /* @__PURE__ */ z.strictObject({
  /** Where to apply for administrative reconsideration. */
  reconsideration: z.optional(textSchema),
  /** Where to bring an administrative lawsuit. */
  litigation: z.optional(textSchema),
});
/** The legal remedies against an item's decision. */
export type Remedies = z.infer<typeof remediesSchema>;

/**
 * zod schema of an item's fields without the cross-field integrity checks; `validateItem` uses it
 * to check fields one by one.
 * @internal
 */
export const itemShapeSchema = /* @__PURE__ */ z.strictObject({
  /** 基本编码 (12 characters). */
  basicCode: basicCodeSchema,
  /** 实施编码 (31 characters: credit code + level digit + basic code). */
  implementationCode: implementationCodeSchema,
  /** The province's own code of the item, if it differs. */
  nativeCode: z.optional(textSchema),
  /** 事项名称. */
  name: textSchema,
  /** Short name for lists and buttons. */
  shortName: z.optional(textSchema),
  /** 事项类型. */
  type: itemTypeSchema,
  /** 行使层级, at least one. */
  levels: levelListSchema,
  /** Divisions where the item is served (a county item may serve its townships). */
  divisionCodes: z.array(itemDivisionCodeSchema).check(z.minLength(1)),
  /** 实施主体. */
  implementingBody: implementingBodySchema,
  /** 权力来源. */
  powerSource: powerSourceSchema,
  /** 设定依据. */
  legalBasis: z.array(legalBasisSchema),
  /** 受理条件. */
  acceptanceConditions: z.array(textSchema),
  /** 申请材料 (before scenarios tailor them). */
  materials: z.array(materialSchema),
  /** 法定办结时限. */
  legalLimit: explainedTimeLimitSchema,
  /** 承诺办结时限; `{ value: 0, unit: 'workingDay' }` means 即办 and goes with case kind `immediate`. */
  promisedLimit: explainedTimeLimitSchema,
  /** 办件类型. */
  caseKind: caseKindSchema,
  /** 办理流程. */
  steps: z.array(stepSchema),
  /** 是否收费 + 收费项目. */
  fee: feeSchema,
  /** 办理地点 and hours. */
  locations: z.array(locationSchema),
  /** 咨询方式. */
  consultation: consultationSchema,
  /** 监督投诉方式. */
  complaint: complaintSchema,
  /** 到办事现场次数. */
  visits: visitsSchema,
  /** 网上办理深度 (1–4; 4 = 全程网办). */
  onlineDepth: onlineDepthSchema,
  /** 办理形式, at least one. */
  channels: z.array(channelSchema).check(z.minLength(1)),
  /** 是否支持网上支付. */
  onlinePayment: z.optional(z.boolean()),
  /** 是否支持物流快递 (results or materials by post). */
  delivery: z.optional(z.boolean()),
  /** 办理结果. */
  results: z.array(resultSchema),
  /** 常见问题. */
  faqs: z._default(z.array(faqSchema), () => []),
  /** 服务对象, at least one. */
  audience: z.array(audienceSchema).check(z.minLength(1)),
  /** 主题分类: life events and themes, e.g. 开办企业. */
  topics: z._default(z.array(textSchema), () => []),
  /** The window class it is served at. */
  windowClass: windowClassSchema,
  /** Version of this item's data; a case points at the exact version. */
  version: textSchema,
  /** First day this version applies. */
  validFrom: civilDateSchema,
  /** Last day this version applies, if known. */
  validTo: z.optional(civilDateSchema),
  /** 事项状态. */
  state: itemStateSchema,
  /** Scenario questions (情形) tailoring materials and conditions. */
  scenarios: z._default(z.array(scenarioSchema), () => []),
  /** 中介服务. */
  intermediaryServices: z.optional(z.array(intermediaryServiceSchema)),
  /** 通办范围. */
  crossRegion: z.optional(crossRegionSchema),
  /** 预约办理. */
  appointment: z.optional(appointmentSchema),
  /** 行政复议 and 行政诉讼 routes. */
  remedies: z.optional(remediesSchema),
  /** The province's own values of fields (e.g. `{ caseKind: '3' }`), kept verbatim. */
  native: z.optional(nativeValuesSchema),
});

/**
 * zod schema of a service item (事项) as listed in an implementation list (实施清单): the same model
 * at every level. Besides field shapes it enforces integrity (the implementation code embeds the
 * basic code, `validTo` ≥ `validFrom`, unique material ids, scenarios referencing existing
 * materials and conditions). Audit rules (即办 ⇔ 0 days, visits, fees…) are checked by
 * `validateItem`, not here, so imperfect provincial data still loads.
 */
export const itemSchema = /* @__PURE__ */ itemShapeSchema.check(
  checkIssues<z.infer<typeof itemShapeSchema>>(function* (item) {
    for (const rule of INTEGRITY_RULES) yield* rule.check(item);
  }),
);
/** A service item (事项), parsed. */
export type Item = z.infer<typeof itemSchema>;
/** A service item as written before parsing (lists with defaults may be omitted). */
export type ItemInput = z.input<typeof itemSchema>;
