import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { translate, type Locale, type Messages } from '@sijitong/core';
import { rendererMessages } from '../i18n/messages/renderer.js';
import { validationMessages } from '../i18n/messages/validation.js';
import { acceptsFile, sizeText } from '../model/files.js';
import type { FileRef } from '../model/values.js';
import type { FormColumn, FormField } from '../schema/form.js';

/*
 * The uploads of one `<sjt-form>`: files are checked before they are sent (type, size, count),
 * sent with the element's `upload` (or kept in the page), listed while in flight, and aborted
 * when the applicant removes them or the element leaves the page. Files picked in this page are
 * kept for previews (object URLs, revoked on removal and when the element leaves the page) and for
 * `SjtForm.file(id)`.
 */

/**
 * Stores a file the applicant picked and returns how the form refers to it (a {@link FileRef},
 * whose `id` names the stored file). A real host stores it in the province's material library
 * (电子材料库) and resolves with the library's id; it should stop and reject when `signal` aborts
 * (the applicant removed the file, or the form left the page). Without one, `<sjt-form>` keeps
 * the file in the page (`SjtForm.file(id)`).
 */
export type FileUploader = (
  file: File,
  context: {
    /** Key of the upload field (`tableKey.row.column` for a cell of a table). */
    readonly key: string;
    /** The material (申请材料) the field collects, when it has one. */
    readonly materialId?: string;
    /** Aborted when the file is removed or the form leaves the page. */
    readonly signal: AbortSignal;
  },
) => Promise<FileRef>;

/** One upload field (or table cell) as the uploads see it. @internal */
export interface UploadSlot {
  /** DOM id of its file input: what its pending uploads and messages are kept by. */
  readonly id: string;
  /** Key given to the uploader. */
  readonly key: string;
  /** The field or column (constraints, `materialId`). */
  readonly spec: FormField | FormColumn;
  /** Its stored value now. */
  readonly current: () => unknown;
  /** Stores its new value. */
  readonly set: (files: readonly FileRef[] | undefined) => void;
}

/** An upload in flight. @internal */
export interface PendingUpload {
  readonly token: number;
  readonly name: string;
  readonly size: number;
  readonly controller: AbortController;
}

interface Message {
  readonly catalogue: Messages;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

const renderer = (code: string, params: Readonly<Record<string, string | number>>): Message => ({ catalogue: rendererMessages, code, params });

const isRef = (x: unknown): x is FileRef =>
  typeof x === 'object' && x !== null && typeof (x as FileRef).id === 'string' && typeof (x as FileRef).name === 'string';

/** The well-formed file references of an upload value. @internal */
export const fileRefs = (value: unknown): FileRef[] => (Array.isArray(value) ? value.filter(isRef) : []);

/** The default uploader: the file stays in the page, named by a random id. */
const keepInPage: FileUploader = (file) => Promise.resolve({ id: crypto.randomUUID(), name: file.name, size: file.size, type: file.type });

/** The uploads of one element. @internal */
export class Uploads implements ReactiveController {
  private readonly files = new Map<string, File>();
  private readonly urls = new Map<string, string>();
  private readonly pending = new Map<string, PendingUpload[]>();
  private readonly problems = new Map<string, Message[]>();
  private readonly status = new Map<string, Message>();
  private readonly done = new Map<string, string[]>();
  private readonly inFlight = new Set<Promise<void>>();
  private seq = 0;

  constructor(private readonly host: ReactiveControllerHost & { readonly upload: FileUploader | undefined }) {
    host.addController(this);
  }

  /** The element left the page: abort uploads in flight, revoke previews (re-created if it comes back). */
  hostDisconnected(): void {
    for (const list of this.pending.values()) for (const upload of list) upload.controller.abort();
    this.pending.clear();
    for (const url of this.urls.values()) URL.revokeObjectURL(url);
    this.urls.clear();
  }

  /** A file picked in this page, by its {@link FileRef} id. */
  file(id: string): File | undefined {
    return this.files.get(id);
  }

  /** An object URL of a file picked in this page (created on first use). */
  url(id: string): string | undefined {
    const file = this.files.get(id);
    if (file === undefined) return undefined;
    let url = this.urls.get(id);
    if (url === undefined) this.urls.set(id, (url = URL.createObjectURL(file)));
    return url;
  }

  /** Whether any upload is in flight. */
  get busy(): boolean {
    return this.inFlight.size > 0;
  }

  /** Resolves once no upload is in flight (uploads picked meanwhile included); never rejects. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  /** Uploads in flight for a slot. */
  pendingOf(slot: string): readonly PendingUpload[] {
    return this.pending.get(slot) ?? [];
  }

  /** Files refused or failed in the slot's last pick, as messages. */
  problemsOf(slot: string, locale: Locale): string[] {
    return (this.problems.get(slot) ?? []).map((m) => translate(m.catalogue, m.code, m.params, locale));
  }

  /** What the slot's live region says: uploading, uploaded or removed. */
  statusOf(slot: string, locale: Locale): string {
    const pending = this.pendingOf(slot);
    const message = pending.length > 0 ? renderer('FILE_UPLOADING', { names: pending.map((p) => p.name).join(', ') }) : this.status.get(slot);
    return message === undefined ? '' : translate(message.catalogue, message.code, message.params, locale);
  }

  /** Checks the picked files, refusing (without sending) those of a wrong type, too large or too many, and uploads the others. */
  pick(slot: UploadSlot, picked: readonly File[]): void {
    const { accept, maxSize, maxFiles } = slot.spec.constraints ?? {};
    const label = slot.spec.label;
    const problems: Message[] = [];
    let count = fileRefs(slot.current()).length + this.pendingOf(slot.id).length;
    this.problems.set(slot.id, problems);
    this.status.delete(slot.id);
    this.done.set(slot.id, []);
    for (const file of picked) {
      const name = file.name;
      if (accept !== undefined && !acceptsFile(accept, file)) {
        problems.push({ catalogue: validationMessages, code: 'FILE_TYPE_NOT_ACCEPTED', params: { name, accept: accept.join(' / ') } });
      } else if (maxSize !== undefined && file.size > maxSize) {
        problems.push({ catalogue: validationMessages, code: 'FILE_TOO_LARGE', params: { name, maxSize: sizeText(maxSize) } });
      } else if (maxFiles !== undefined && count >= maxFiles) {
        problems.push(renderer('FILE_TOO_MANY_PICKED', { name, label: label['zh-CN'], labelEn: label.en, max: maxFiles }));
      } else {
        count++;
        const sending = this.send(slot, file);
        this.inFlight.add(sending);
        void sending.finally(() => this.inFlight.delete(sending));
      }
    }
    this.host.requestUpdate();
  }

  private async send(slot: UploadSlot, file: File): Promise<void> {
    const controller = new AbortController();
    const upload: PendingUpload = { token: ++this.seq, name: file.name, size: file.size, controller };
    this.pending.set(slot.id, [...this.pendingOf(slot.id), upload]);
    const materialId = slot.spec.materialId;
    const context = { key: slot.key, signal: controller.signal, ...(materialId === undefined ? {} : { materialId }) };
    try {
      const ref = await (this.host.upload ?? keepInPage)(file, context);
      if (controller.signal.aborted) return;
      this.files.set(ref.id, file);
      this.done.get(slot.id)?.push(file.name);
      slot.set([...fileRefs(slot.current()), ref]);
    } catch {
      if (!controller.signal.aborted) this.problems.get(slot.id)?.push(renderer('FILE_UPLOAD_FAILED', { name: file.name }));
    } finally {
      this.pending.set(slot.id, this.pendingOf(slot.id).filter((p) => p !== upload));
      const done = this.done.get(slot.id) ?? [];
      if (this.pendingOf(slot.id).length === 0 && done.length > 0) this.status.set(slot.id, renderer('FILE_UPLOADED', { names: done.join(', ') }));
      this.host.requestUpdate();
    }
  }

  /** Removes a stored file from the slot's value and drops its preview. */
  remove(slot: UploadSlot, id: string): void {
    const refs = fileRefs(slot.current());
    const removed = refs.find((f) => f.id === id);
    const rest = refs.filter((f) => f.id !== id);
    slot.set(rest.length === 0 ? undefined : rest);
    const url = this.urls.get(id);
    if (url !== undefined) URL.revokeObjectURL(url);
    this.urls.delete(id);
    this.files.delete(id);
    if (removed !== undefined) this.status.set(slot.id, renderer('FILE_REMOVED', { name: removed.name }));
    this.host.requestUpdate();
  }

  /** Aborts an upload in flight. */
  cancel(slot: UploadSlot, token: number): void {
    const upload = this.pendingOf(slot.id).find((p) => p.token === token);
    if (upload === undefined) return;
    upload.controller.abort();
    this.pending.set(slot.id, this.pendingOf(slot.id).filter((p) => p !== upload));
    this.status.set(slot.id, renderer('FILE_REMOVED', { name: upload.name }));
    this.host.requestUpdate();
  }
}
