import { defineMessages } from '@sijitong/core';

/** Texts of prefilled fields in `<sjt-form>`. */
export const prefillMessages = /* @__PURE__ */ defineMessages(
  {
    SOURCE_IDENTITY: '统一身份认证',
    SOURCE_ELICENCE: '电子证照库',
    PREFILL_NOTE: '已从{source}预填',
    PREFILL_LOCKED: '已从{source}预填，以认证信息为准，不能修改。',
    PREFILL_REJECTED: '以下信息未能从{source}预填（格式不符），请自行填写：',
  },
  {
    SOURCE_IDENTITY: 'unified identity authentication',
    SOURCE_ELICENCE: 'the e-licence library',
    PREFILL_NOTE: 'Filled in from {source}',
    PREFILL_LOCKED: 'Filled in from {source}; the verified record applies and it cannot be changed.',
    PREFILL_REJECTED: 'These could not be filled in from {source} (wrong format); please fill them in yourself:',
  },
);
