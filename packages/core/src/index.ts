/**
 * `@sijitong/core`: the models and rules every Sijitong package shares. No DOM, no network; runs
 * in browsers, Node and workers.
 *
 * @packageDocumentation
 * @module @sijitong/core
 */
export { SijitongError, isSijitongError, type IssuePath, type SijitongErrorOptions } from './errors.js';
export { LocalizedError, type LocalizedErrorOptions } from './localized-error.js';
export { findCatalogueProblems } from './i18n/check.js';
export {
  CORE_MESSAGES,
  defineMessages,
  fillTemplate,
  formatMessage,
  LOCALES,
  translate,
  type Locale,
  type MessageCode,
  type MessageKey,
  type MessageParams,
  type Messages,
} from './i18n/index.js';
export {
  checkWith,
  describeIssue,
  type DescribedIssue,
  localizeIssue,
  localizeZodError,
  type LocalizedIssue,
  type SijitongIssueParams,
} from './i18n/zod.js';
export { civilDateSchema, daysInMonth, isCivilDate, type CivilDate } from './dates/civil-date.js';
export * from './identifiers/index.js';
export * from './divisions/index.js';
export * from './calendar/index.js';
export * from './items/index.js';
export * from './elements/index.js';
export * from './notification/index.js';
export * from './cases/index.js';
export * from './catalogue/index.js';
