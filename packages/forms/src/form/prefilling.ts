import { html, nothing, type TemplateResult } from 'lit';
import { translate, type Locale } from '@sijitong/core';
import { prefillMessages } from '../i18n/messages/prefill.js';
import { valuesEqual } from '../expressions/values.js';
import type { FormValues } from '../model/values.js';
import { applyPrefill, type Prefill, type PrefillResult, type RejectedPrefill } from '../prefill/prefill.js';
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

/** The element's `prefill` property: one source, or several (the first source of a key wins). @internal */
export type Prefills = Prefill | readonly Prefill[] | undefined;

const listOf = (prefills: Prefills): readonly Prefill[] => (prefills === undefined ? [] : Array.isArray(prefills) ? prefills : [prefills as Prefill]);

/** The source that filled field `key` in. */
const sourceOf = (prefills: Prefills, key: string): Prefill['source'] | undefined => listOf(prefills).find((p) => p.values[key] !== undefined && p.values[key] !== null)?.source;

/** The note and lock of field `key`: a note while it holds the prefilled value. @internal */
export function prefillOf(
  prefills: Prefills,
  result: PrefillResult | undefined,
  key: string,
  value: unknown,
  locale: Locale,
): { note: string | undefined; locked: boolean } {
  const from = sourceOf(prefills, key);
  if (from === undefined || result === undefined || !(key in result.values) || !valuesEqual(result.values[key], value)) return { note: undefined, locked: false };
  const locked = result.locked.has(key);
  const source = sourceName(from, locale);
  return { note: translate(prefillMessages, locked ? 'PREFILL_LOCKED' : 'PREFILL_NOTE', { source }, locale), locked };
}

/** The values with the locked prefilled ones put back. @internal */
export function withLocked(values: Readonly<Record<string, unknown>>, result: PrefillResult | undefined): Record<string, unknown> {
  if (result === undefined || result.locked.size === 0) return { ...values };
  const next: Record<string, unknown> = { ...values };
  for (const key of result.locked) next[key] = result.values[key];
  return next;
}

/** The prefill of an element: every source's accepted values as one result, and what each source had rejected. @internal */
export interface Prefilled extends PrefillResult {
  /** Each source with the values it had rejected, in order (the notice lists them per source). */
  readonly rejectedBy: readonly { readonly source: Prefill['source']; readonly rejected: readonly RejectedPrefill[] }[];
}

/** Every source's accepted values as one result: a key takes the first source that has it. */
function combined(schema: FormSchema, prefills: readonly Prefill[]): Prefilled {
  const values: Record<string, unknown> = {};
  const locked = new Set<string>();
  const rejectedBy = prefills.map((prefill) => {
    const result = applyPrefill(schema, prefill);
    for (const [key, v] of Object.entries(result.values)) {
      if (key in values) continue;
      values[key] = v;
      if (result.locked.has(key)) locked.add(key);
    }
    return { source: prefill.source, rejected: result.rejected };
  });
  return { values, locked, rejected: rejectedBy.flatMap((r) => r.rejected), rejectedBy };
}

/** The values with the prefill filled in: empty fields, and locked ones always. @internal */
export function prefillInto(schema: FormSchema | undefined, prefills: Prefills, value: FormValues): { result: Prefilled | undefined; value: FormValues } {
  const list = listOf(prefills);
  const result = schema === undefined || list.length === 0 ? undefined : combined(schema, list);
  return { result, value: result === undefined ? value : withLocked({ ...result.values, ...value }, result) };
}

/** The notice of prefill values rejected for their type, one list per source. @internal */
export function renderPrefillNotice(result: Prefilled | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (result === undefined || result.rejected.length === 0) return nothing;
  return html`${result.rejectedBy.map(({ source, rejected }) => {
    if (rejected.length === 0) return nothing;
    return html`<div class="notice prefill-notice" part="prefill-notice" role="status">
      <p>${translate(prefillMessages, 'PREFILL_REJECTED', { source: sourceName(source, locale) }, locale)}</p>
      <ul>${rejected.map((r) => html`<li data-key=${r.key}>${r.label[locale]}</li>`)}</ul>
    </div>`;
  })}`;
}
