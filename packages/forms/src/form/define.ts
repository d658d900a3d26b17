import { SjtForm } from './sjt-form.js';

/** Registers `<sjt-form>` unless a `sjt-form` element is already defined (importing this module is the side effect). */
if (!customElements.get('sjt-form')) customElements.define('sjt-form', SjtForm);

declare global {
  /** `document.createElement('sjt-form')` is typed. */
  interface HTMLElementTagNameMap {
    'sjt-form': SjtForm;
  }
}
