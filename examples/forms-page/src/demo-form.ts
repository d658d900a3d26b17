import type { Answers } from '@sijitong/core';
import { junanBundles } from '@sijitong/core/fixtures';
import { formForBundle, type MergedForm } from '@sijitong/forms';
import { junanFormSchemas } from '@sijitong/forms/fixtures';

/** The fixture bundle the page shows: 开办餐饮店一件事 (Junan County). */
export const BUNDLE_ID = 'open-restaurant';

/** The applicant's answers to the bundle's questions: unlicensed, small, a shop sign, electricity. */
export const BUNDLE_ANSWERS: Answers = { licensed: 'no', scale: 'small', signboard: 'shopfront', utilities: ['power'] };

/**
 * A valid resident ID number (check digit included) that "already has an open application": the
 * server's `/api/open-case` says so for this number only, so the page can show the asynchronous
 * check. The page text names it.
 */
export const OPEN_CASE_ID = '371327198503150041';

/** The merged form's key of the applicant's ID number (the async check's field). */
export const ID_NUMBER_KEY = 'applicant.idNumber';

/** The draft id the page gives `<sjt-form draft-key>`. */
export const DRAFT_KEY = 'open-restaurant-demo';

/**
 * The bundle's four items' forms merged into one (`formForBundle` over the Junan fixtures).
 * @throws Error when the fixtures no longer merge cleanly (a conflict), which the tests would catch.
 */
export function demoForm(): MergedForm {
  const bundle = junanBundles.find((b) => b.id === BUNDLE_ID);
  if (bundle === undefined) throw new Error(`no fixture bundle ${BUNDLE_ID}`);
  const result = formForBundle(bundle, BUNDLE_ANSWERS, junanFormSchemas());
  if (!result.ok) throw new Error(`the ${BUNDLE_ID} forms do not merge: ${result.conflicts.map((c) => c.code).join(', ')}`);
  return result.form;
}
