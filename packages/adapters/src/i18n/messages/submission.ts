import { defineMessages } from '@sijitong/core';

/** Messages of idempotent multi-step submission. */
export const submissionMessages = /* @__PURE__ */ defineMessages(
  {
    SUBMISSION_STEP_DUPLICATE: '提交步骤名称“{name}”重复：每个步骤的结果按名称保存，请为每个步骤使用不同的名称。',
    SUBMISSION_NO_STEPS: '提交没有任何步骤：请至少提供一个步骤（例如创建办件）。',
  },
  {
    SUBMISSION_STEP_DUPLICATE: 'Submission step name "{name}" is used twice: each step\'s result is kept by name, so give each step its own name.',
    SUBMISSION_NO_STEPS: 'The submission has no steps: give at least one (e.g. create the case).',
  },
);
