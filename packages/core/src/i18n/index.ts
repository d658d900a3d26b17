import { en } from './en.js';
import { zhCN, type MessageCode } from './zh-CN.js';

export type { MessageCode };

/** A locale the kit speaks: Chinese first, English second. */
export type Locale = 'zh-CN' | 'en';

/** Every supported locale, the default first. */
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** Values substituted into a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

const catalogues: Record<Locale, Record<MessageCode, string>> = { 'zh-CN': zhCN, en };

/**
 * Formats the message for `code` in `locale`, filling `{name}` placeholders from `params`.
 * A placeholder without a value is left as it is, so a missing param shows rather than vanishes.
 *
 * @example formatMessage('DATE_INVALID', { value: '2026-02-30' }, 'en')
 */
export function formatMessage(code: MessageCode, params: MessageParams = {}, locale: Locale = 'zh-CN'): string {
  const template = catalogues[locale][code];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
