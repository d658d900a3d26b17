import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { localizeZodError } from '../i18n/zod.js';
import { bundleItemKey, bundleSchema, type BundleInput } from './bundle.js';
import { resolveBundle } from './resolve-bundle.js';
import { exampleBundle, NEWBORN, testImplementationCode } from '../fixtures/testing.js';

const bundle = z.parse(bundleSchema, exampleBundle());
const codes = (answers: Record<string, string>) => resolveBundle(bundle, answers).items.map(bundleItemKey);

function issuesOf(input: BundleInput) {
  const result = z.safeParse(bundleSchema, input);
  return result.success ? [] : localizeZodError(result.error).map((i) => [i.path.join('.'), i.code]);
}

function edit(change: (bundle: BundleInput) => void): BundleInput {
  const input = exampleBundle();
  change(input);
  return input;
}

describe('bundleSchema', () => {
  it('accepts the newborn bundle', () => {
    expect(bundle.items).toHaveLength(4);
    expect(bundle.questions[0]?.options[0]?.effects).toEqual([]);
  });

  it('needs exactly one code per item reference', () => {
    expect(issuesOf(edit((b) => b.items.push({})))).toEqual([['items.4', 'BUNDLE_ITEM_REF_INVALID']]);
    const both = { basicCode: '000107050000', implementationCode: testImplementationCode('000107050000') };
    expect(issuesOf(edit((b) => b.items.push(both)))).toEqual([['items.4', 'BUNDLE_ITEM_REF_INVALID']]);
    expect(issuesOf(edit((b) => b.items.push({ implementationCode: both.implementationCode })))).toEqual([]);
  });

  it('checks item codes, conditions, effects and shared materials resolve', () => {
    const bad = edit((b) => {
      b.items.push({ basicCode: NEWBORN.hukou });
      b.items[2]!.when = { question: 'insurance', anyOf: ['maybe'] };
      b.items[3]!.when = { question: 'nope', anyOf: ['yes'] };
      b.questions![1]!.options[0]!.effects = [{ kind: 'includeItem', item: '999999999999' }];
      b.sharedMaterials![0]!.uses[0]!.item = 'unknown';
    });
    expect(issuesOf(bad)).toEqual([
      ['items.2.when.anyOf.0', 'CONDITION_OPTION_UNKNOWN'],
      ['items.3.when.question', 'CONDITION_QUESTION_UNKNOWN'],
      ['items.4', 'BUNDLE_ITEM_DUPLICATE'],
      ['questions.1.options.0.effects.0.item', 'BUNDLE_ITEM_UNKNOWN'],
      ['sharedMaterials.0.uses.0.item', 'BUNDLE_ITEM_UNKNOWN'],
    ]);
  });

  it('checks question ids and structure', () => {
    expect(issuesOf(edit((b) => (b.questions![1]!.id = 'insurance')))).toEqual([['questions.1.id', 'QUESTION_ID_DUPLICATE']]);
    expect(issuesOf(edit((b) => (b.items = [])))).toEqual([['items', 'SCHEMA_TOO_SMALL']]);
    expect(issuesOf(edit((b) => (b.levels = [])))).toEqual([['levels', 'ITEM_LEVELS_EMPTY']]);
    expect(issuesOf(edit((b) => (b.sharedMaterials![0]!.uses = [b.sharedMaterials![0]!.uses[0]!])))).toEqual([
      ['sharedMaterials.0.uses', 'SCHEMA_TOO_SMALL'],
    ]);
  });
});

describe('resolveBundle', () => {
  it('includes unconditional items and lists the required question while unanswered', () => {
    const outcome = resolveBundle(bundle, {});
    expect(outcome.items.map(bundleItemKey)).toEqual([NEWBORN.birthCertificate, NEWBORN.hukou]);
    expect(outcome.unanswered).toEqual(['insurance']);
    expect(outcome.applicable).toEqual(['insurance']);
    expect(outcome.sharedMaterials).toEqual([]);
  });

  it('includes conditional items when their condition holds (新生儿医保参保)', () => {
    const outcome = resolveBundle(bundle, { insurance: 'yes' });
    expect(outcome.items.map(bundleItemKey)).toEqual(Object.values(NEWBORN));
    expect(outcome.unanswered).toEqual([]);
    expect(outcome.applicable).toEqual(['insurance', 'card']);
    expect(outcome.sharedMaterials[0]?.uses.map((u) => u.item)).toEqual([NEWBORN.hukou, NEWBORN.insurance, NEWBORN.socialCard]);
    expect(codes({ insurance: 'no' })).toEqual([NEWBORN.birthCertificate, NEWBORN.hukou]);
  });

  it('lets excludeItem win, and drops shared materials left with one use', () => {
    expect(codes({ insurance: 'yes', card: 'no' })).toEqual([NEWBORN.birthCertificate, NEWBORN.hukou, NEWBORN.insurance]);
    expect(resolveBundle(bundle, { insurance: 'yes', card: 'no' }).sharedMaterials[0]?.uses).toHaveLength(2);
    expect(resolveBundle(bundle, { insurance: 'no' }).sharedMaterials).toEqual([]);
    // `card` is not asked when insurance is no: its answer is ignored.
    expect(codes({ insurance: 'no', card: 'no' })).toEqual([NEWBORN.birthCertificate, NEWBORN.hukou]);
  });

  it('lets includeItem add an item whose condition does not hold', () => {
    const custom = z.parse(
      bundleSchema,
      edit((b) => {
        b.questions!.push({
          id: 'lost',
          label: '出生医学证明是否遗失？',
          required: false,
          options: [{ id: 'yes', label: '是', effects: [{ kind: 'includeItem', item: '000107060000' }] }],
        });
        b.items.push({ basicCode: '000107060000', when: { question: 'insurance', anyOf: ['yes'] } });
      }),
    );
    expect(resolveBundle(custom, { insurance: 'no' }).items.map(bundleItemKey)).not.toContain('000107060000');
    expect(resolveBundle(custom, { insurance: 'no', lost: 'yes' }).items.map(bundleItemKey)).toContain('000107060000');
  });

  it('rejects unknown answers with a path', () => {
    expect(() => resolveBundle(bundle, { insurance: 'perhaps' })).toThrowError(
      expect.objectContaining({ code: 'ANSWER_OPTION_UNKNOWN', path: ['insurance'] }),
    );
  });
});
