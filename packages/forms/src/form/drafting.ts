import { html, nothing, type TemplateResult } from 'lit';
import { translate, type Locale, type MessageKey } from '@sijitong/core';
import type { DroppedField } from '../drafts/draft.js';
import type { DraftStore } from '../drafts/store.js';
import { draftMessages } from '../i18n/messages/drafts.js';
import type { FormValues } from '../model/values.js';
import type { FormSchema } from '../schema/form.js';

/*
 * Drafts of `<sjt-form>`: restore on load, autosave (debounced) on change, save at once on a
 * failed submit and when the element leaves the page. The draft code (IndexedDB store, draft
 * schema, migration) loads on first use: a form without drafts does not ship it.
 */

type DraftCode = typeof import('./draft-code.js');
let draftCode: Promise<DraftCode> | undefined;
const loadDraftCode = (): Promise<DraftCode> => (draftCode ??= import('./draft-code.js'));

/** `detail` of the `sjt-draft-restored` event. */
export interface SjtDraftRestoredDetail {
  /** The values after restoring (the draft's values that still fit the form). */
  readonly value: FormValues;
  /** The form version the draft was typed in. */
  readonly version: string;
  /** When the draft was saved (ISO 8601). */
  readonly savedAt: string;
  /**
   * Answers that could not be restored (shown to the applicant too): fields this version of the form
   * no longer has, and values that do not fit their field's type (in any version).
   */
  readonly dropped: readonly DroppedField[];
}

/** What the draft notice tells the applicant. @internal */
export interface DraftNotice {
  readonly kind: 'restored' | 'migrated' | 'corrupt';
  readonly from?: string;
  readonly to?: string;
  readonly dropped: readonly DroppedField[];
}

/** What drafts need from the element. @internal */
export interface DraftHost {
  readonly store: () => DraftStore | undefined;
  readonly draftKey: () => string | undefined;
  readonly schema: () => FormSchema | undefined;
  readonly value: () => FormValues;
  /** Shows restored values and the notice. */
  restored(value: FormValues | undefined, notice: DraftNotice, detail: SjtDraftRestoredDetail | undefined): void;
}

/** Autosave delay after the last edit, in ms. @internal */
export const AUTOSAVE_DELAY = 300;

let defaultStore: Promise<DraftStore> | undefined;

/** Drafts of one element. @internal */
export class DraftController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready: Promise<void> = Promise.resolve();
  /** Where the current form's draft goes (set by `restore`). */
  private target: { store: DraftStore | Promise<DraftStore>; key: string; schema: FormSchema } | undefined;

  constructor(private readonly host: DraftHost) {}

  private get store(): DraftStore | Promise<DraftStore> | undefined {
    if (this.host.store() !== undefined) return this.host.store();
    if (this.host.draftKey() === undefined) return undefined;
    return (defaultStore ??= loadDraftCode().then((code) => code.createDraftStore()));
  }

  private get key(): string | undefined {
    return this.host.draftKey() ?? this.host.schema()?.id;
  }

  /** Restores the draft of the current form (a new form, store or key). Saves wait for it. */
  restore(): Promise<void> {
    this.flush(); // a pending save of the previous form goes to its own draft
    const store = this.store;
    const key = this.key;
    const schema = this.host.schema();
    this.target = store === undefined || key === undefined || schema === undefined ? undefined : { store, key, schema };
    if (store === undefined || key === undefined || schema === undefined) return (this.ready = Promise.resolve());
    this.ready = (async () => {
      const { migrateDraft } = await loadDraftCode();
      const found = await (await store).load(key).catch(() => ({ status: 'none' }) as const);
      if (found.status === 'none') return;
      if (found.status === 'corrupt') {
        this.host.restored(undefined, { kind: 'corrupt', dropped: [] }, undefined);
        return;
      }
      const { values, dropped } = migrateDraft(found.draft, schema);
      const value = { ...this.host.value(), ...values };
      const changed = found.draft.version !== schema.version;
      // The same version with answers dropped: values of the wrong type (a draft edited or written by other code).
      const notice: DraftNotice = changed ? { kind: 'migrated', from: found.draft.version, to: schema.version, dropped } : { kind: 'restored', dropped };
      this.host.restored(value, notice, { value, version: found.draft.version, savedAt: found.draft.savedAt, dropped });
    })();
    return this.ready;
  }

  /** Saves after {@link AUTOSAVE_DELAY} ms without edits. */
  schedule(): void {
    if (this.target === undefined) return;
    this.cancel();
    this.timer = setTimeout(() => void this.saveNow(), AUTOSAVE_DELAY);
  }

  /** Saves the values now (after a restore in progress); never throws. */
  async saveNow(): Promise<void> {
    this.cancel();
    const target = this.target;
    if (target === undefined) return;
    const value = this.host.value();
    await this.ready;
    const { draftOf } = await loadDraftCode();
    await (await target.store).save(draftOf(target.key, target.schema, target === this.target ? this.host.value() : value)).catch(() => undefined);
  }

  /** Saves a pending autosave at once (the element leaves the page). */
  flush(): void {
    if (this.timer !== undefined) void this.saveNow();
  }

  /** Deletes the draft (every version of it); a pending autosave is dropped. */
  async clear(): Promise<void> {
    this.cancel();
    const target = this.target;
    await this.ready;
    if (target !== undefined) await (await target.store).clear(target.key);
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Renders the draft notice. @internal */
export function renderDraftNotice(notice: DraftNotice | undefined, locale: Locale, dismiss: () => void): TemplateResult | typeof nothing {
  if (notice === undefined) return nothing;
  const m = (key: MessageKey<typeof draftMessages>, params: Record<string, string> = {}) => translate(draftMessages, key, params, locale);
  const text =
    notice.kind === 'corrupt' ? m('DRAFT_CORRUPT')
    : notice.dropped.length === 0 ? m('DRAFT_RESTORED')
    : notice.kind === 'restored' ? m('DRAFT_PARTLY_RESTORED')
    : m('DRAFT_MIGRATED', { from: notice.from ?? '', to: notice.to ?? '' });
  return html`<div class="draft-notice" part="draft-notice" role="status" aria-labelledby="sjt-draft-title">
    <h3 id="sjt-draft-title">${m('DRAFT_NOTICE_TITLE')}</h3>
    <p>${text}</p>
    ${notice.dropped.length === 0 ? nothing : html`<ul>${notice.dropped.map((d) => html`<li data-key=${d.key}>${d.label[locale]}</li>`)}</ul>`}
    <button type="button" class="secondary" data-action="dismiss-draft" @click=${dismiss}>${m('DRAFT_DISMISS')}</button>
  </div>`;
}
