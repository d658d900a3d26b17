import { defineMessages } from '@sijitong/core';

/**
 * Messages every adapter shares: responses and inputs that break the contract, and the refusals
 * of the capabilities (not found, wrong factor, bad signature…). Codes are stable; `{detail}` is
 * zh-CN and `{detailEn}` its English twin.
 */
export const contractMessages = /* @__PURE__ */ defineMessages(
  {
    RESPONSE_INVALID:
      '省级系统对“{what}”的响应不符合约定：字段 {field}：{detail}（共 {count} 处问题）。请核对省级系统的接口文档与适配器的字段映射。',
    INPUT_INVALID: '调用“{what}”的参数有误：字段 {field}：{detail}（共 {count} 处问题）。请更正后重试。',
    ADAPTER_CASE_NOT_FOUND: '没有找到与该申办流水号和验证信息相符的办件：请核对申办流水号，以及申请人姓名或查询密码后重试。',
    ADAPTER_CAPTCHA_INVALID: '验证码错误或已过期：请刷新验证码后重新输入。',
    ADAPTER_ITEM_NOT_FOUND: '事项 {implementationCode} 不存在或已停止办理：请重新选择事项。',
    ADAPTER_ITEM_VERSION_STALE: '申请表依据的事项版本 {given} 已更新为 {current}：请刷新办事指南，按最新版本重新填写。',
    ADAPTER_SESSION_INVALID: '登录已失效：请重新登录后再试。',
    ADAPTER_LOGIN_CODE_INVALID: '登录凭据无效、已使用或与回调地址不符：请重新发起登录。',
    ADAPTER_LICENCE_NOT_FOUND: '没有找到该电子证照：请重新查询持证人的证照。',
    ADAPTER_ORDER_NOT_FOUND: '没有找到该支付订单：请核对订单号，或重新下单。',
    ADAPTER_CALLBACK_INVALID: '支付回调的签名无效或内容被篡改：已拒绝该回调，请勿据此更新订单，并核对签名密钥。',
    ADAPTER_IDEMPOTENCY_CONFLICT:
      '幂等键 {key} 已用于另一笔内容不同的请求：同一幂等键只能用于同一请求的重试，请为新的请求生成新的幂等键。',
    PAYMENT_PAID_AT_MISSING: '订单状态为“已支付”，却没有支付时间：省级系统应同时返回支付时间（paidAt）。',
    ADAPTER_DIVISION_NOT_FOUND: '没有找到行政区划 {code}：请重新选择上一级行政区划。',
  },
  {
    RESPONSE_INVALID:
      'The provincial system answered "{what}" with a response that breaks the contract: field {field}: {detailEn} ({count} problem(s) in all). Check the provincial API documentation and the adapter\'s field mapping.',
    INPUT_INVALID: 'Invalid arguments to "{what}": field {field}: {detailEn} ({count} problem(s) in all). Correct them and try again.',
    ADAPTER_CASE_NOT_FOUND:
      'No case matches this case number and verification: check the case number and the applicant name or query password, then try again.',
    ADAPTER_CAPTCHA_INVALID: 'The captcha is wrong or has expired: refresh it and type it again.',
    ADAPTER_ITEM_NOT_FOUND: 'Item {implementationCode} does not exist or is no longer served: choose the item again.',
    ADAPTER_ITEM_VERSION_STALE:
      'The form was filled against item version {given}, which has been replaced by {current}: reload the guide and fill in the form for the current version.',
    ADAPTER_SESSION_INVALID: 'The sign-in has expired: sign in again and retry.',
    ADAPTER_LOGIN_CODE_INVALID: 'The sign-in code is invalid, already used or issued for another redirect URI: start the sign-in again.',
    ADAPTER_LICENCE_NOT_FOUND: 'No such e-licence: search the holder\'s licences again.',
    ADAPTER_ORDER_NOT_FOUND: 'No such payment order: check the order id or create the order again.',
    ADAPTER_CALLBACK_INVALID:
      'The payment callback\'s signature is invalid or its content was tampered with: it was refused; do not update the order from it, and check the signing secret.',
    ADAPTER_IDEMPOTENCY_CONFLICT:
      'Idempotency key {key} was already used for a different request: reuse a key only to retry the same request, and generate a new key for a new one.',
    PAYMENT_PAID_AT_MISSING: 'The order is paid but has no payment time: the provincial system must return paidAt with a paid order.',
    ADAPTER_DIVISION_NOT_FOUND: 'There is no division {code}: choose the level above again.',
  },
);
