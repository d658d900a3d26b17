import { defineMessages } from '@sijitong/core';

/** Messages of the adapter registry and adapter factories. */
export const registryMessages = /* @__PURE__ */ defineMessages(
  {
    ADAPTER_DUPLICATE: '适配器“{id}”已经注册：每个适配器的 id 必须唯一，请改用其他 id，或先创建新的注册表。',
    ADAPTER_NOT_FOUND: '没有注册 id 为“{id}”的适配器：已注册的有 {known}。请先注册该适配器，或检查 id 拼写。',
    REGISTRY_CAPABILITY_MISSING: '适配器“{id}”不提供“{capability}”能力：请换用提供该能力的适配器，或在界面中隐藏相关功能。',
    ADAPTER_INVALID: '适配器对象无效：字段 {field}：{detail}。请检查适配器的 id、名称与各项能力。',
    ADAPTER_CONFIG_INVALID: '适配器“{what}”的配置有误：字段 {field}：{detail}（共 {count} 处问题）。请按该适配器的配置说明更正。',
  },
  {
    ADAPTER_DUPLICATE: 'An adapter with id "{id}" is already registered: ids must be unique; use another id or a new registry.',
    ADAPTER_NOT_FOUND: 'No adapter with id "{id}" is registered (registered: {known}): register it first or check the id.',
    REGISTRY_CAPABILITY_MISSING:
      'Adapter "{id}" does not offer the "{capability}" capability: use an adapter that does, or hide the feature.',
    ADAPTER_INVALID: 'Invalid adapter object: field {field}: {detailEn}. Check the adapter\'s id, name and capabilities.',
    ADAPTER_CONFIG_INVALID:
      'Invalid configuration of adapter "{what}": field {field}: {detailEn} ({count} problem(s) in all). Correct it as the adapter\'s configuration guide says.',
  },
);
