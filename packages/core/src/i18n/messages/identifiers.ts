import { defineMessages } from '../define.js';

/** Messages of the identifiers: resident ID numbers, unified social credit codes, mobile numbers. */
export const identifiersMessages = /* @__PURE__ */ defineMessages(
  {
    RESIDENT_ID_LENGTH: '身份证号码应为 18 位，实际为 {length} 位：请核对是否多输或漏输。',
    RESIDENT_ID_CHARACTERS:
      '身份证号码第 {position} 位字符无效：前 17 位须为数字，最后一位为数字或大写字母 X，请去掉空格等其他字符后重新输入。',
    RESIDENT_ID_DIVISION: '身份证号码前 6 位地址码 {division} 无效：前两位须为省级行政区划代码（如 37 表示山东省），请核对号码。',
    RESIDENT_ID_BIRTH_DATE: '身份证号码中的出生日期 {date} 无效：第 7–14 位须为 1900 年以后的真实日期，请核对号码。',
    RESIDENT_ID_CHECKSUM: '身份证号码校验位应为 {expected}，实际为 {actual}：请核对号码是否输入有误。',
    CREDIT_CODE_LENGTH: '统一社会信用代码应为 18 位，实际为 {length} 位：请核对是否多输或漏输。',
    CREDIT_CODE_CHARACTERS:
      '统一社会信用代码含有不允许的字符 {characters}：只能使用数字和大写字母（不含 I、O、Z、S、V），请核对后重新输入。',
    CREDIT_CODE_CHECKSUM: '统一社会信用代码校验位应为 {expected}，实际为 {actual}：请核对代码是否输入有误。',
    MOBILE_NUMBER_INVALID: '手机号码无效：请输入以 13–19 开头的 11 位中国大陆手机号码，不含空格、横线和国家区号。',
  },
  {
    RESIDENT_ID_LENGTH: 'A resident ID number has 18 characters, but this one has {length}: check for missing or extra characters.',
    RESIDENT_ID_CHARACTERS:
      'Character {position} of the resident ID number is not allowed: the first 17 must be digits and the last a digit or a capital X; remove spaces and other characters.',
    RESIDENT_ID_DIVISION:
      'The address code {division} of the resident ID number is not valid: its first two digits must be a province code (e.g. 37 for Shandong); check the number.',
    RESIDENT_ID_BIRTH_DATE:
      'The birth date {date} in the resident ID number is not valid: characters 7–14 must be a real date from 1900 on; check the number.',
    RESIDENT_ID_CHECKSUM:
      'The check character of the resident ID number should be {expected} but is {actual}: check the number for typing mistakes.',
    CREDIT_CODE_LENGTH:
      'A unified social credit code has 18 characters, but this one has {length}: check for missing or extra characters.',
    CREDIT_CODE_CHARACTERS:
      'The unified social credit code contains characters that are not allowed ({characters}): use only digits and capital letters other than I, O, Z, S and V.',
    CREDIT_CODE_CHECKSUM:
      'The check character of the unified social credit code should be {expected} but is {actual}: check the code for typing mistakes.',
    MOBILE_NUMBER_INVALID:
      'The mobile number is not valid: enter an 11-digit mainland China mobile number starting with 13–19, without spaces, dashes or country code.',
  },
);
