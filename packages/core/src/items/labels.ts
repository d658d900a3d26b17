import { translate, type Locale } from '../i18n/define.js';
import { itemsMessages } from '../i18n/messages/items.js';
import {
  AUDIENCES,
  CASE_KINDS,
  CHANNELS,
  CROSS_REGION_SCOPES,
  IMPLEMENTING_BODY_KINDS,
  ITEM_STATES,
  ITEM_TYPES,
  LEVELS,
  MATERIAL_CLASSES,
  MATERIAL_FORMS,
  MATERIAL_SOURCES,
  MATERIAL_TYPES,
  NECESSITIES,
  ONLINE_DEPTHS,
  PAPER_SIZES,
  POWER_SOURCES,
  RESULT_TYPES,
  TIME_LIMIT_UNITS,
  WINDOW_CLASSES,
  type Audience,
  type CaseKind,
  type Channel,
  type CrossRegionScope,
  type ImplementingBodyKind,
  type ItemState,
  type ItemType,
  type Level,
  type MaterialClass,
  type MaterialForm,
  type MaterialSource,
  type MaterialType,
  type Necessity,
  type OnlineDepth,
  type PaperSize,
  type PowerSource,
  type ResultType,
  type TimeLimitUnit,
  type WindowClass,
} from './enums.js';

/**
 * The labelled enumerations of the item model, by the name their labels are filed under in the
 * catalogues (`'<name>.<value>'`, e.g. `'itemType.licensing'`).
 */
export interface ItemEnumValues {
  /** 事项类型. */
  itemType: ItemType;
  /** 行使层级. */
  itemLevel: Level;
  /** 权力来源. */
  powerSource: PowerSource;
  /** 实施主体性质. */
  implementingBodyKind: ImplementingBodyKind;
  /** 办件类型. */
  itemCaseKind: CaseKind;
  /** 服务对象. */
  itemAudience: Audience;
  /** 办理形式. */
  itemChannel: Channel;
  /** 网上办理深度. */
  onlineDepth: OnlineDepth;
  /** 事项状态. */
  itemState: ItemState;
  /** 窗口类别. */
  windowClass: WindowClass;
  /** 时限单位. */
  timeLimitUnit: TimeLimitUnit;
  /** 通办范围. */
  crossRegionScope: CrossRegionScope;
  /** 结果类型. */
  itemResultType: ResultType;
  /** 材料类型. */
  materialType: MaterialType;
  /** 材料形式. */
  materialForm: MaterialForm;
  /** 必要性. */
  materialNecessity: Necessity;
  /** 来源渠道. */
  materialSource: MaterialSource;
  /** 材料类别. */
  materialClass: MaterialClass;
  /** 纸质规格. */
  paperSize: PaperSize;
}

/** Name of a labelled enumeration of the item model. */
export type ItemEnumName = keyof ItemEnumValues;

/** Every value of every labelled enumeration, in display order (e.g. for select options). */
export const ITEM_ENUM_VALUES: { readonly [K in ItemEnumName]: readonly ItemEnumValues[K][] } = {
  itemType: ITEM_TYPES,
  itemLevel: LEVELS,
  powerSource: POWER_SOURCES,
  implementingBodyKind: IMPLEMENTING_BODY_KINDS,
  itemCaseKind: CASE_KINDS,
  itemAudience: AUDIENCES,
  itemChannel: CHANNELS,
  onlineDepth: ONLINE_DEPTHS,
  itemState: ITEM_STATES,
  windowClass: WINDOW_CLASSES,
  timeLimitUnit: TIME_LIMIT_UNITS,
  crossRegionScope: CROSS_REGION_SCOPES,
  itemResultType: RESULT_TYPES,
  materialType: MATERIAL_TYPES,
  materialForm: MATERIAL_FORMS,
  materialNecessity: NECESSITIES,
  materialSource: MATERIAL_SOURCES,
  materialClass: MATERIAL_CLASSES,
  paperSize: PAPER_SIZES,
};

/** Catalogue key of every label; fails to compile if a label is missing from the catalogue. */
type ItemEnumLabelKey = { [K in ItemEnumName]: `${K}.${ItemEnumValues[K]}` }[ItemEnumName];

/**
 * The label of an enumeration value in `locale`.
 *
 * @example itemEnumLabel('itemType', 'licensing') // '行政许可'
 * @example itemEnumLabel('itemType', 'licensing', 'en') // 'Administrative licensing'
 */
export function itemEnumLabel<K extends ItemEnumName>(name: K, value: ItemEnumValues[K], locale: Locale = 'zh-CN'): string {
  const key = `${name}.${String(value)}` as ItemEnumLabelKey;
  return translate(itemsMessages, key, {}, locale);
}
