import { createHash } from 'node:crypto';
import { LOCALES, translate, type Locale } from '@sijitong/core';
import { pageMessages, type PageText } from './messages.js';

/** What the page needs from the server. */
export interface PageConfig {
  /** The resident ID number the open-case check flags (named in the page text). */
  readonly openCaseId: string;
  /** The merged form's key of the applicant's ID number. */
  readonly idNumberKey: string;
  /** `<sjt-form draft-key>`. */
  readonly draftKey: string;
}

/** The path the page loads the IIFE build from. */
export const SCRIPT_PATH = '/sjt-form.global.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** JSON that is safe inside a `<script>` element (no `</script>`, no line separators). */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const STYLES = `
  body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; margin: 0; }
  header, main { max-width: 52em; margin: 0 auto; padding: 1em; }
  header { border-bottom: 0.0625em solid #8a8a8a; }
  h1 { font-size: 1.6em; margin: 0.5em 0; }
  .note { background: #f3f6fa; border-left: 0.25em solid #1d5aa8; padding: 0.5em 0.75em; }
  #language { font: inherit; min-height: 2.75em; padding: 0.25em 1em; color: #fff; background: #1d5aa8; border: 0; border-radius: 0.25em; cursor: pointer; }
  #language:focus-visible { outline: 0.1875em solid #f5a623; outline-offset: 0.125em; }
  pre { white-space: pre-wrap; word-break: break-all; background: #f6f6f6; padding: 0.75em; border-radius: 0.25em; }
  pre:empty { display: none; }
`;

/*
 * The page's own script, module-free (an old CMS page can paste it as it is). It runs after the
 * IIFE build, so `SijitongForms` exists and <sjt-form> is defined. Texts come from the JSON config
 * (both languages), never from this code.
 */
const PAGE_SCRIPT = `
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('page-config').textContent);
  var TEXT = config.texts;
  var locale = 'zh-CN';
  var el = document.querySelector('sjt-form');
  var status = document.getElementById('result-status');
  var details = document.getElementById('result');
  var language = document.getElementById('language');
  var shown = function () { return { status: text('RESULT_EMPTY'), details: '' }; };

  function fill(template, params) {
    return template.replace(/\\{(\\w+)\\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole;
    });
  }
  function text(key, params, lang) { return fill(TEXT[lang || locale][key], params || {}); }
  function other() { return locale === 'zh-CN' ? 'en' : 'zh-CN'; }
  function show(render) {
    shown = render;
    var now = render();
    status.textContent = now.status;
    details.textContent = now.details;
  }
  function localize() {
    var params = { id: config.openCaseId };
    document.documentElement.lang = locale;
    document.title = text('TITLE');
    document.querySelectorAll('[data-text]').forEach(function (node) { node.textContent = text(node.dataset.text, params); });
    document.querySelectorAll('[data-other]').forEach(function (node) {
      node.textContent = text(node.dataset.other, params, other());
      node.lang = other();
    });
    language.textContent = text('SWITCH_LANGUAGE');
    language.lang = text('SWITCH_LANGUAGE_LANG');
    el.locale = locale;
    show(shown);
  }
  function failed(response, key) { return new Error(text(key, { status: response.status })); }

  language.addEventListener('click', function () {
    locale = other();
    localize();
  });

  el.drafts = SijitongForms.createDraftStore({ name: 'sijitong-forms-page' });
  el.divisions = {
    children: function (parent, options) {
      var signal = options && options.signal;
      return fetch('/api/divisions' + (parent ? '?parent=' + encodeURIComponent(parent) : ''), { signal: signal })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(failed(r, 'DIVISIONS_FAILED')); });
    },
  };
  var validators = {};
  validators[config.idNumberKey] = function (check) {
    if (check.values['applicant.idType'] !== 'residentId') return Promise.resolve({ ok: true });
    return fetch('/api/open-case?id=' + encodeURIComponent(check.value), { signal: check.signal })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(failed(r, 'CHECK_FAILED')); })
      .then(function (body) {
        return body.open ? { ok: false, code: 'OPEN_CASE', message: text('OPEN_CASE', {}, check.locale) } : { ok: true };
      });
  };
  el.validators = validators;

  el.addEventListener('sjt-submit', function (event) {
    show(function () { return { status: text('SENDING'), details: '' }; });
    fetch('/api/submit', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: locale, values: event.detail.value }),
    })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (reply) {
        if (!reply.ok) {
          var errors = reply.body.errors || [];
          show(function () {
            return { status: text('REJECTED'), details: errors.map(function (e) { return '- ' + e.message; }).join('\\n') };
          });
          return undefined;
        }
        var parts = reply.body.parts;
        show(function () {
          return {
            status: text('SUBMITTED', { count: parts.length }),
            details: parts.map(function (part) {
              var head = text('PART', { itemCode: part.itemCode, title: part.title[locale], count: Object.keys(part.values).length });
              return head + '\\n' + JSON.stringify(part.values, null, 2);
            }).join('\\n\\n'),
          };
        });
        return el.clearDraft();
      })
      .catch(function (error) { show(function () { return { status: text('SUBMIT_FAILED', { detail: error.message }), details: '' }; }); });
  });

  localize();
  show(function () { return { status: text('LOADING'), details: '' }; });
  fetch('/api/form')
    .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error(String(r.status))); })
    .then(function (form) {
      // Checked at the boundary: the JSON must load as a form over the county's data elements.
      var elements = SijitongForms.createElementDictionary(form.elements);
      var loaded = SijitongForms.loadFormSchema(form.schema, { elements: elements, locale: locale });
      if (!loaded.ok) throw new Error(loaded.problems.map(function (p) { return p.message; }).join(' '));
      el.schema = loaded.schema;
      el.hidden = false;
      show(function () { return { status: text('RESULT_EMPTY'), details: '' }; });
    })
    .catch(function (error) { show(function () { return { status: text('LOAD_FAILED', { detail: error.message }), details: '' }; }); });
})();
`;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The page's Content-Security-Policy: a strict one, as a government site may have. Scripts come
 * from this origin or are the page's own inline script (by hash); no `unsafe-eval` and no
 * `unsafe-inline`. Images may be `blob:` (the previews of picked files).
 */
export const PAGE_CSP = [
  "default-src 'none'",
  `script-src 'self' ${sha256(PAGE_SCRIPT)}`,
  `style-src ${sha256(STYLES)}`,
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The HTML of the example page (zh-CN first; the language switch redraws its texts in the page). */
export function renderPage(config: PageConfig): string {
  const zh = (key: PageText, params: Readonly<Record<string, string>> = {}) => escapeHtml(translate(pageMessages, key, params, 'zh-CN'));
  const en = (key: PageText) => escapeHtml(translate(pageMessages, key, {}, 'en'));
  const texts = Object.fromEntries(LOCALES.map((locale: Locale) => [locale, pageMessages[locale]]));
  const data = { texts, openCaseId: config.openCaseId, idNumberKey: config.idNumberKey };
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${zh('TITLE')}</title>
<link rel="icon" href="data:,">
<style>${STYLES}</style>
</head>
<body>
<header>
<h1 data-text="HEADING">${zh('HEADING')}</h1>
<p data-text="INTRO">${zh('INTRO')}</p>
<p lang="en" data-other="INTRO">${en('INTRO')}</p>
<p class="note" data-text="OPEN_CASE_NOTE">${zh('OPEN_CASE_NOTE', { id: config.openCaseId })}</p>
<button type="button" id="language" lang="${zh('SWITCH_LANGUAGE_LANG')}">${zh('SWITCH_LANGUAGE')}</button>
</header>
<main>
<sjt-form draft-key="${escapeHtml(config.draftKey)}" hidden></sjt-form>
<section aria-labelledby="result-title">
<h2 id="result-title" data-text="RESULT_TITLE">${zh('RESULT_TITLE')}</h2>
<output id="result-status">${zh('RESULT_EMPTY')}</output>
<pre id="result"></pre>
</section>
</main>
<script type="application/json" id="page-config">${scriptJson(data)}</script>
<script src="${SCRIPT_PATH}"></script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
