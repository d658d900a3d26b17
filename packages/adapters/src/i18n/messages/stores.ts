import { defineMessages } from '@sijitong/core';

/** Messages of the key-value stores, locks, idempotency records and rate limits. */
export const storesMessages = /* @__PURE__ */ defineMessages(
  {
    STORE_VALUE_NOT_JSON: '键“{key}”的值不能保存：存储中的值必须可以序列化为 JSON（不能含函数、BigInt、循环引用或二进制数据）。请先转换再保存。',
    STORE_TTL_INVALID: '有效期 {ttlMs} 毫秒无效：请使用正整数毫秒数。',
    STORE_NOT_A_COUNTER: '键“{key}”已存有非数字的值，不能作为计数器递增：请为计数器使用单独的键。',
    STORE_LOCK_TIMEOUT: '另一个使用同一幂等键“{key}”的请求仍在处理中：请稍后重试，系统会返回该请求的结果。',
    STORE_LIMIT_INVALID: '限流参数无效：次数上限 {limit} 与时间窗口 {windowMs} 毫秒都必须是正整数。',
  },
  {
    STORE_VALUE_NOT_JSON:
      'The value of key "{key}" cannot be stored: store values must be JSON-serialisable (no functions, BigInt, cycles or binary data). Convert it first.',
    STORE_TTL_INVALID: 'Invalid time to live {ttlMs} ms: use a positive whole number of milliseconds.',
    STORE_NOT_A_COUNTER: 'Key "{key}" holds a value that is not a number and cannot be incremented: use a separate key for counters.',
    STORE_LOCK_TIMEOUT:
      'Another request with the same idempotency key "{key}" is still being processed: try again shortly and you will get its result.',
    STORE_LIMIT_INVALID: 'Invalid rate limit: the limit {limit} and the window {windowMs} ms must both be positive whole numbers.',
  },
);
