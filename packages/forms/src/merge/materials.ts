import { buildNotification, isSijitongError, type NotificationMaterial, type SharedMaterial } from '@sijitong/core';
import { FormsError } from '../errors.js';
import { mergeMessages } from '../i18n/messages/merge.js';
import type { FormField } from '../schema/form.js';
import { fieldsOf } from '../schema/walk.js';
import type { MergeReport } from './conflicts.js';
import type { MergeEntry, MergedMaterial } from './types.js';

/** An upload field of an item's form collecting one of the item's materials. @internal */
export interface Slot {
  /** Index of the entry. */
  readonly entry: number;
  /** The field (type `file`, with `materialId`). */
  readonly field: FormField;
}

/** One material of the merged form and the slots that collect it. @internal */
export interface MaterialGroup {
  /** Merged key. */
  readonly key: string;
  /** The item slots it merges (none when the notification lists a material no form collects). */
  readonly slots: readonly Slot[];
  /** The material as the notification lists it (when built from items). */
  readonly notification?: NotificationMaterial | undefined;
  /** Provenance for `MergedForm.materials`. */
  readonly material: MergedMaterial;
}

/** The materials section of a merge. @internal */
export interface MaterialPlan {
  /** Groups in section order. */
  readonly groups: readonly MaterialGroup[];
  /** Per entry: slot key → merged key, or `null` for a slot whose material is not needed. */
  readonly renames: readonly Map<string, string | null>[];
}

/** Whether a field is a material upload slot. @internal */
export const isSlot = (field: FormField): boolean => field.type === 'file' && field.materialId !== undefined;

/** A field key segment from a material id: `power-of-attorney` → `powerOfAttorney`. */
function segmentOf(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  const text = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return /^[a-z]/.test(text) ? text : `m${text}`;
}

/** Allocates keys that do not collide with `taken`. */
function allocator(taken: Set<string>): (wanted: string) => string {
  return (wanted) => {
    let key = wanted;
    for (let n = 2; taken.has(key); n++) key = `${wanted}${n}`;
    taken.add(key);
    return key;
  };
}

/** Materials as core's one-time notification lists them for these items and answers. */
function fromNotification(entries: readonly MergeEntry[], slots: readonly Map<string, Slot>[], shared: readonly SharedMaterial[], allocate: (k: string) => string, report: MergeReport): MaterialGroup[] {
  let materials: NotificationMaterial[];
  try {
    const notification = buildNotification(
      entries.map((e) => ({ item: e.item as NonNullable<MergeEntry['item']>, answers: e.answers })),
      { sharedMaterials: shared },
    );
    materials = notification.groups.flatMap((group) => [...group.materials]);
  } catch (error) {
    if (!isSijitongError(error)) throw error;
    throw new FormsError(mergeMessages, 'MERGE_NOTIFICATION_FAILED', { detail: error.message, detailEn: error.localized('en') }, { path: [...error.path], cause: error });
  }
  const entryOf = new Map(entries.map((e, i) => [e.item?.implementationCode ?? '', i]));
  return materials.map((m) => {
    const uses = m.uses.map((use) => {
      const entry = entryOf.get(use.item) as number;
      return { entry, materialId: use.material.id, slot: slots[entry]?.get(use.material.id) };
    });
    const found = uses.flatMap((u) => (u.slot === undefined ? [] : [u.slot]));
    const first = uses[0];
    const key = allocate(found[0]?.field.key ?? `materials.${segmentOf(first?.materialId ?? 'material')}`);
    if (found.length === 0) report.missingSlot(key, m.name, m.items);
    return {
      key,
      slots: found,
      notification: m,
      material: {
        key,
        notificationKey: m.key,
        necessity: m.necessity,
        uses: uses.map((u) => ({ item: (entries[u.entry] as MergeEntry).itemCode, materialId: u.materialId, key: u.slot?.field.key })),
      },
    };
  });
}

/** Materials merged by a bundle's shared materials, else by key. */
function fromSlots(entries: readonly MergeEntry[], slots: readonly Map<string, Slot>[], shared: readonly SharedMaterial[], allocate: (k: string) => string): MaterialGroup[] {
  const groups = new Map<string, Slot[]>();
  slots.forEach((bySlot, entry) => {
    const itemCode = (entries[entry] as MergeEntry).itemCode;
    for (const slot of bySlot.values()) {
      const declared = shared.find((s) => s.uses.some((u) => u.item === itemCode && u.materialId === slot.field.materialId));
      const id = declared === undefined ? `key:${slot.field.key}` : `shared:${declared.id}`;
      groups.set(id, [...(groups.get(id) ?? []), slot]);
    }
  });
  return [...groups.values()].map((list) => {
    const key = allocate((list[0] as Slot).field.key);
    const uses = list.map((s) => ({ item: (entries[s.entry] as MergeEntry).itemCode, materialId: s.field.materialId as string, key: s.field.key }));
    return { key, slots: list, material: { key, uses } };
  });
}

/**
 * Plans the one materials section: with every entry's item, exactly the materials of core's
 * `buildNotification` for those items, answers and shared materials (same de-duplication); slots
 * of materials the answers drop are left out. Without items, slots merge by a bundle's shared
 * materials, else by key. `taken` holds the other merged keys, so material keys do not collide.
 * @throws {@link FormsError} `MERGE_NOTIFICATION_FAILED` when the notification cannot be built
 * (e.g. an unanswered required scenario question).
 * @internal
 */
export function planMaterials(entries: readonly MergeEntry[], shared: readonly SharedMaterial[], taken: Set<string>, report: MergeReport): MaterialPlan {
  const slots = entries.map((e, entry) => {
    const map = new Map<string, Slot>();
    for (const { field } of fieldsOf(e.schema)) if (isSlot(field)) map.set(field.materialId as string, { entry, field });
    return map;
  });
  const allocate = allocator(taken);
  const withItems = entries.length > 0 && entries.every((e) => e.item !== undefined);
  const groups = withItems ? fromNotification(entries, slots, shared, allocate, report) : fromSlots(entries, slots, shared, allocate);
  const renames = entries.map(() => new Map<string, string | null>());
  slots.forEach((map, entry) => {
    for (const slot of map.values()) (renames[entry] as Map<string, string | null>).set(slot.field.key, null);
  });
  for (const group of groups) {
    for (const slot of group.slots) {
      const renamed = renames[slot.entry] as Map<string, string | null>;
      if (group.key === slot.field.key) renamed.delete(slot.field.key);
      else renamed.set(slot.field.key, group.key);
    }
  }
  return { groups, renames };
}
