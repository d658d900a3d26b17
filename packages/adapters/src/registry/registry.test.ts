import * as z from 'zod/mini';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Adapter } from '../contract/adapter.js';
import type { CasesCapability } from '../contract/capabilities.js';
import { isAdapterError } from '../errors.js';
import { createAdapterRegistry, hasCapability } from './registry.js';
import { defineAdapterFactory } from './factory.js';

const plain = (id: string): Adapter => ({ id, name: { 'zh-CN': '测试', en: 'Test' } });

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('createAdapterRegistry', () => {
  it('registers, gets, lists and rejects duplicate ids', () => {
    const registry = createAdapterRegistry();
    const a = registry.register(plain('shandong'));
    registry.register(plain('zhejiang'));
    expect(registry.get('shandong')).toBe(a);
    expect(registry.has('zhejiang')).toBe(true);
    expect(registry.has('nope')).toBe(false);
    expect(registry.get('nope')).toBeUndefined();
    expect(registry.list().map((x) => x.id)).toEqual(['shandong', 'zhejiang']);
    const error = caught(() => registry.register(plain('shandong')));
    expect(isAdapterError(error, 'ADAPTER_DUPLICATE')).toBe(true);
    expect(registry.list()).toHaveLength(2);
  });

  it('require throws typed errors for unknown ids and missing capabilities', () => {
    const registry = createAdapterRegistry();
    const cases = {} as CasesCapability;
    registry.register({ ...plain('static'), cases });
    expect(isAdapterError(caught(() => registry.require('x')), 'ADAPTER_NOT_FOUND')).toBe(true);
    const missing = caught(() => registry.require('static', 'payments'));
    expect(isAdapterError(missing, 'REGISTRY_CAPABILITY_MISSING')).toBe(true);
    expect(isAdapterError(missing) && missing.localized('en')).toContain('payments');
    const withCases = registry.require('static', 'cases');
    expectTypeOf(withCases.cases).toEqualTypeOf<CasesCapability>();
    expect(withCases.cases).toBe(cases);
  });

  it('refuses malformed adapters', () => {
    const registry = createAdapterRegistry();
    const error = caught(() => registry.register({ id: 'Bad Id', name: { 'zh-CN': 'x', en: 'x' } }));
    expect(isAdapterError(error, 'ADAPTER_INVALID')).toBe(true);
    expect(isAdapterError(error) && error.path).toEqual(['id']);
  });
});

describe('hasCapability', () => {
  it('narrows the adapter type', () => {
    const adapter: Adapter = { ...plain('a'), cases: {} as CasesCapability };
    expect(hasCapability(adapter, 'cases')).toBe(true);
    expect(hasCapability(adapter, 'identity')).toBe(false);
    if (hasCapability(adapter, 'cases')) expectTypeOf(adapter.cases).toEqualTypeOf<CasesCapability>();
  });
});

describe('defineAdapterFactory', () => {
  const factory = defineAdapterFactory({
    id: 'demo',
    configSchema: z.object({ baseUrl: z.url(), appSecret: z.string().check(z.minLength(16)), timeoutMs: z.optional(z.int()) }),
    create: (config) => ({ ...plain('demo'), config }),
  });

  it('creates the adapter from a valid configuration', () => {
    const adapter = factory.create({ baseUrl: 'https://gw.example.cn', appSecret: '0123456789abcdef' });
    expect(adapter.config.baseUrl).toBe('https://gw.example.cn');
  });

  it('names the bad field and never shows a secret', () => {
    const secret = 'short-secret';
    const error = caught(() => factory.create({ baseUrl: 'https://gw.example.cn', appSecret: secret, timeoutMs: 'x' }));
    expect(isAdapterError(error, 'ADAPTER_CONFIG_INVALID')).toBe(true);
    if (!isAdapterError(error)) return;
    expect(error.path).toEqual(['appSecret']);
    expect(error.params.count).toBe(2);
    expect(error.message).not.toContain(secret);
    expect(error.localized('en')).not.toContain(secret);
    expect(JSON.stringify(error.cause)).not.toContain(secret);
  });
});
