import { describe, expect, it } from 'vitest';
import { bundleItemKey } from '@sijitong/core';
import { junanBundles, junanItems } from '@sijitong/core/fixtures';
import { isFormsError } from '../errors.js';
import { JUNAN_FORM_ITEM_CODES as CODES, junanFormSchemas } from '../fixtures/index.js';
import { formForBundle } from './form-for-bundle.js';

const forms = junanFormSchemas();
const bundle = (id: string) => {
  const found = junanBundles.find((b) => b.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isFormsError(error)) return error;
    throw error;
  }
  throw new Error('expected a FormsError');
};

describe('formForBundle', () => {
  it('picks the items with resolveBundle and merges their forms', () => {
    const result = formForBundle(bundle('newborn'), { 'birth-registered': 'yes', medical: 'no', 'ss-card': 'no' }, forms);
    expect(result.outcome.items.map(bundleItemKey)).toEqual([CODES.birthMedicalCertificate, CODES.vaccinationCertificate, CODES.birthHouseholdRegistration]);
    expect(result.form?.items.map((i) => i.itemCode)).toEqual(result.outcome.items.map(bundleItemKey));
    expect(result.form?.sources['newborn.name']?.map((s) => s.item)).toEqual(result.outcome.items.map(bundleItemKey));
  });

  it('finds the form of an item the bundle names by basic code: through the given items, or the one form embedding it', () => {
    const answers = { 'low-income': 'no', power: 'no' };
    expect(failure(() => formForBundle(bundle('rural-house'), answers, forms))).toMatchObject({ code: 'BUNDLE_FORM_MISSING', params: { codes: '370109001000' } });
    const dadian = junanItems.filter((i) => i.implementationCode !== CODES.homesteadApprovalShizilu);
    const itemAnswers = { '370109001000': { rebuild: 'no', farmland: 'no' }, [CODES.ruralPlanningPermit]: { agent: 'no' } };
    const viaItems = formForBundle(bundle('rural-house'), answers, forms, { items: dadian, itemAnswers });
    expect(viaItems.ok).toBe(true);
    expect(viaItems.form?.items.map((i) => i.schema)).toContain(forms[CODES.homesteadApprovalDadian]);
    const { [CODES.homesteadApprovalShizilu]: _shizilu, ...oneImplementation } = forms;
    expect(formForBundle(bundle('rural-house'), answers, oneImplementation).ok).toBe(true);
  });

  it('refuses to build a form before the required questions are answered', () => {
    const error = failure(() => formForBundle(bundle('open-restaurant'), { licensed: 'no' }, forms));
    expect(error).toMatchObject({ code: 'BUNDLE_UNANSWERED', params: { count: 2, questions: 'scale, signboard' } });
    expect(error.localized('en')).toMatch(/^2 required question\(s\) are not answered yet/);
    expect(failure(() => formForBundle(bundle('open-restaurant'), { licensed: 'maybe' }, forms)).code).toBe('BUNDLE_ANSWERS_INVALID');
  });

  it('lists every item without a form', () => {
    const { [CODES.outdoorSignPermit]: _sign, [CODES.electricityConnection]: _power, ...rest } = forms;
    const error = failure(() => formForBundle(bundle('open-restaurant'), { licensed: 'yes', scale: 'small', signboard: 'shopfront', utilities: ['power'] }, rest));
    expect(error).toMatchObject({ code: 'BUNDLE_FORM_MISSING', params: { codes: `${CODES.outdoorSignPermit}, ${CODES.electricityConnection}` } });
  });
});
