/**
 * The `<script>`-tag build of `<sjt-form>`, for pages that cannot use modules or a bundler (an
 * old CMS template). The build (`dist/sjt-form.global.js`, one self-contained IIFE: Lit, zod and
 * core included, the lazily loaded parts inlined) registers `<sjt-form>` when it runs and puts
 * these exports on the global `SijitongForms`:
 *
 * ```html
 * <sjt-form draft-key="open-restaurant"></sjt-form>
 * <script src="https://unpkg.com/@sijitong/forms/dist/sjt-form.global.js"></script>
 * <script>
 *   fetch('/forms/open-restaurant.json').then(function (r) { return r.json(); }).then(function (json) {
 *     var result = SijitongForms.loadFormSchema(json);
 *     var el = document.querySelector('sjt-form');
 *     if (result.ok) el.schema = result.schema;
 *     el.divisions = { children: function (parent) { return fetch('/divisions?parent=' + (parent || '')).then(function (r) { return r.json(); }); } };
 *     el.addEventListener('sjt-submit', function (e) { send(e.detail.value); });
 *   });
 * </script>
 * ```
 *
 * Merge forms and split submissions on the server (`mergeForms`, `splitSubmission` of the module
 * build); this file carries what a page needs around the element. Not an entry of the module build: with a bundler, import `@sijitong/forms` and
 * `@sijitong/forms/form/define` instead (smaller, and drafts, the print view and the division
 * cascade load only when used).
 *
 * @module @sijitong/forms/sjt-form.global.js
 */
import './define.js';

export { SjtForm } from './sjt-form.js';
// What a page needs around the element. Merging forms and splitting submissions (`mergeForms`,
// `formForBundle`, `splitSubmission`) belong on the server, next to the province's forms: they
// would double this file (core's items and notification come with them).
export { createDraftStore, loadFormSchema, prefillFromLicence, prefillFromProfile, runAsyncValidators, validateValues } from '../index.js';
// A form whose fields refer to a province's own data elements loads with that dictionary.
export { createDivisionTable, createElementDictionary } from '@sijitong/core';
