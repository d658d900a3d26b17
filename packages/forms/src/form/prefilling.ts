import { html, nothing, type TemplateResult } from 'lit';
import { translate, type Locale } from '@sijitong/core';
import { prefillMessages } from '../i18n/messages/prefill.js';
import type { FormValues } from '../model/values.js';
import { applyPrefill, type Prefill, type PrefillResult } from '../prefill/prefill.js';
import type { FormSchema } from '../schema/form.js';

/*
 * Prefilled fields of `<sjt-form>`: the note under each ("已从统一身份认证预填"), the locked ones
 * read-only with the reason, and a notice listing the values rejected for their type.
 */

/** A prefill source as the applicant reads it. @internal */
export function sourceName(source: Prefill['source'], locale: Locale): string {
  if (source === 'identity') return translate(prefillMessages, 'SOURCE_IDENTITY', {}, locale);
  if (source === 'eLicence') return translate(prefillMessages, 'SOURCE_ELICENCE', {}, locale);
  return source;
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The note and lock of field `key`: a note while it holds the prefilled value. @internal */
export function prefillOf(
  prefill: Prefill | undefined,
  result: PrefillResult | undefined,
  key: string,
  value: unknown,
  locale: Locale,
): { note: string | undefined; locked: boolean } {
  if (prefill === undefined || result === undefined || !(key in result.values) || !same(result.values[key], value)) return { note: undefined, locked: false };
  const locked = result.locked.has(key);
  const source = sourceName(prefill.source, locale);
  return { note: translate(prefillMessages, locked ? 'PREFILL_LOCKED' : 'PREFILL_NOTE', { source }, locale), locked };
}

/** The values with the locked prefilled ones put back. @internal */
export function withLocked(values: Readonly<Record<string, unknown>>, result: PrefillResult | undefined): Record<string, unknown> {
  if (result === undefined || result.locked.size === 0) return { ...values };
  const next: Record<string, unknown> = { ...values };
  for (const key of result.locked) next[key] = result.values[key];
  return next;
}

/** The values with the prefill filled in: empty fields, and locked ones always. @internal */
export function prefillInto(schema: FormSchema | undefined, prefill: Prefill | undefined, value: FormValues): { result: PrefillResult | undefined; value: FormValues } {
  const result = schema === undefined || prefill === undefined ? undefined : applyPrefill(schema, prefill);
  return { result, value: result === undefined ? value : withLocked({ ...result.values, ...value }, result) };
}

/** The notice of prefill values rejected for their type. @internal */
export function renderPrefillNotice(prefill: Prefill | undefined, result: PrefillResult | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (prefill === undefined || result === undefined || result.rejected.length === 0) return nothing;
  return html`<div class="notice prefill-notice" part="prefill-notice" role="status">
    <p>${translate(prefillMessages, 'PREFILL_REJECTED', { source: sourceName(prefill.source, locale) }, locale)}</p>
    <ul>${result.rejected.map((r) => html`<li data-key=${r.key}>${r.label[locale]}</li>`)}</ul>
  </div>`;
}
