import type { Answers } from '../items/answers.js';
import type { SharedMaterial } from '../items/bundle.js';
import type {
  CaseKind,
  Channel,
  MaterialClass,
  MaterialForm,
  MaterialSource,
  MaterialType,
  Necessity,
  OnlineDepth,
  PaperSize,
} from '../items/enums.js';
import type { ExplainedTimeLimit } from '../items/fields.js';
import type { Appointment, Consultation, Fee, IntermediaryService, Item, Location } from '../items/item.js';
import type { ELicenceType, Material } from '../items/material.js';

/** One item of a notification request: a parsed item and the applicant's answers to its scenario questions. */
export interface NotificationEntry {
  /** The item (parsed, e.g. with `parseItem`). */
  readonly item: Item;
  /** Option id(s) by scenario question id; omitted when the item has no required question. */
  readonly answers?: Answers | undefined;
}

/** Options of `buildNotification`. */
export interface NotificationOptions {
  /**
   * A bundle's shared materials (一套材料), e.g. `resolveBundle(bundle, answers).sharedMaterials`:
   * the item materials each declares are merged into one line named after it, whatever their names.
   */
  readonly sharedMaterials?: readonly SharedMaterial[] | undefined;
}

/** A value and the codes of the items it comes from. */
export interface Provenanced<T> {
  /** The value (identical in every item listed). */
  readonly value: T;
  /** Implementation codes of the items, in request order. */
  readonly items: readonly string[];
}

/** An item as the notification tells it: who, what conditions, which channels. */
export interface NotificationItem {
  /** 实施编码: the item's code in every `items` list of the notification. */
  readonly code: string;
  /** 基本编码. */
  readonly basicCode: string;
  /** 事项名称. */
  readonly name: string;
  /** Short name, when the item has one. */
  readonly shortName?: string | undefined;
  /** The item version the notification was built from. */
  readonly version: string;
  /** 受理条件, tailored by the answers. */
  readonly acceptanceConditions: readonly string[];
  /** 办理形式. */
  readonly channels: readonly Channel[];
  /** 网上办理深度. */
  readonly onlineDepth: OnlineDepth;
  /** 中介服务 the item requires. */
  readonly intermediaryServices: readonly IntermediaryService[];
  /** 预约办理, when the item says. */
  readonly appointment?: Appointment | undefined;
}

/** One use of a notification material: which item needs it, as that item (tailored) describes it. */
export interface MaterialUse {
  /** The item's implementation code. */
  readonly item: string;
  /** The material as the item lists it after the answers are applied. */
  readonly material: Material;
}

/**
 * A material to bring or upload, listed once however many items need it, with the strictest
 * requirement of those items.
 */
export interface NotificationMaterial {
  /**
   * Stable identity: `shared:<id>` (a bundle's shared material), `licence:<code>` (e-licence type)
   * or `name:<normalised name>`, with `#2`, `#3`… when one item needs two materials of that identity.
   */
  readonly key: string;
  /** The name shown: the first item's own text, or the bundle's shared material name. */
  readonly name: string;
  /** One of the four classes (the first use's). */
  readonly class: MaterialClass;
  /** Strictest type: original over copy over either. */
  readonly type: MaterialType;
  /** The form every item accepts (paper when they accept no common form). */
  readonly form: MaterialForm;
  /** Strictest necessity: required over deferrable (容缺后补) over promise (告知承诺) over optional. */
  readonly necessity: Necessity;
  /** 来源渠道 (the first use's). */
  readonly source: MaterialSource;
  /** Originals: the largest count any item asks for. */
  readonly originalCount: number;
  /** Copies: the largest count any item asks for. */
  readonly copyCount: number;
  /** 纸质规格 (the first use that says). */
  readonly paperSize?: PaperSize | undefined;
  /** The e-licence type that can replace it (the first use that says). */
  readonly eLicenceType?: ELicenceType | undefined;
  /** 示例样表 (the first use that has one). */
  readonly sampleUrl?: string | undefined;
  /** 空白表格 (the first use that has one). */
  readonly blankFormUrl?: string | undefined;
  /** 填报须知 of the uses, distinct, in order. */
  readonly instructions: readonly string[];
  /** When an optional material is needed (非必要时的办理情形), distinct; empty unless it is optional. */
  readonly optionalWhen: readonly string[];
  /** Implementation codes of the items that need it, in request order. */
  readonly items: readonly string[];
  /** Each item's own version of the material. */
  readonly uses: readonly MaterialUse[];
}

/** The materials of one of the four classes. */
export interface NotificationGroup {
  /** 证件类, 批文类, 中介服务类 or 文书类. */
  readonly class: MaterialClass;
  /** Its materials: in request order, then each item's (tailored) material order. */
  readonly materials: readonly NotificationMaterial[];
}

/** An item's time limits (法定 and 承诺办结时限). */
export interface NotificationTimeLimit {
  /** The item's implementation code. */
  readonly item: string;
  /** 法定办结时限. */
  readonly legal: ExplainedTimeLimit;
  /** 承诺办结时限 (0 = 即办). */
  readonly promised: ExplainedTimeLimit;
  /** 办件类型. */
  readonly caseKind: CaseKind;
}

/** An item's fees. */
export interface NotificationFee {
  /** The item's implementation code. */
  readonly item: string;
  /** `{ charged: false }` or the fee items. */
  readonly fee: Fee;
}

/** How many times an item needs the applicant in person, and why. */
export interface NotificationVisits {
  /** The item's implementation code. */
  readonly item: string;
  /** 到办事现场次数 (0 = 零跑腿). */
  readonly count: number;
  /** 必须现场办理原因. */
  readonly reason?: string | undefined;
}

/**
 * A one-time notification (一次性告知): everything an applicant must bring or upload, and when,
 * where, how long and how much, for one item or several handled in one visit.
 */
export interface Notification {
  /** The items, in request order. */
  readonly items: readonly NotificationItem[];
  /** Materials by class, in class order 证件类, 批文类, 中介服务类, 文书类; empty classes left out. */
  readonly groups: readonly NotificationGroup[];
  /** Materials that may be supplied after acceptance (容缺后补) or replaced by a promise (告知承诺), in list order. */
  readonly deferrable: readonly NotificationMaterial[];
  /** Materials an e-licence can replace (免提交), in list order. */
  readonly eLicenceReplaceable: readonly NotificationMaterial[];
  /** Each item's time limits. */
  readonly timeLimits: readonly NotificationTimeLimit[];
  /** Each item's fees. */
  readonly fees: readonly NotificationFee[];
  /** Places and hours, each listed once with the items handled there. */
  readonly locations: readonly Provenanced<Location>[];
  /** Each item's visits in person. */
  readonly visits: readonly NotificationVisits[];
  /** Consultation channels, each listed once with its items (items without any left out). */
  readonly consultation: readonly Provenanced<Consultation>[];
}
