import { defineMessages } from '@sijitong/core';

/** Messages of the compiled form model (`evaluateForm`, `validateValues`, `createFormModel`). */
export const modelMessages = /* @__PURE__ */ defineMessages(
  {
    FORM_SCHEMA_INVALID: '表单“{id}”有 {count} 处问题，第一处在 {path}：{detail} 请先用 loadFormSchema 加载表单并改正问题。',
  },
  {
    FORM_SCHEMA_INVALID: 'Form "{id}" has {count} problem(s); the first is at {path}: {detailEn} Load the form with loadFormSchema and fix them first.',
  },
);
