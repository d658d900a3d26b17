import { defineMessages } from '../define.js';

/** Messages of administrative division codes and tables. */
export const divisionsMessages = /* @__PURE__ */ defineMessages(
  {
    DIVISION_CODE_FORMAT:
      '行政区划代码“{code}”格式不正确：须为 6 位（省、市、县）、9 位或 12 位（乡镇、村）数字，前两位为有效的省级代码，且上一级为 0 时下一级也须为 0。',
    DIVISION_CODE_UNKNOWN: '行政区划代码 {code} 不在当前区划表中：请核对代码，或更新区划数据。',
    DIVISION_TABLE_INVALID:
      '区划表数据在 {path} 处无效：每行须包含 code（6、9 或 12 位数字的有效区划代码）和非空的 name，请修正后重新加载。',
    DIVISION_TABLE_DUPLICATE: '区划表中代码 {code} 重复出现（{path} 与 {first}）：同一区划只能出现一次，请删除重复的行。',
  },
  {
    DIVISION_CODE_FORMAT:
      'Division code "{code}" is malformed: use 6 digits (province, city, county) or 9 or 12 digits (township, village), starting with a valid province code, with no non-zero part below a zero part.',
    DIVISION_CODE_UNKNOWN: 'Division code {code} is not in the current division table: check the code or update the division data.',
    DIVISION_TABLE_INVALID:
      'Division table data is invalid at {path}: every row needs a code (a valid 6-, 9- or 12-digit division code) and a non-empty name; fix it and load the table again.',
    DIVISION_TABLE_DUPLICATE:
      'Division code {code} appears twice in the division table ({path} and {first}): each division may appear once; remove the duplicate row.',
  },
);
