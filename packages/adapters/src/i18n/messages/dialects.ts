import { defineMessages } from '@sijitong/core';

/**
 * Messages of the provincial dialect adapters (national, guangdong) and of the field-mapping
 * tables they and the declarative adapter share. `detail.*` entries are the `{detail}` of a
 * `RESPONSE_INVALID` raised by a mapping table (an unknown code, a value of the wrong kind).
 */
export const dialectsMessages = /* @__PURE__ */ defineMessages(
  {
    NATIVE_STATUS_UNKNOWN:
      '省级系统“{what}”返回的办件状态代码“{code}”不在状态对照表“{province}”中（字段 {field}）：请在对照表中补充该代码，适配器不会猜测其含义。',
    CAPTCHA_REQUIRED: '该省的办件进度查询需要验证码：请先调用 captcha.issue() 获取验证码图片，再连同申请人输入的答案一起查询。',
    LOOKUP_FACTOR_UNSUPPORTED: '该省的办件进度查询不支持以“{factor}”作为第二验证要素：请改用 {supported}。',
    CALLBACK_NOT_JSON: '支付回调的内容不是 JSON：已拒绝该回调。',
    'detail.codeUnknown': '代码“{code}”不在代码表“{table}”中，请在映射表中补充',
    'detail.notText': '应为文本或数字，实际为 {kind}',
    'detail.notNumber': '应为数字，实际为“{value}”',
    'detail.notList': '应为列表，实际为 {kind}',
    'detail.notObject': '应为对象，实际为 {kind}',
    'detail.notFile': '应为文件内容，实际为 JSON 报文',
    'adapter.national': '全国一体化政务服务平台（国家标准接口）',
    'adapter.guangdong': '广东政务服务网',
  },
  {
    NATIVE_STATUS_UNKNOWN:
      'The provincial system returned case status code "{code}" for "{what}", which is not in the status table "{province}" (field {field}): add the code to the table; the adapter never guesses what it means.',
    CAPTCHA_REQUIRED:
      'This province\'s progress lookup needs a captcha: call captcha.issue() for the image first, then look up with the answer the applicant typed.',
    LOOKUP_FACTOR_UNSUPPORTED: 'This province\'s progress lookup does not accept "{factor}" as the second factor: use {supported} instead.',
    CALLBACK_NOT_JSON: 'The payment callback\'s body is not JSON: the callback was refused.',
    'detail.codeUnknown': 'code "{code}" is not in code table "{table}"; add it to the mapping table',
    'detail.notText': 'expected text or a number, got {kind}',
    'detail.notNumber': 'expected a number, got "{value}"',
    'detail.notList': 'expected a list, got {kind}',
    'detail.notObject': 'expected an object, got {kind}',
    'detail.notFile': 'expected the file\'s bytes, got a JSON message',
    'adapter.national': 'National integrated platform (national standard interface)',
    'adapter.guangdong': 'Guangdong government services',
  },
);
