import { defineMessages } from '../define.js';

/** Messages and labels of the catalogue and its search. */
export const catalogueMessages = /* @__PURE__ */ defineMessages(
  {
    CATALOG_INPUT_INVALID: '事项目录的输入“{field}”无效：items 和 bundles 须为数组，检索词须为字符串。',
    CATALOG_ITEM_DUPLICATE:
      '实施编码“{code}”重复（第 {position} 项与第 {first} 项）：目录中每个实施编码只能出现一次，已保留第 {first} 项，请删除重复项或只保留在用的版本。',
    CATALOG_BUNDLE_DUPLICATE: '一件事标识“{code}”重复（第 {position} 项与第 {first} 项）：已保留第 {first} 项，请删除重复项或修改标识。',
    CATALOG_FILTER_INVALID:
      '筛选条件 {field} 的取值 {value} 无效：请使用规定的取值，例如事项类型 licensing、层级 county、6 位或 12 位区划代码 371327。',
    CATALOG_SEARCH_OPTIONS_INVALID: '检索分页参数无效（limit 为 {limit}，offset 为 {offset}）：limit 须为 0 至 {max} 的整数，offset 须为 0 或正整数。',
    'catalogField.name': '事项名称',
    'catalogField.shortName': '简称',
    'catalogField.topics': '主题',
    'catalogField.description': '说明',
    'catalogField.department': '实施主体',
    'catalogField.results': '办理结果',
    'catalogField.materials': '申请材料',
    'catalogField.code': '编码',
  },
  {
    CATALOG_INPUT_INVALID: 'Catalogue input "{field}" is not valid: items and bundles must be arrays and a search query must be a string.',
    CATALOG_ITEM_DUPLICATE:
      'Implementation code "{code}" appears twice (entries {position} and {first}): a catalogue holds each implementation code once. Entry {first} was kept; remove the duplicate or keep only the version in use.',
    CATALOG_BUNDLE_DUPLICATE: 'Bundle id "{code}" appears twice (entries {position} and {first}): entry {first} was kept; remove the duplicate or change its id.',
    CATALOG_FILTER_INVALID:
      'Filter {field} has an invalid value {value}: use one of the documented values, e.g. item type licensing, level county, a 6- or 12-digit division code such as 371327.',
    CATALOG_SEARCH_OPTIONS_INVALID:
      'Invalid paging (limit {limit}, offset {offset}): limit must be a whole number from 0 to {max}, offset 0 or a positive whole number.',
    'catalogField.name': 'Name',
    'catalogField.shortName': 'Short name',
    'catalogField.topics': 'Topic',
    'catalogField.description': 'Description',
    'catalogField.department': 'Implementing body',
    'catalogField.results': 'Result',
    'catalogField.materials': 'Material',
    'catalogField.code': 'Code',
  },
);
