import { translate } from '@sijitong/core';
import { FormsError } from '../errors.js';
import { mergeMessages } from '../i18n/messages/merge.js';
import type { LocalizedText } from '../schema/field.js';
import type { FormField, FormSchema } from '../schema/form.js';
import { fieldsOf } from '../schema/walk.js';
import { allOf, Renamer } from './conditions.js';
import { MergeReport } from './conflicts.js';
import { isPartyKey, layOut, type PlacedField } from './layout.js';
import { isSlot, planMaterials, type MaterialGroup } from './materials.js';
import { reconcileSpec, type SpecSource } from './reconcile.js';
import type { FieldSource, MergedForm, MergeEntry, MergeOptions, MergeResult } from './types.js';

/** A field of an entry's form with the conditions of its step and section. */
interface Located {
  readonly entry: number;
  readonly field: FormField;
  readonly outer: string | undefined;
  readonly section: { readonly id: string; readonly title: LocalizedText };
}

function locate(entries: readonly MergeEntry[]): Located[][] {
  return entries.map((e, entry) =>
    fieldsOf(e.schema).map(({ field, step, section }) => ({
      entry,
      field,
      outer: allOf([step.visibleWhen, section.visibleWhen]),
      section: { id: section.id, title: section.title },
    })),
  );
}

/** FNV-1a of `text`, as 8 hex digits: the merged form's version changes with any source form's. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function defaultTitle(entries: readonly MergeEntry[]): LocalizedText {
  const join = (locale: 'zh-CN' | 'en') =>
    translate(mergeMessages, 'merge.title', { titles: entries.map((e) => e.schema.title[locale]).join(translate(mergeMessages, 'merge.titleSeparator', {}, locale)) }, locale);
  return { 'zh-CN': join('zh-CN'), en: join('en') };
}

function materialField(group: MaterialGroup, sources: readonly SpecSource<FormField>[], report: MergeReport): FormField | undefined {
  const required = group.notification?.necessity === 'required';
  if (sources.length > 0) return reconcileSpec(sources, { key: group.key, required, keepMaterialId: false }, report);
  const name = group.notification?.name ?? group.key;
  return { key: group.key, type: 'file', label: { 'zh-CN': name, en: name }, ...(required ? { required: true } : {}) };
}

/**
 * Merges several items' forms into one (一张表格办成事): every key is asked once.
 *
 * - **Reconciled, stricter wins**: required beats optional (an item requires a key while its own
 *   form shows it), the larger minimum and smaller maximum (length, value, date, choices, rows,
 *   files), every pattern at once, the options and file types all items accept; a key is shown
 *   when any item's form shows it. Rules of each item apply while its form shows the field.
 * - **Conflicts, never a silent pick**: different types, options or file types with nothing in
 *   common, different units, different computations or declaration texts, or bounds that leave no
 *   value → `ok: false` with every conflict.
 * - **Layout**: one step of what several items (or the applicant) share, the applicant's sections
 *   first; one step per item with its own questions; ONE de-duplicated materials step; the
 *   declarations last. Step and section conditions of each item's form are folded into its fields.
 * - **Materials**: when every entry has its `item`, exactly the materials core's
 *   `buildNotification` lists for those items and answers (and `options.sharedMaterials`), merged
 *   the same way, required when the notification requires them; otherwise upload slots merge by
 *   the bundle's shared materials, else by key.
 * - **Provenance**: `form.sources[key]` says which items need each field (and under which key),
 *   so `splitSubmission` can give each item its own payload.
 *
 * @throws {@link FormsError} `MERGE_EMPTY` for no entries; `MERGE_NOTIFICATION_FAILED` when the
 * notification cannot be built from the items and answers.
 *
 * @example
 * ```ts
 * const result = mergeForms([
 *   { itemCode: licence.implementationCode, schema: licenceForm, item: licence, answers: { agent: 'no' } },
 *   { itemCode: sign.implementationCode, schema: signForm, item: sign, answers: { size: 'shopfront', agent: 'no' } },
 * ]);
 * if (!result.ok) console.table(result.conflicts.map((c) => [c.key, c.message]));
 * ```
 */
export function mergeForms(entries: readonly MergeEntry[], options: MergeOptions = {}): MergeResult {
  if (entries.length === 0) throw new FormsError(mergeMessages, 'MERGE_EMPTY');
  const report = new MergeReport(options.locale ?? 'zh-CN');
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.itemCode)) report.conflict('MERGE_ITEM_DUPLICATE', '', [{ item: entry.itemCode, value: entry.schema.id }], { item: entry.itemCode });
    seen.add(entry.itemCode);
  }
  if (report.conflicts.length > 0) return { ok: false, conflicts: report.conflicts, warnings: report.warnings };

  const located = locate(entries);
  const byKey = new Map<string, Located[]>();
  const slotOwners = new Map<FormField, Located>();
  for (const list of located) {
    for (const l of list) {
      if (isSlot(l.field)) {
        slotOwners.set(l.field, l);
        continue;
      }
      const same = byKey.get(l.field.key);
      if (same === undefined) byKey.set(l.field.key, [l]);
      else same.push(l);
    }
  }
  const plan = planMaterials(entries, options.sharedMaterials ?? [], new Set(byKey.keys()), report);
  const renamers = plan.renames.map((renames) => new Renamer(renames));
  const sourceOf = (l: Located): SpecSource<FormField> => {
    const renamer = renamers[l.entry] as Renamer;
    return { item: (entries[l.entry] as MergeEntry).itemCode, spec: l.field, outer: renamer.apply(l.outer), renamer };
  };
  const provenance = (list: readonly { entry: number; field: FormField }[]): FieldSource[] =>
    list.map((l) => ({ item: (entries[l.entry] as MergeEntry).itemCode, key: l.field.key }));

  const placed: PlacedField[] = [];
  const sources: Record<string, readonly FieldSource[]> = {};
  for (const [key, list] of byKey) {
    const field = reconcileSpec(list.map(sourceOf), { key }, report);
    if (field === undefined) continue;
    const first = list[0] as Located;
    const shared = list.some((l) => l.entry !== first.entry);
    const placement =
      field.type === 'declaration'
        ? ({ kind: 'declarations' } as const)
        : shared || isPartyKey(key)
          ? ({ kind: 'common', section: first.section } as const)
          : ({ kind: 'item', entry: first.entry, section: first.section } as const);
    placed.push({ field, placement });
    sources[key] = provenance(list);
  }
  for (const group of plan.groups) {
    const slotSources = group.slots.map((slot) => sourceOf(slotOwners.get(slot.field) as Located));
    const field = materialField(group, slotSources, report);
    if (field === undefined) continue;
    placed.push({ field, placement: { kind: 'materials' } });
    sources[group.key] = provenance(group.slots);
  }
  if (report.conflicts.length > 0) return { ok: false, conflicts: report.conflicts, warnings: report.warnings };

  const schema: FormSchema = {
    id: options.id ?? 'merged',
    version: `merged-${hash(entries.map((e) => `${e.itemCode}|${e.schema.id}@${e.schema.version}`).join('\n'))}`,
    title: options.title ?? defaultTitle(entries),
    steps: layOut(
      placed,
      entries.map((e) => ({ itemCode: e.itemCode, title: e.schema.title })),
    ),
  };
  const form: MergedForm = {
    schema,
    items: entries.map((e) => ({ itemCode: e.itemCode, schema: e.schema })),
    sources,
    materials: plan.groups.map((g) => g.material),
  };
  return { ok: true, form, conflicts: [], warnings: report.warnings };
}
