import { defineMessages } from '@sijitong/core';

/** Texts of `<sjt-form>` drafts: restored, migrated to a new form version, unreadable. */
export const draftMessages = /* @__PURE__ */ defineMessages(
  {
    DRAFT_RESTORED: '已恢复您上次未提交的填写内容。',
    DRAFT_MIGRATED: '表单已更新（版本 {from} → 版本 {to}），以下内容无法沿用，请重新填写：',
    DRAFT_PARTLY_RESTORED: '已恢复您上次未提交的填写内容，但以下内容无法读取，请重新填写：',
    DRAFT_CORRUPT: '您上次保存的草稿无法读取，已另行保留，没有删除。请重新填写，或联系工作人员找回。',
    DRAFT_NOTICE_TITLE: '草稿',
    DRAFT_DISMISS: '知道了',
  },
  {
    DRAFT_RESTORED: 'Your unsubmitted answers from last time have been restored.',
    DRAFT_MIGRATED: 'The form has changed (version {from} → version {to}); these answers could not be kept, please fill them in again:',
    DRAFT_PARTLY_RESTORED: 'Your unsubmitted answers from last time have been restored, except these, which could not be read; please fill them in again:',
    DRAFT_CORRUPT: 'Your saved draft could not be read. It has been kept aside, not deleted. Please fill in the form again, or contact the staff to recover it.',
    DRAFT_NOTICE_TITLE: 'Draft',
    DRAFT_DISMISS: 'OK',
  },
);
