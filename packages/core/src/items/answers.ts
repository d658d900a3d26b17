import { SijitongError } from '../errors.js';
import type { Condition, QuestionShape } from './question.js';
import { itemsMessages } from '../i18n/messages/items.js';

/**
 * Answers to questions, by question id: an option id, or for a `multiple` question an array of
 * option ids (possibly empty: "none of these"). `undefined` means not answered.
 */
export type Answers = Readonly<Record<string, string | readonly string[] | undefined>>;

/** The options selected for the questions that are asked, and which questions are open. @internal */
export interface Selection {
  /** Selected option ids by question id, in the question's option order; only asked questions. */
  readonly selected: ReadonlyMap<string, readonly string[]>;
  /** Ids of the questions asked given the answers (their `when` holds), in order. */
  readonly applicable: readonly string[];
  /** Ids of required, asked questions without an answer, in order. */
  readonly unanswered: readonly string[];
}

/** True when `condition` holds for the options selected so far. @internal */
export function conditionHolds(condition: Condition, selected: ReadonlyMap<string, readonly string[]>): boolean {
  const options = selected.get(condition.question);
  return options !== undefined && options.some((id) => condition.anyOf.includes(id));
}

function optionIdsOf(question: QuestionShape, answer: unknown): readonly string[] | undefined {
  const ids = typeof answer === 'string' ? [answer] : answer;
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
    throw new SijitongError(itemsMessages, 'ANSWER_INVALID', { question: question.id }, { path: [question.id] });
  }
  const unique = [...new Set(ids as string[])];
  unique.forEach((id) => {
    if (!question.options.some((option) => option.id === id)) {
      throw new SijitongError(itemsMessages, 'ANSWER_OPTION_UNKNOWN', { question: question.id, option: id }, { path: [question.id] });
    }
  });
  if (question.multiple !== true) {
    if (unique.length > 1) throw new SijitongError(itemsMessages, 'ANSWER_SINGLE_EXPECTED', { question: question.id }, { path: [question.id] });
    if (unique.length === 0) return undefined;
  }
  return question.options.map((option) => option.id).filter((id) => unique.includes(id));
}

/**
 * Checks `answers` against `questions` and works out what is selected. Every answer is checked,
 * even one to a question that is not asked; the answer to a question whose `when` does not hold is
 * then ignored.
 *
 * @throws {@link SijitongError} `ANSWER_QUESTION_UNKNOWN`, `ANSWER_OPTION_UNKNOWN`,
 * `ANSWER_SINGLE_EXPECTED` or `ANSWER_INVALID`, with the question id as path.
 * @internal
 */
export function selectOptions(questions: readonly QuestionShape[], answers: Answers): Selection {
  const byId = new Map(questions.map((question) => [question.id, question]));
  for (const [id, answer] of Object.entries(answers)) {
    if (answer !== undefined && !byId.has(id)) throw new SijitongError(itemsMessages, 'ANSWER_QUESTION_UNKNOWN', { question: id }, { path: [id] });
  }
  const given = new Map<string, readonly string[] | undefined>();
  for (const question of questions) {
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (answer !== undefined) given.set(question.id, optionIdsOf(question, answer));
  }
  const selected = new Map<string, readonly string[]>();
  const applicable: string[] = [];
  const unanswered: string[] = [];
  for (const question of questions) {
    if (question.when !== undefined && !conditionHolds(question.when, selected)) continue;
    applicable.push(question.id);
    const options = given.get(question.id);
    if (options === undefined) {
      if (question.required) unanswered.push(question.id);
    } else {
      selected.set(question.id, options);
    }
  }
  return { selected, applicable, unanswered };
}
