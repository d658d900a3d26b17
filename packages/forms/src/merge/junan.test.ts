import { describe, expect, it } from 'vitest';
import { buildNotification, bundleItemKey, resolveBundle, type Answers, type Item } from '@sijitong/core';
import { junanBundles, junanItems } from '@sijitong/core/fixtures';
import { JUNAN_FORM_ITEM_CODES, junanFormElements, junanFormSchemas, sampleValues } from '../fixtures/index.js';
import { formForBundle } from '../bundle/form-for-bundle.js';
import { validateValues } from '../model/validate.js';
import type { FormSchema } from '../schema/form.js';
import { loadFormSchema } from '../schema/load.js';
import { splitSubmission } from './split.js';
import type { MergedForm } from './types.js';

/*
 * The real-looking case: every Junan bundle, with several answers, merged with and without the
 * items (i.e. materials from the one-time notification, or from the forms' upload slots).
 */

const today = '2026-05-01';
const forms = junanFormSchemas();
/** The township serving the rural-house bundle's villages is 大店镇. */
const items = junanItems.filter((item) => item.implementationCode !== JUNAN_FORM_ITEM_CODES.homesteadApprovalShizilu);

const BUNDLE_ANSWERS: Readonly<Record<string, readonly Answers[]>> = {
  'open-restaurant': [
    { licensed: 'no', scale: 'small', signboard: 'shopfront', utilities: ['power', 'water'] },
    { licensed: 'yes', scale: 'standard', signboard: 'large', utilities: [] },
  ],
  'open-barbershop': [{ signboard: 'yes' }, { signboard: 'no' }],
  newborn: [
    { 'birth-registered': 'no', medical: 'yes' },
    { 'birth-registered': 'yes', medical: 'no', 'ss-card': 'yes' },
  ],
  retirement: [
    { 'housing-fund': 'yes', resettle: 'yes' },
    { 'housing-fund': 'no', resettle: 'no' },
  ],
  'rural-house': [
    { 'low-income': 'yes', power: 'yes' },
    { 'low-income': 'no', power: 'no' },
  ],
};

/** Answers to every scenario question of every item: the first options, or the last ones. */
function scenarioAnswers(pick: 'first' | 'last'): Record<string, Answers> {
  return Object.fromEntries(
    items.map((item) => [
      item.implementationCode,
      Object.fromEntries(item.scenarios.map((s) => [s.id, (pick === 'first' ? s.options[0] : s.options[s.options.length - 1])?.id ?? ''])),
    ]),
  );
}

function expectSplitValid(form: MergedForm, values: Record<string, unknown>): void {
  const merged = validateValues(form.schema, values, { today });
  expect(merged.errors).toEqual([]);
  const parts = splitSubmission(form, values, { today });
  expect(parts.map((p) => p.itemCode)).toEqual(form.items.map((i) => i.itemCode));
  for (const part of parts) {
    const original = form.items.find((i) => i.itemCode === part.itemCode)?.schema as FormSchema;
    const checked = validateValues(original, part.values, { today });
    expect(checked.errors, part.itemCode).toEqual([]);
    expect(part.values['applicant.name']).toBe(values['applicant.name']);
  }
}

describe.each(junanBundles.map((bundle) => [bundle.id, bundle] as const))('the %s bundle as one form', (_id, bundle) => {
  for (const [a, answers] of (BUNDLE_ANSWERS[bundle.id] ?? []).entries()) {
    for (const pick of ['first', 'last'] as const) {
      it(`merges and splits back valid parts (answers ${a + 1}, scenarios: ${pick} options)`, () => {
        const itemAnswers = scenarioAnswers(pick);
        const result = formForBundle(bundle, answers, forms, { items, itemAnswers });
        expect(result.conflicts).toEqual([]);
        expect(result.warnings).toEqual([]);
        const form = result.form as MergedForm;
        expect(loadFormSchema(form.schema, { elements: junanFormElements }).problems).toEqual([]);

        // The materials section is the one-time notification's, item for item and in its order.
        const outcome = resolveBundle(bundle, answers);
        const applying = outcome.items.map((ref) => items.find((i) => i.implementationCode === ref.implementationCode || i.basicCode === ref.basicCode) as Item);
        const keyOf = new Map(outcome.items.map((ref, i) => [(applying[i] as Item).implementationCode, bundleItemKey(ref)]));
        const notification = buildNotification(
          applying.map((item) => ({ item, answers: itemAnswers[item.implementationCode] })),
          { sharedMaterials: outcome.sharedMaterials },
        );
        const expected = notification.groups.flatMap((g) => g.materials);
        expect(form.materials.map((m) => m.notificationKey)).toEqual(expected.map((m) => m.key));
        expect(form.materials.map((m) => m.uses.map((u) => [u.item, u.materialId]))).toEqual(
          expected.map((m) => m.uses.map((u) => [keyOf.get(u.item), u.material.id])),
        );
        const materialsStep = form.schema.steps.find((s) => s.id === 'materials');
        const uploads = materialsStep?.sections.flatMap((s) => s.fields) ?? [];
        expect(uploads.map((f) => f.key)).toEqual(form.materials.map((m) => m.key));
        expect(uploads.map((f) => f.required === true)).toEqual(expected.map((m) => m.necessity === 'required'));
        expect(form.schema.steps.filter((s) => s.id === 'materials')).toHaveLength(1);

        expectSplitValid(form, sampleValues(form.schema));
      });
    }

    it(`merges by the forms' upload slots without the items (answers ${a + 1})`, () => {
      // The bundle refers to the homestead approval by basic code: key its form so.
      const byBundleCode = { ...forms, '370109001000': forms[JUNAN_FORM_ITEM_CODES.homesteadApprovalDadian] as FormSchema };
      const result = formForBundle(bundle, answers, byBundleCode);
      expect(result.conflicts).toEqual([]);
      const form = result.form as MergedForm;
      expect(form.materials.every((m) => m.notificationKey === undefined)).toBe(true);
      expect(result.outcome.items.map(bundleItemKey)).toEqual(form.items.map((i) => i.itemCode));
      expectSplitValid(form, sampleValues(form.schema));
      // An agent applies: the agent fields are required, in the merged form and in every part.
      // (Items without an agent scenario, like those of 退休, ask no agent.)
      const agentKeys = ['agent.name', 'agent.idNumber', 'agent.mobile'].filter((key) => form.sources[key] !== undefined);
      expect(agentKeys.length === 0).toBe(bundle.id === 'retirement');
      const viaAgent = Object.fromEntries(Object.entries(sampleValues(form.schema, { 'application.viaAgent': true })).filter(([key]) => !agentKeys.includes(key)));
      const missing = validateValues(form.schema, viaAgent, { today }).errors.map((e) => e.key);
      expect(missing).toEqual(agentKeys);
      expect(validateValues(form.schema, sampleValues(form.schema, { 'application.viaAgent': true }), { today }).ok).toBe(true);
    });
  }
});

describe('shared materials of a bundle', () => {
  it('collect one upload for the items that share it, even under different material ids', () => {
    const bundle = junanBundles.find((b) => b.id === 'open-restaurant');
    if (bundle === undefined) throw new Error('no bundle');
    const itemAnswers = scenarioAnswers('last');
    const result = formForBundle(bundle, { licensed: 'yes', scale: 'standard', signboard: 'none', utilities: [] }, forms, { items, itemAnswers });
    const operator = result.form?.materials.find((m) => m.uses.some((u) => u.materialId === 'representative-id-card'));
    expect(operator?.uses.map((u) => u.materialId)).toEqual(['representative-id-card']);
    const restaurant = formForBundle(bundle, { licensed: 'no', scale: 'standard', signboard: 'none', utilities: [] }, forms, { items, itemAnswers });
    const shared = restaurant.form?.materials.find((m) => m.uses.some((u) => u.materialId === 'representative-id-card'));
    expect(shared?.uses.map((u) => [u.item.slice(-12), u.materialId])).toEqual([
      ['370112001000', 'operator-id-card'],
      ['370112002000', 'representative-id-card'],
    ]);
  });
});
