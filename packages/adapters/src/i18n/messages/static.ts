import { defineMessages } from '@sijitong/core';

/** Messages of the static adapter (in-memory data, the demo's and tests' default). */
export const staticMessages = /* @__PURE__ */ defineMessages(
  {
    STATIC_DATA_INVALID: '静态适配器的数据有误：{field}：{detail}（共 {count} 处问题）。请更正数据，或设置 skipInvalid 跳过无效条目。',
    STATIC_JSON_INVALID: '静态适配器的数据不是有效的 JSON：请检查文件内容（例如多余的逗号或缺少的引号）。',
    STATIC_JSON_SHAPE: '静态数据的结构不对：{field} 处应为{expected}。整体应为对象，items、bundles、cases、users、eLicences 各为数组（均可省略）。',
    STATIC_USER_UNKNOWN: '静态适配器中没有用户“{user}”：请使用已配置的测试用户。',
    STATIC_PAY_URL_UNKNOWN: '该支付链接不属于静态适配器，或订单不存在：请使用 createOrder 返回的 payUrl。',
    STATIC_MATERIAL_UNKNOWN: '事项中没有材料“{materialId}”：请按办事指南上传对应材料。',
    'static.name': '静态数据（演示）',
  },
  {
    STATIC_DATA_INVALID:
      'The static adapter\'s data is invalid: {field}: {detailEn} ({count} problem(s) in all). Correct the data, or set skipInvalid to skip invalid entries.',
    STATIC_JSON_INVALID: 'The static adapter\'s data is not valid JSON: check the file (e.g. a trailing comma or a missing quote).',
    STATIC_JSON_SHAPE:
      'The static data has the wrong shape: {field} should be {expectedEn}. The whole should be an object whose items, bundles, cases, users and eLicences are arrays (each optional).',
    STATIC_USER_UNKNOWN: 'The static adapter has no user "{user}": use one of the configured test users.',
    STATIC_PAY_URL_UNKNOWN: 'This pay URL does not belong to the static adapter or its order does not exist: use the payUrl createOrder returned.',
    STATIC_MATERIAL_UNKNOWN: 'The item has no material "{materialId}": upload the materials the guide lists.',
    'static.name': 'Static data (demo)',
  },
);
