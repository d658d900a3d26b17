import { defineMessages } from '@sijitong/core';

/** Messages of value validation (`validateValues`); `{label}` is the field label, `{labelEn}` its English twin. */
export const validationMessages = /* @__PURE__ */ defineMessages(
  {
    FIELD_REQUIRED: '请填写“{label}”。',
    FIELD_RULE_FAILED: '{message}',
    DECLARATION_NOT_CONFIRMED: '请阅读“{label}”并勾选确认后再提交。',
    DECLARATION_INVALID: '“{label}”的值应为是否确认（true 或 false）：请勾选或取消勾选。',
    FILE_LIST_INVALID: '“{label}”的上传文件信息不完整：请重新上传文件。',
    FILE_TOO_FEW: '“{label}”至少需要上传 {min} 个文件：请补充上传。',
    FILE_TOO_MANY: '“{label}”最多上传 {max} 个文件：请删去多余的文件。',
    FILE_TOO_LARGE: '文件“{name}”超过了 {maxSize} 的大小上限：请压缩或拆分后再上传。',
    FILE_TYPE_NOT_ACCEPTED: '文件“{name}”的格式不符合要求：请上传 {accept} 格式的文件。',
    TABLE_INVALID: '“{label}”的内容应为若干行：请重新填写该表格。',
    TABLE_ROW_INVALID: '“{label}”第 {row} 行的内容无法识别：请删除该行后重新填写。',
    TABLE_TOO_FEW_ROWS: '“{label}”至少需要填写 {min} 行：请补充。',
    TABLE_TOO_MANY_ROWS: '“{label}”最多填写 {max} 行：请删去多余的行。',
    FIELD_ASYNC_UNAVAILABLE: '暂时无法核验“{label}”：请检查网络后重试。',
  },
  {
    FIELD_REQUIRED: 'Fill in "{labelEn}".',
    FIELD_RULE_FAILED: '{messageEn}',
    DECLARATION_NOT_CONFIRMED: 'Read "{labelEn}" and tick to confirm it before submitting.',
    DECLARATION_INVALID: 'The value of "{labelEn}" must say whether you confirm (true or false): tick or untick it.',
    FILE_LIST_INVALID: 'The upload details of "{labelEn}" are incomplete: upload the files again.',
    FILE_TOO_FEW: '"{labelEn}" needs at least {min} file(s): upload the rest.',
    FILE_TOO_MANY: '"{labelEn}" takes at most {max} file(s): remove the extra ones.',
    FILE_TOO_LARGE: 'File "{name}" is larger than the limit of {maxSize}: compress or split it and upload again.',
    FILE_TYPE_NOT_ACCEPTED: 'File "{name}" is not in an accepted format: upload a {accept} file.',
    TABLE_INVALID: '"{labelEn}" must be a list of rows: fill in the table again.',
    TABLE_ROW_INVALID: 'Row {row} of "{labelEn}" cannot be read: delete the row and fill it in again.',
    TABLE_TOO_FEW_ROWS: '"{labelEn}" needs at least {min} row(s): add the rest.',
    TABLE_TOO_MANY_ROWS: '"{labelEn}" takes at most {max} row(s): remove the extra ones.',
    FIELD_ASYNC_UNAVAILABLE: '"{labelEn}" could not be checked just now: check your connection and try again.',
  },
);
