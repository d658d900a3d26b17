/**
 * `@sijitong/forms/form`: the `<sjt-form>` Lit element that renders a loaded form schema. Importing
 * this entry registers nothing; import `@sijitong/forms/form/define` (or call
 * `customElements.define('sjt-form', SjtForm)`) to register it.
 *
 * @module @sijitong/forms/form
 */
export { SjtForm, type SjtFormEventDetail } from './sjt-form.js';
export { sjtFormStyles } from './sjt-form.styles.js';
export type { SjtDraftRestoredDetail } from './drafting.js';
export type { FileUploader } from './uploads.js';
export type { DivisionLoadOptions, DivisionOption, DivisionSource } from '../divisions/source.js';
