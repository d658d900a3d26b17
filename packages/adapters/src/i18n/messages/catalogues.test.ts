import { describe, expect, it } from 'vitest';
import type { Messages } from '@sijitong/core';
import { contractMessages } from './contract.js';
import { registryMessages } from './registry.js';
import { staticMessages } from './static.js';
import { storesMessages } from './stores.js';
import { submissionMessages } from './submission.js';

const catalogues: Record<string, Messages> = { contractMessages, registryMessages, staticMessages, storesMessages, submissionMessages };

describe('adapters message catalogues (contract, registry, static, stores, submission)', () => {
  it('never use one key in two catalogues', () => {
    const owner = new Map<string, string>();
    for (const [name, messages] of Object.entries(catalogues)) {
      for (const key of Object.keys(messages['zh-CN'])) {
        expect(owner.get(key), `${key} in ${name} and ${owner.get(key)}`).toBeUndefined();
        owner.set(key, name);
      }
    }
  });

  it('have the same keys and placeholders in zh-CN and en, and no empty message', () => {
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+?)(?:En)?\}/g)].map((m) => m[1]))].sort();
    for (const [name, messages] of Object.entries(catalogues)) {
      expect(Object.keys(messages.en).sort(), name).toEqual(Object.keys(messages['zh-CN']).sort());
      for (const [key, zh] of Object.entries(messages['zh-CN'])) {
        const en = messages.en[key] ?? '';
        expect(zh.trim(), `${name}.${key}`).not.toBe('');
        expect(en.trim(), `${name}.${key}`).not.toBe('');
        expect(placeholders(en), `${name}.${key}`).toEqual(placeholders(zh));
      }
    }
  });
});
