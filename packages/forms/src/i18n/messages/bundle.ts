import { defineMessages } from '@sijitong/core';

/** Messages of `formForBundle`: a "one thing" bundle (一件事) as one form. */
export const bundleMessages = /* @__PURE__ */ defineMessages(
  {
    BUNDLE_UNANSWERED: '还有 {count} 个必答问题没有回答（{questions}）：回答后才能确定要办理哪些事项、生成申请表。',
    BUNDLE_FORM_MISSING: '没有事项 {codes} 的申请表：请在 formsByItemCode 中按实施编码（或一件事引用的基本编码）提供这些事项的表单。',
    BUNDLE_ANSWERS_INVALID: '一件事问题的回答有误：{detail}',
    BUNDLE_NO_ITEM: '按目前的回答，这件事不需要办理任何事项：请核对回答。',
  },
  {
    BUNDLE_UNANSWERED: '{count} required question(s) are not answered yet ({questions}): answer them to know which items apply and build the form.',
    BUNDLE_FORM_MISSING: 'There is no application form for item(s) {codes}: provide their forms in formsByItemCode, keyed by implementation code (or the basic code the bundle uses).',
    BUNDLE_ANSWERS_INVALID: 'An answer to the bundle\'s questions is not valid: {detailEn}',
    BUNDLE_NO_ITEM: 'With these answers no item of the bundle applies: check the answers.',
  },
);
