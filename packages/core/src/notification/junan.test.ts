import { describe, expect, it } from 'vitest';
import { junanBundles, junanItems } from '../fixtures/junan/index.js';
import type { Answers } from '../items/answers.js';
import { applyScenarioAnswers } from '../items/apply-scenario.js';
import { bundleItemKey } from '../items/bundle.js';
import type { Item } from '../items/item.js';
import { resolveBundle } from '../items/resolve-bundle.js';
import { buildNotification } from './build.js';
import { renderNotificationText } from './render-text.js';

/** Answers every required question asked with its first option, follow-ups included. */
function firstOptions(questions: readonly { id: string; options: readonly { id: string }[] }[], unanswered: (answers: Answers) => readonly string[]): Answers {
  const answers: Record<string, string> = {};
  for (let round = 0; round < questions.length + 1; round++) {
    const open = unanswered(answers);
    if (open.length === 0) break;
    for (const id of open) answers[id] = questions.find((q) => q.id === id)?.options[0]?.id ?? '';
  }
  return answers;
}

const answersFor = (item: Item) => firstOptions(item.scenarios, (answers) => applyScenarioAnswers(item, answers).unanswered);
const itemOf = (key: string) => junanItems.find((item) => item.implementationCode === key || item.basicCode === key) as Item;

describe('buildNotification on the Junan catalogue', () => {
  it('tells every item’s materials, each once, in class order', () => {
    expect(junanItems.length).toBeGreaterThan(10);
    for (const item of junanItems) {
      const answers = answersFor(item);
      const notification = buildNotification(item, answers);
      const listed = notification.groups.flatMap((g) => g.materials);
      expect(listed.map((m) => m.uses[0]?.material.id).sort(), item.name).toEqual(applyScenarioAnswers(item, answers).materials.map((m) => m.id).sort());
      const order = ['certificate', 'approval', 'intermediary', 'document'];
      expect(notification.groups.map((g) => order.indexOf(g.class))).toEqual([...notification.groups.map((g) => order.indexOf(g.class))].sort());
      expect(renderNotificationText(notification)).toContain(item.name);
      if (item.scenarios.some((q) => q.required)) expect(() => buildNotification(item, {}), item.name).toThrow(/必答问题/);
    }
  });

  it('merges each bundle’s shared materials into one line naming every item that needs it', () => {
    for (const bundle of junanBundles) {
      const bundleAnswers =
        bundle.id === 'open-restaurant'
          ? { licensed: 'no', scale: 'standard', signboard: 'shopfront', utilities: ['power', 'water'] }
          : firstOptions(bundle.questions, (answers) => resolveBundle(bundle, answers).unanswered);
      const outcome = resolveBundle(bundle, bundleAnswers);
      const entries = outcome.items.map((ref) => {
        const item = itemOf(bundleItemKey(ref));
        return { item, answers: answersFor(item) };
      });
      const notification = buildNotification(entries, { sharedMaterials: outcome.sharedMaterials });
      const listed = notification.groups.flatMap((g) => g.materials);
      const separate = entries.reduce((sum, { item, answers }) => sum + applyScenarioAnswers(item, answers).materials.length, 0);
      expect(listed.length, bundle.id).toBeLessThan(separate);
      for (const shared of outcome.sharedMaterials) {
        const kept = shared.uses.filter((use) => {
          const item = itemOf(use.item);
          const entry = entries.find((e) => e.item === item);
          return entry !== undefined && applyScenarioAnswers(item, entry.answers ?? {}).materials.some((m) => m.id === use.materialId);
        });
        if (kept.length === 0) continue;
        const line = listed.find((m) => m.key === `shared:${shared.id}`);
        expect(line?.name, `${bundle.id} ${shared.id}`).toBe(shared.name);
        expect(line?.items).toEqual(expect.arrayContaining(kept.map((use) => itemOf(use.item).implementationCode)));
      }
    }
  });
});
