import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

import { applyScenarioAnswers } from './apply-scenario.js';
import { itemSchema } from './item.js';
import { AGENT_ID, exampleItem, POWER_OF_ATTORNEY } from '../fixtures/testing.js';
import { errorOf as thrown } from '../fixtures/error-of.js';

const item = z.parse(itemSchema, exampleItem());
const ids = (materials: { id: string }[]) => materials.map((m) => m.id);

function errorOf(run: () => unknown) {
  const error = thrown(run);
  return { code: error.code, path: error.path, message: error.localized('en') };
}

describe('applyScenarioAnswers', () => {
  it('with no answers returns the item’s own list and the required questions asked', () => {
    const outcome = applyScenarioAnswers(item, {});
    expect(ids(outcome.materials)).toEqual(['application-form', 'operator-id', 'premises-proof']);
    expect(outcome.acceptanceConditions).toEqual(item.acceptanceConditions);
    expect(outcome.unanswered).toEqual(['agent', 'premises']);
    expect(outcome.applicable).toEqual(['agent', 'premises', 'extras']);
  });

  it('adds materials, and asks the follow-up question only when its condition holds', () => {
    const outcome = applyScenarioAnswers(item, { agent: 'yes', premises: 'own' });
    expect(ids(outcome.materials)).toEqual(['application-form', 'operator-id', 'premises-proof', 'power-of-attorney', 'agent-id']);
    expect(outcome.materials.slice(3)).toEqual([POWER_OF_ATTORNEY, AGENT_ID]);
    expect(outcome.unanswered).toEqual(['agent-passport']);
    expect(outcome.applicable).toEqual(['agent', 'agent-passport', 'premises', 'extras']);
  });

  it('changes materials a scenario added, and ignores answers to questions not asked', () => {
    const withPassport = applyScenarioAnswers(item, { agent: 'yes', 'agent-passport': 'yes', premises: 'own' });
    expect(withPassport.materials.find((m) => m.id === 'agent-id')).toEqual({ ...AGENT_ID, name: '代理人护照', form: 'paper' });
    expect(withPassport.unanswered).toEqual([]);
    const noAgent = applyScenarioAnswers(item, { agent: 'no', 'agent-passport': 'yes', premises: 'own' });
    expect(ids(noAgent.materials)).toEqual(['application-form', 'operator-id', 'premises-proof']);
    expect(noAgent.applicable).toEqual(['agent', 'premises', 'extras']);
  });

  it('changes the item’s own materials without touching the item', () => {
    const outcome = applyScenarioAnswers(item, { agent: 'no', premises: 'rented' });
    expect(outcome.materials[2]).toEqual({ ...item.materials[2], name: '租赁合同及出租方产权证明', copyCount: 2 });
    expect(item.materials[2]?.copyCount).toBe(1);
    outcome.materials[0]!.name = 'mutated';
    expect(item.materials[0]?.name).toBe('个体工商户登记（备案）申请书');
    const promise = applyScenarioAnswers(item, { agent: 'no', premises: 'promise' });
    expect(promise.materials[2]?.necessity).toBe('promise');
    expect(promise.acceptanceConditions.at(-1)).toBe('申请人承诺经营场所真实、合法、安全');
  });

  it('handles multi-select: adds and removes conditions, removes materials, accepts none', () => {
    const outcome = applyScenarioAnswers(item, { agent: 'no', premises: 'own', extras: ['e-id', 'no-name', 'food'] });
    expect(ids(outcome.materials)).toEqual(['application-form', 'premises-proof']);
    expect(outcome.acceptanceConditions).toEqual(['有经营能力的自然人', '经营场所符合当地规定', '从事食品经营的，须另行取得食品经营许可']);
    const none = applyScenarioAnswers(item, { agent: 'no', premises: 'own', extras: [] });
    expect(none.materials).toHaveLength(3);
    expect(applyScenarioAnswers(item, { agent: 'no', premises: 'own', extras: 'food' }).acceptanceConditions).toHaveLength(4);
  });

  it('is deterministic whatever the order of answers and selected options', () => {
    const a = applyScenarioAnswers(item, { extras: ['food', 'no-name'], premises: 'promise', agent: 'yes', 'agent-passport': 'no' });
    const b = applyScenarioAnswers(item, { 'agent-passport': 'no', agent: 'yes', premises: 'promise', extras: ['no-name', 'food', 'food'] });
    expect(b).toEqual(a);
  });

  it('lets removal win over addition and later changes win over earlier ones', () => {
    const custom = z.parse(itemSchema, {
      ...exampleItem(),
      scenarios: [
        {
          id: 'q1',
          label: 'Q1',
          required: false,
          multiple: true,
          options: [
            { id: 'add', label: 'add', effects: [{ kind: 'addMaterial', material: POWER_OF_ATTORNEY }] },
            { id: 'copies', label: 'copies', effects: [{ kind: 'changeMaterial', materialId: 'power-of-attorney', changes: { copyCount: 3 } }] },
            { id: 'more', label: 'more', effects: [{ kind: 'changeMaterial', materialId: 'power-of-attorney', changes: { copyCount: 5 } }] },
          ],
        },
        {
          id: 'q2',
          label: 'Q2',
          required: false,
          options: [{ id: 'drop', label: 'drop', effects: [{ kind: 'removeMaterial', materialId: 'power-of-attorney' }] }],
        },
      ],
    });
    expect(applyScenarioAnswers(custom, { q1: ['more', 'copies', 'add'] }).materials.at(-1)?.copyCount).toBe(5);
    expect(ids(applyScenarioAnswers(custom, { q1: ['add'], q2: 'drop' }).materials)).not.toContain('power-of-attorney');
    // A change to a material nobody added is skipped.
    expect(ids(applyScenarioAnswers(custom, { q1: ['copies'] }).materials)).toEqual(ids(custom.materials));
  });

  it('rejects unknown questions and options, several options for a single question, and malformed answers', () => {
    expect(errorOf(() => applyScenarioAnswers(item, { agnet: 'yes' }))).toEqual({
      code: 'ANSWER_QUESTION_UNKNOWN',
      path: ['agnet'],
      message: 'Answer given to unknown question "agnet": answer only the questions listed.',
    });
    expect(errorOf(() => applyScenarioAnswers(item, { agent: 'maybe' }))).toMatchObject({ code: 'ANSWER_OPTION_UNKNOWN', path: ['agent'] });
    expect(errorOf(() => applyScenarioAnswers(item, { extras: ['food', 'x'] }))).toMatchObject({ code: 'ANSWER_OPTION_UNKNOWN', path: ['extras'] });
    expect(errorOf(() => applyScenarioAnswers(item, { agent: ['yes', 'no'] }))).toMatchObject({ code: 'ANSWER_SINGLE_EXPECTED', path: ['agent'] });
    expect(errorOf(() => applyScenarioAnswers(item, { agent: 1 as unknown as string }))).toMatchObject({ code: 'ANSWER_INVALID', path: ['agent'] });
    // Answers to questions that are not asked are still checked.
    expect(errorOf(() => applyScenarioAnswers(item, { agent: 'no', 'agent-passport': 'x' }))).toMatchObject({ code: 'ANSWER_OPTION_UNKNOWN' });
  });

  it('treats undefined and an empty array for a single question as unanswered', () => {
    expect(applyScenarioAnswers(item, { agent: undefined, premises: [] }).unanswered).toEqual(['agent', 'premises']);
    expect(applyScenarioAnswers(item, { agent: ['no'], premises: 'own' }).unanswered).toEqual([]);
  });
});
