import { css } from 'lit';

/**
 * Styles of `<sjt-form>`. Every colour and size is a custom property of the element that falls
 * back to the kit's `--sjt-*` design tokens, then to a value with WCAG AA contrast. Sizes are in
 * em so the form follows the page's text size; `elderly` (适老化) raises the base to at least
 * 18px, line height to 1.6 and every target to at least 60×60 px.
 */
export const sjtFormStyles = css`
  :host {
    display: block;
    contain: layout style;
    box-sizing: border-box;
    font-family: var(--sjt-form-font-family, var(--sjt-font-family, system-ui, sans-serif));
    font-size: var(--sjt-form-font-size, var(--sjt-font-size, 1em));
    line-height: var(--sjt-form-line-height, var(--sjt-line-height, 1.5));
    color: var(--sjt-form-color, var(--sjt-color-text, #1b1b1b));
    background: var(--sjt-form-background, var(--sjt-color-background, #ffffff));
    --_accent: var(--sjt-form-accent, var(--sjt-color-primary, #0b4f9c));
    --_error: var(--sjt-form-error-color, var(--sjt-color-danger, #b3261e));
    --_border: var(--sjt-form-border-color, var(--sjt-color-border, #5c5c5c));
    --_muted: var(--sjt-form-muted-color, var(--sjt-color-text-muted, #4a4a4a));
    --_focus: var(--sjt-form-focus-color, var(--sjt-color-focus, #ffbf00));
    --_gap: var(--sjt-form-gap, var(--sjt-space, 1.25em));
    --_target: var(--sjt-form-target-size, 2.75em);
  }
  :host([hidden]) { display: none; }
  :host([elderly]) {
    font-size: max(1.125em, 18px);
    line-height: 1.6;
    --_target: max(3.4em, 60px);
    --_gap: 1.75em;
  }
  *, *::before, *::after { box-sizing: inherit; }
  h2, h3, h4 { line-height: 1.25; margin: 0 0 0.5em; }
  h2 { font-size: 1.5em; }
  h3 { font-size: 1.25em; }
  h4 { font-size: 1.1em; }
  .progress { color: var(--_muted); margin: 0 0 0.25em; }
  section { margin: 0 0 var(--_gap); }
  .field { margin: 0 0 var(--_gap); }
  .field.invalid { border-inline-start: 0.3em solid var(--_error); padding-inline-start: 0.75em; }
  label, legend { display: block; font-weight: 600; }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  .help { color: var(--_muted); margin: 0.25em 0; }
  .error { color: var(--_error); font-weight: 600; margin: 0.25em 0; }
  .unit { margin-inline-start: 0.5em; }
  input:not([type='checkbox']):not([type='radio']), select, textarea {
    font: inherit;
    color: inherit;
    background: var(--sjt-form-input-background, var(--sjt-color-background, #ffffff));
    border: 0.125em solid var(--_border);
    border-radius: 0;
    padding: 0.4em 0.5em;
    min-height: var(--_target);
    width: 100%;
    max-width: 30em;
  }
  input[readonly] { background: var(--sjt-form-readonly-background, #f3f3f3); }
  textarea { min-height: calc(var(--_target) * 2); }
  [aria-invalid='true'] { border-color: var(--_error) !important; }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_target);
    min-width: var(--_target);
    font-weight: 400;
    cursor: pointer;
  }
  .choice input { width: 1.25em; height: 1.25em; margin: 0; accent-color: var(--_accent); flex: none; }
  :host([elderly]) .choice input { width: 1.5em; height: 1.5em; }
  .statement { white-space: pre-line; border: 0.0625em solid var(--_border); padding: 0.75em; margin: 0.5em 0; }
  .notice { border-inline-start: 0.3em solid var(--_muted); padding: 0.5em 0.75em; background: #f3f3f3; margin: 0.25em 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 1em; margin-top: var(--_gap); }
  button {
    font: inherit;
    font-weight: 600;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.4em 1.25em;
    border: 0.125em solid var(--_accent);
    border-radius: 0.25em;
    cursor: pointer;
    background: var(--_accent);
    color: var(--sjt-form-button-color, #ffffff);
  }
  button.secondary { background: transparent; color: var(--_accent); }
  a { color: var(--_accent); }
  .review-list a, .error-summary a { display: inline-flex; align-items: center; min-height: var(--_target); }
  :focus-visible, .error-summary:focus { outline: 0.2em solid var(--_focus); outline-offset: 0.1em; box-shadow: 0 0 0 0.35em var(--sjt-color-text, #1b1b1b); }
  .error-summary {
    border: 0.25em solid var(--_error);
    padding: 1em;
    margin: 0 0 var(--_gap);
  }
  .error-summary ul { margin: 0; padding-inline-start: 1.25em; }
  .error-summary a { color: var(--_error); font-weight: 600; }
  .review-list { margin: 0 0 var(--_gap); }
  .review-row { display: grid; grid-template-columns: minmax(8em, 1fr) 2fr auto; gap: 0.5em 1em; align-items: center; border-bottom: 0.0625em solid var(--_border); padding: 0.5em 0; }
  .review-row dt { font-weight: 600; }
  .review-row dd { margin: 0; overflow-wrap: anywhere; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  .form-error { border: 0.25em solid var(--_error); padding: 1em; }
  .draft-notice { border: 0.25em solid var(--_accent); padding: 1em; margin: 0 0 var(--_gap); }
  .print-kind { font-weight: 400; }
  .print-meta { color: var(--_muted); }
  .print-table { width: 100%; border-collapse: collapse; margin: 0 0 var(--_gap); }
  .print-table caption { text-align: start; font-weight: 600; font-size: 1.1em; padding: 0.25em 0; }
  .print-table th, .print-table td { border: 0.0625em solid var(--_border); padding: 0.4em 0.6em; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
  .print-table tbody th { width: 35%; font-weight: 600; }
  .signature { display: flex; flex-wrap: wrap; gap: 4em; margin-top: 2em; }
  @media print {
    :host { color: #000; background: #fff; font-size: 11pt; }
    .print-table tr, .statement, .print-declaration { break-inside: avoid; }
    .print-table thead { display: table-header-group; }
    a { color: inherit; }
  }
  .prefill-note { color: var(--_muted); margin: 0.25em 0; font-size: 0.95em; }
  .draft-notice ul, .prefill-notice ul { margin: 0 0 0.75em; padding-inline-start: 1.25em; }
  .division-level { margin: 0.5em 0; }
  .division-level label { font-weight: 400; }
  .division-status { margin: 0.25em 0; }
  .date-range { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; }
  .date-range-part { flex: 1 1 12em; max-width: 20em; }
  .date-range-part label { font-weight: 400; }
  .table-row { border: 0.0625em solid var(--_border); padding: 0.5em 1em 1em; margin: 0.5em 0 1em; }
  .table-row legend { padding: 0 0.25em; }
  .table-row .field { margin-bottom: 0.75em; }
  .row-count, .upload-status { color: var(--_muted); margin: 0.5em 0; }
  .upload-status:empty { margin: 0; }
  input[type='file']::file-selector-button { font: inherit; padding: 0.25em 0.75em; margin-inline-end: 0.75em; }
  .file-list { list-style: none; margin: 0.5em 0; padding: 0; max-width: 40em; }
  .file-item { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1em; padding: 0.5em 0; border-bottom: 0.0625em solid var(--_border); }
  .file-item button { margin-inline-start: auto; }
  .file-thumb { width: 4em; height: 4em; object-fit: cover; border: 0.0625em solid var(--_border); }
  .file-name { font-weight: 600; overflow-wrap: anywhere; }
  .file-size, .file-progress { color: var(--_muted); }
  .file-open { display: inline-flex; align-items: center; min-height: var(--_target); }
  .answer-table { border-collapse: collapse; width: 100%; }
  .answer-table th, .answer-table td { border: 0.0625em solid var(--_border); padding: 0.25em 0.5em; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
  .print-table .answer-table th { width: auto; }
`;
