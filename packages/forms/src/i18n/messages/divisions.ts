import { defineMessages } from '@sijitong/core';

/**
 * Texts of `<sjt-form>`'s `division` field (省 → 市 → 县 → 乡镇 → 村 cascade): the level labels,
 * loading and error states, and the notice shown when the page gives no division source. Loaded
 * with the field's module, not with the element.
 */
export const divisionFieldMessages = /* @__PURE__ */ defineMessages(
  {
    LEVEL_PROVINCE: '省',
    LEVEL_CITY: '市',
    LEVEL_COUNTY: '县（区）',
    LEVEL_TOWNSHIP: '乡镇（街道）',
    LEVEL_VILLAGE: '村（社区）',
    DIVISION_PLACEHOLDER: '请选择',
    DIVISION_LOADING: '正在加载“{level}”列表…',
    DIVISION_LOAD_FAILED: '“{level}”列表加载失败：{detail}',
    DIVISION_LOAD_FAILED_UNKNOWN: '请检查网络后重试。',
    DIVISION_RETRY: '重试',
    DIVISION_FIXED: '所在地区：{path}',
    DIVISION_NO_SOURCE: '本页面未接入行政区划数据：请直接填写 6 位或 12 位行政区划代码，例如 371327（莒南县）。',
  },
  {
    LEVEL_PROVINCE: 'Province',
    LEVEL_CITY: 'City',
    LEVEL_COUNTY: 'County (district)',
    LEVEL_TOWNSHIP: 'Township (subdistrict)',
    LEVEL_VILLAGE: 'Village (community)',
    DIVISION_PLACEHOLDER: 'Please choose',
    DIVISION_LOADING: 'Loading the "{level}" list…',
    DIVISION_LOAD_FAILED: 'The "{level}" list could not be loaded: {detail}',
    DIVISION_LOAD_FAILED_UNKNOWN: 'check the connection and try again.',
    DIVISION_RETRY: 'Try again',
    DIVISION_FIXED: 'Area: {path}',
    DIVISION_NO_SOURCE: 'This page has no division data: type the 6- or 12-digit division code, e.g. 371327 (Junan County).',
  },
);
