/**
 * The shape of the kit's message catalogues. Each concept of the package keeps its messages in
 * `i18n/messages/<concept>.ts`, both locales side by side, so that a bundle carries the messages
 * of the concepts it uses and no others.
 */

/** A locale the kit speaks: Chinese first, English second. */
export type Locale = 'zh-CN' | 'en';

/** Every supported locale, the default first. */
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** Values substituted into a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The messages of one concept: a template per key, in every locale. */
export interface Messages<K extends string = string> {
  /** Chinese templates: the source of truth. */
  readonly 'zh-CN': Readonly<Record<K, string>>;
  /** English templates, one for every Chinese one. */
  readonly en: Readonly<Record<K, string>>;
}

/** The keys of a {@link Messages} catalogue. */
export type MessageKey<M> = M extends Messages<infer K> ? K : never;

/**
 * Declares a concept's catalogue. The English object must have exactly the keys of the Chinese
 * one, so a missing or stray translation is a compile error.
 */
export function defineMessages<const Z extends Record<string, string>>(
  zhCN: Z,
  en: { readonly [K in keyof Z]: string },
): Messages<Extract<keyof Z, string>> {
  return { 'zh-CN': zhCN, en };
}

/**
 * Fills `{name}` placeholders of `template` from `params`. A placeholder without a value is left
 * as it is, so a missing param shows rather than vanishes.
 */
export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * The message `key` of one concept's catalogue in `locale`.
 *
 * @example translate(calendarMessages, 'HOLIDAY_SPRING_FESTIVAL', {}, 'en') // 'Spring Festival'
 */
export function translate<K extends string>(
  messages: Messages<K>,
  key: NoInfer<K>,
  params: MessageParams = {},
  locale: Locale = 'zh-CN',
): string {
  return fillTemplate(messages[locale][key], params);
}

/**
 * The catalogue among `catalogues` that holds `key`, for code that raises errors of more than one
 * concept through one helper. @internal
 */
export function messagesFor<K extends string>(key: K, ...catalogues: readonly Messages<string>[]): Messages<K> {
  const found = catalogues.find((m) => Object.hasOwn(m['zh-CN'], key)) ?? catalogues[0];
  return found as Messages<K>;
}
