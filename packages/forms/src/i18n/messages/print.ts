import { defineMessages } from '@sijitong/core';

/** Texts of the printable application form (申请表) of `<sjt-form>`. */
export const printMessages = /* @__PURE__ */ defineMessages(
  {
    PRINT_KIND: '申请表',
    PRINT_VERSION: '表单编号：{id}　版本：{version}',
    PRINT_FIELD: '项目',
    PRINT_VALUE: '填写内容',
    PRINT_MATERIALS: '申请材料',
    PRINT_MATERIAL_MISSING: '未上传',
    PRINT_DECLARATION: '申请人声明',
    PRINT_DECLARATION_TEXT: '本人承诺以上所填信息及所提交材料真实、准确、完整，如有虚假，愿承担相应的法律责任。',
    PRINT_SIGNATURE: '申请人（签字）：',
    PRINT_DATE: '日期：　　　　年　　月　　日',
  },
  {
    PRINT_KIND: 'Application form',
    PRINT_VERSION: 'Form {id}, version {version}',
    PRINT_FIELD: 'Item',
    PRINT_VALUE: 'Answer',
    PRINT_MATERIALS: 'Supporting documents',
    PRINT_MATERIAL_MISSING: 'Not uploaded',
    PRINT_DECLARATION: 'Applicant declaration',
    PRINT_DECLARATION_TEXT: 'I declare that the information given above and the documents submitted are true, accurate and complete, and I accept legal responsibility for any false statement.',
    PRINT_SIGNATURE: 'Applicant signature:',
    PRINT_DATE: 'Date:',
  },
);
