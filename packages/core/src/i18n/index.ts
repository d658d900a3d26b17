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
import { personIdTypesMessages } from './messages/person-id-types.js';
import { fillTemplate, type Locale, type MessageKey, type MessageParams, type Messages } from './define.js';

export {
  defineMessages,
  fillTemplate,
  LOCALES,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
  type Messages,
} from './define.js';

/**
 * Every message catalogue of `@sijitong/core`, one per concept (each `{ 'zh-CN', en }`). For
 * tools (a translation check, an export for translators); code that formats messages uses
 * {@link translate} with one catalogue, or {@link formatMessage}.
 */
export const CORE_MESSAGES = [
  commonMessages,
  identifiersMessages,
  divisionsMessages,
  calendarMessages,
  itemsMessages,
  elementsMessages,
  notificationMessages,
  casesMessages,
  personIdTypesMessages,
  catalogueMessages,
  fixturesMessages,
] as const;

/** A stable error or message code of `@sijitong/core`: a key of one of its catalogues. */
export type MessageCode = MessageKey<(typeof CORE_MESSAGES)[number]>;

let merged: Messages<MessageCode> | undefined;

/** All catalogues as one, built on first use. */
function allMessages(): Messages<MessageCode> {
  if (merged === undefined) {
    const zh: Record<string, string> = {};
    const en: Record<string, string> = {};
    for (const m of CORE_MESSAGES) {
      Object.assign(zh, m['zh-CN']);
      Object.assign(en, m.en);
    }
    merged = { 'zh-CN': zh, en } as Messages<MessageCode>;
  }
  return merged;
}

/**
 * Formats the message for any `code` of the package in `locale`, filling `{name}` placeholders
 * from `params`. It carries every catalogue of the package; code inside the package uses the
 * catalogue of its own concept ({@link translate}) so that bundles stay small.
 *
 * @example formatMessage('DATE_INVALID', { value: '2026-02-30' }, 'en')
 */
export function formatMessage(code: MessageCode, params: MessageParams = {}, locale: Locale = 'zh-CN'): string {
  return fillTemplate(allMessages()[locale][code], params);
}
