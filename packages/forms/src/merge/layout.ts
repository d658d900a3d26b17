import { translate } from '@sijitong/core';
import { mergeMessages } from '../i18n/messages/merge.js';
import type { LocalizedText } from '../schema/field.js';
import type { FormField, FormSection, FormStep } from '../schema/form.js';

/** Where a merged field goes. @internal */
export type Placement =
  | { readonly kind: 'common'; readonly section: { readonly id: string; readonly title: LocalizedText } }
  | { readonly kind: 'item'; readonly entry: number; readonly section: { readonly id: string; readonly title: LocalizedText } }
  | { readonly kind: 'materials' }
  | { readonly kind: 'declarations' };

/** A merged field and where it goes. @internal */
export interface PlacedField {
  /** The merged field. */
  readonly field: FormField;
  /** Where. */
  readonly placement: Placement;
}

/** Namespaces that describe the applicant: asked in the common step even when one item asks them. */
const PARTY = new Set(['applicant', 'enterprise', 'legalRepresentative', 'agent', 'contact']);
/** Namespaces of the applicant themself: their sections come first. */
const APPLICANT = new Set(['applicant', 'enterprise', 'legalRepresentative']);

const namespaceOf = (key: string) => key.slice(0, key.indexOf('.') >>> 0);

/** Whether a key shared by one item only still belongs to the common step. @internal */
export const isPartyKey = (key: string): boolean => PARTY.has(namespaceOf(key));

const text = (key: 'merge.step.common' | 'merge.step.materials' | 'merge.step.declarations'): LocalizedText => ({
  'zh-CN': translate(mergeMessages, key, {}, 'zh-CN'),
  en: translate(mergeMessages, key, {}, 'en'),
});

interface Bucket {
  readonly id: string;
  readonly title: LocalizedText;
  readonly fields: FormField[];
}

function bucket(list: Bucket[], id: string, title: LocalizedText): Bucket {
  let found = list.find((b) => b.id === id);
  if (found === undefined) {
    found = { id, title, fields: [] };
    list.push(found);
  }
  return found;
}

const toSection = (b: Bucket): FormSection => ({ id: b.id, title: b.title, fields: b.fields });

/**
 * Lays the merged fields out: one step of what several items (or the applicant) share, sections
 * of the applicant first; then one step per item with its own questions in its own sections;
 * then one de-duplicated materials step; then the declarations. Empty steps are left out. @internal
 */
export function layOut(placed: readonly PlacedField[], items: readonly { readonly itemCode: string; readonly title: LocalizedText }[]): FormStep[] {
  const common: Bucket[] = [];
  const perItem = items.map((): Bucket[] => []);
  const materials: FormField[] = [];
  const declarations: FormField[] = [];
  for (const { field, placement } of placed) {
    switch (placement.kind) {
      case 'common':
        bucket(common, placement.section.id, placement.section.title).fields.push(field);
        break;
      case 'item':
        bucket(perItem[placement.entry] as Bucket[], placement.section.id, placement.section.title).fields.push(field);
        break;
      case 'materials':
        materials.push(field);
        break;
      case 'declarations':
        declarations.push(field);
        break;
    }
  }
  const rank = (b: Bucket) => (b.fields.some((f) => APPLICANT.has(namespaceOf(f.key))) ? 0 : 1);
  const sortedCommon = common.map((b, i) => ({ b, i })).sort((x, y) => rank(x.b) - rank(y.b) || x.i - y.i).map(({ b }) => b);
  const steps: FormStep[] = [];
  if (sortedCommon.length > 0) steps.push({ id: 'common', title: text('merge.step.common'), sections: sortedCommon.map(toSection) });
  items.forEach((item, i) => {
    const sections = perItem[i] as Bucket[];
    if (sections.length > 0) steps.push({ id: `item-${item.itemCode}`, title: item.title, sections: sections.map(toSection) });
  });
  if (materials.length > 0) {
    const title = text('merge.step.materials');
    steps.push({ id: 'materials', title, sections: [{ id: 'materials', title, fields: materials }] });
  }
  if (declarations.length > 0) {
    const title = text('merge.step.declarations');
    steps.push({ id: 'declarations', title, sections: [{ id: 'declarations', title, fields: declarations }] });
  }
  return steps;
}
