import { defineMessages } from '@sijitong/core';

/** Messages of the declarative adapter (an adapter built from a JSON configuration). */
export const declarativeMessages = /* @__PURE__ */ defineMessages(
  {
    DECLARATIVE_CODE_TABLE_UNKNOWN: '映射表引用了未定义的代码表“{table}”：请在 enums 中定义它，或改用内置的代码表（{known}）。',
    DECLARATIVE_ENDPOINT_REQUIRED: '配置了“{capability}”能力，却缺少接口“{endpoint}”：请补充该接口，或删除该能力的其他接口。',
    DECLARATIVE_FIELDS_REQUIRED: '接口“{endpoint}”需要字段映射 fields.{fields}：请补充该映射。',
    DECLARATIVE_PLACEHOLDER_UNKNOWN: '接口路径中的占位符“{placeholder}”不是该接口可用的输入（可用：{known}）。',
    DECLARATIVE_NOT_CONFIGURED: '适配器“{id}”的配置中没有“{operation}”接口，无法执行该操作：请在 endpoints 中配置它。',
  },
  {
    DECLARATIVE_CODE_TABLE_UNKNOWN: 'A mapping refers to code table "{table}", which is not defined: define it under enums, or use a built-in table ({known}).',
    DECLARATIVE_ENDPOINT_REQUIRED:
      'The "{capability}" capability is configured but endpoint "{endpoint}" is missing: add it, or remove the capability\'s other endpoints.',
    DECLARATIVE_FIELDS_REQUIRED: 'Endpoint "{endpoint}" needs the field mapping fields.{fields}: add it.',
    DECLARATIVE_PLACEHOLDER_UNKNOWN: 'Placeholder "{placeholder}" in the endpoint path is not an input of that endpoint (available: {known}).',
    DECLARATIVE_NOT_CONFIGURED: 'The configuration of adapter "{id}" has no "{operation}" endpoint, so the operation cannot run: configure it under endpoints.',
  },
);
