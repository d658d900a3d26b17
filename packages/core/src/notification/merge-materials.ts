import type { SharedMaterial } from '../items/bundle.js';
import {
  MATERIAL_CLASSES,
  type MaterialForm,
  type MaterialType,
  type Necessity,
} from '../items/enums.js';
import type { Material } from '../items/material.js';
import type { MaterialUse, NotificationGroup, NotificationMaterial } from './types.js';

/**
 * The name of a material as compared across items: Unicode NFKC (folds full-width letters, digits
 * and brackets to half-width, e.g. `（` → `(`), without any whitespace, Latin letters lower-cased.
 *
 * @example normalizeMaterialName(' 居民身份证（原件） ') === normalizeMaterialName('居民身份证(原件)') // true
 */
export function normalizeMaterialName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** A material of one item, in request order. @internal */
export interface ItemMaterial {
  /** The item's implementation code. */
  readonly item: string;
  /** The codes a bundle may use for the item (implementation and basic code). */
  readonly itemCodes: readonly string[];
  /** The tailored material. */
  readonly material: Material;
}

interface Group {
  readonly key: string;
  readonly name: string;
  readonly names: Set<string>;
  licenceCode: string | undefined;
  readonly items: Set<string>;
  readonly uses: MaterialUse[];
}

const TYPE_RANK: Record<MaterialType, number> = { originalOrCopy: 0, copy: 1, original: 2 };
const NECESSITY_RANK: Record<Necessity, number> = { optional: 0, promise: 1, deferrable: 2, required: 3 };
const FORMS: Record<MaterialForm, readonly ('paper' | 'electronic')[]> = {
  paper: ['paper'],
  electronic: ['electronic'],
  both: ['paper', 'electronic'],
};

function strictest<T extends string>(values: readonly T[], rank: Record<T, number>): T {
  return values.reduce((best, value) => (rank[value] > rank[best] ? value : best));
}

function commonForm(forms: readonly MaterialForm[]): MaterialForm {
  const accepted = (['paper', 'electronic'] as const).filter((form) => forms.every((f) => FORMS[f].includes(form)));
  return accepted.length === 2 ? 'both' : (accepted[0] ?? 'paper');
}

function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== undefined))];
}

function firstOf<K extends keyof Material>(uses: readonly MaterialUse[], field: K): Material[K] | undefined {
  return uses.find((use) => use.material[field] !== undefined)?.material[field];
}

function toNotificationMaterial(group: Group): NotificationMaterial {
  const materials = group.uses.map((use) => use.material);
  const first = materials[0] as Material;
  const necessity = strictest(
    materials.map((m) => m.necessity),
    NECESSITY_RANK,
  );
  return {
    key: group.key,
    name: group.name,
    class: first.class,
    type: strictest(
      materials.map((m) => m.type),
      TYPE_RANK,
    ),
    form: commonForm(materials.map((m) => m.form)),
    necessity,
    source: first.source,
    originalCount: Math.max(...materials.map((m) => m.originalCount)),
    copyCount: Math.max(...materials.map((m) => m.copyCount)),
    paperSize: firstOf(group.uses, 'paperSize'),
    eLicenceType: firstOf(group.uses, 'eLicenceType'),
    sampleUrl: firstOf(group.uses, 'sampleUrl'),
    blankFormUrl: firstOf(group.uses, 'blankFormUrl'),
    instructions: distinct(materials.map((m) => m.instructions)),
    optionalWhen: necessity === 'optional' ? distinct(materials.map((m) => m.optionalWhen)) : [],
    items: [...group.items],
    uses: group.uses,
  };
}

/** How well `material` matches `group`: 2 same licence and name, 1 same identity, 0 different. */
function matchScore(group: Group, material: Material, name: string): number {
  const licence = material.eLicenceType?.code;
  if (licence !== undefined && group.licenceCode !== undefined) {
    if (licence !== group.licenceCode) return 0;
    return group.names.has(name) ? 2 : 1;
  }
  return group.names.has(name) ? 1 : 0;
}

/** The best-matching group (first among equals) that does not hold a material of `item` yet. */
function bestGroup(groups: readonly Group[], item: string, material: Material, name: string): Group | undefined {
  let best: Group | undefined;
  let bestScore = 0;
  for (const group of groups) {
    if (group.items.has(item)) continue;
    const score = matchScore(group, material, name);
    if (score > bestScore) {
      best = group;
      bestScore = score;
      if (score === 2) break;
    }
  }
  return best;
}

/**
 * Lists every material once, merging the same material of different items, and groups the result
 * by class. Two materials of different items are the same when a bundle's shared material declares
 * both; otherwise when both name an e-licence type and the codes are equal, or else when their
 * normalised names ({@link normalizeMaterialName}) are equal. Materials of one item are never
 * merged with each other: when an item has two materials of one identity (e.g. the applicant's and
 * the agent's ID card, same e-licence type), each pairs with another item's material of the same
 * normalised name if there is one, else with the first in order. Declare such materials in a
 * bundle's shared materials to leave nothing to chance.
 * @internal
 */
export function mergeMaterials(list: readonly ItemMaterial[], sharedMaterials: readonly SharedMaterial[]): NotificationGroup[] {
  const groups: Group[] = [];
  const keys = new Set<string>();
  const sharedGroups = new Map<string, Group>();
  const newGroup = (baseKey: string, name: string): Group => {
    let key = baseKey;
    for (let n = 2; keys.has(key); n++) key = `${baseKey}#${n}`;
    keys.add(key);
    const group: Group = { key, name, names: new Set(), licenceCode: undefined, items: new Set(), uses: [] };
    groups.push(group);
    return group;
  };
  const declared = (entry: ItemMaterial) =>
    sharedMaterials.find((shared) =>
      shared.uses.some((use) => use.materialId === entry.material.id && entry.itemCodes.includes(use.item)),
    );

  for (const entry of list) {
    const { material } = entry;
    const name = normalizeMaterialName(material.name);
    const shared = declared(entry);
    let group: Group | undefined;
    if (shared !== undefined) {
      group = sharedGroups.get(shared.id);
      if (group === undefined) {
        group = newGroup(`shared:${shared.id}`, shared.name);
        sharedGroups.set(shared.id, group);
      }
    } else {
      group = bestGroup(groups, entry.item, material, name);
      if (group === undefined) {
        const licence = material.eLicenceType?.code;
        group = newGroup(licence === undefined ? `name:${name}` : `licence:${licence}`, material.name);
      }
    }
    group.names.add(name);
    group.licenceCode ??= material.eLicenceType?.code;
    group.items.add(entry.item);
    group.uses.push({ item: entry.item, material });
  }

  const merged = groups.map(toNotificationMaterial);
  return MATERIAL_CLASSES.map((materialClass) => ({
    class: materialClass,
    materials: merged.filter((m) => m.class === materialClass),
  })).filter((group) => group.materials.length > 0);
}
