import { describe, expect, it } from 'vitest';
import { calendarMessages } from './messages/calendar.js';
import { casesMessages } from './messages/cases.js';
import { catalogueMessages } from './messages/catalogue.js';
import { commonMessages } from './messages/common.js';
import { divisionsMessages } from './messages/divisions.js';
import { elementsMessages } from './messages/elements.js';
import { fixturesMessages } from './messages/fixtures.js';
import { identifiersMessages } from './messages/identifiers.js';
import { itemsMessages } from './messages/items.js';
import { notificationMessages } from './messages/notification.js';
import { formatMessage, translate, type Messages } from './index.js';

const catalogues: Record<string, Messages> = {
  calendarMessages,
  casesMessages,
  catalogueMessages,
  commonMessages,
  divisionsMessages,
  elementsMessages,
  fixturesMessages,
  identifiersMessages,
  itemsMessages,
  notificationMessages,
};

describe('message catalogues', () => {
  it('never use one key in two concepts (formatMessage would shadow one)', () => {
    const owner = new Map<string, string>();
    for (const [name, messages] of Object.entries(catalogues)) {
      for (const key of Object.keys(messages['zh-CN'])) {
        expect(owner.get(key), `${key} in ${name} and ${owner.get(key)}`).toBeUndefined();
        owner.set(key, name);
      }
    }
    expect(owner.size).toBeGreaterThan(250);
  });

  it('have the same keys and placeholders in zh-CN and en, and no empty message', () => {
    // An English message may take the English twin of a param: `{reasonEn}` for `{reason}`.
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

  it('formats through the concept catalogue and the package-wide one alike', () => {
    const params = { value: '2026-02-30' };
    expect(translate(commonMessages, 'DATE_INVALID', params, 'en')).toBe(formatMessage('DATE_INVALID', params, 'en'));
    expect(formatMessage('DATE_INVALID', params)).toContain('2026-02-30');
  });
});
