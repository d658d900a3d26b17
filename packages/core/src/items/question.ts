import * as z from 'zod/mini';
import type { IssuePath } from '../errors.js';
import type { ItemIssue } from './issues.js';
import { localIdSchema, textSchema } from './fields.js';

/**
 * zod schema of a condition over earlier questions: it holds when the answer to `question`
 * selected any of the options `anyOf`.
 */
export const conditionSchema = /* @__PURE__ */ z.strictObject({
  /** Id of an earlier question. */
  question: localIdSchema,
  /** Ids of that question's options; selecting any of them makes the condition hold. */
  anyOf: z.array(localIdSchema).check(z.minLength(1)),
});
/** A condition over the answer to an earlier question, e.g. `{ question: 'agent', anyOf: ['yes'] }`. */
export type Condition = z.infer<typeof conditionSchema>;

/**
 * Builds the zod schema of a question whose options carry effects of the given schema. Scenario
 * questions (情形) and bundle questions share this shape; only their effects differ.
 *
 * A question with `when` is asked only when the condition holds; otherwise its answer is ignored.
 * `multiple` questions take several options (or none); others exactly one.
 */
export function questionSchemaOf<E extends z.core.$ZodType>(effectSchema: E) {
  return z.strictObject({
    /** Stable id, unique among the questions of the item or bundle. */
    id: localIdSchema,
    /** The question as shown, e.g. 是否委托代理人办理？ */
    label: textSchema,
    /** Help text shown with the question. */
    help: z.optional(textSchema),
    /** Whether the material list is incomplete until it is answered. */
    required: z.boolean(),
    /** Whether several options can be selected. */
    multiple: z.optional(z.boolean()),
    /** Ask only when this condition over earlier questions holds. */
    when: z.optional(conditionSchema),
    /** The options, at least one. */
    options: z
      .array(
        z.strictObject({
          /** Stable id, unique within the question. */
          id: localIdSchema,
          /** The option as shown, e.g. 是 / 否. */
          label: textSchema,
          /** Help text shown with the option. */
          help: z.optional(textSchema),
          /** What selecting the option does; none when omitted. */
          effects: z._default(z.array(effectSchema), () => []),
        }),
      )
      .check(z.minLength(1)),
  });
}

/** The parts of a question the answer logic needs, whatever its effects. */
export interface QuestionShape {
  /** Question id. */
  readonly id: string;
  /** Whether an answer is required. */
  readonly required: boolean;
  /** Whether several options can be selected. */
  readonly multiple?: boolean | undefined;
  /** Condition under which the question is asked. */
  readonly when?: Condition | undefined;
  /** The options and their ids. */
  readonly options: readonly {
    /** Option id. */
    readonly id: string;
  }[];
}

/**
 * Integrity issues of a condition whose question is `target` (`undefined` when no question the
 * condition may refer to has its id): the question must exist and have every option of `anyOf`.
 * Paths start with `at`, the path of the condition.
 * @internal
 */
export function conditionIssues(condition: Condition, target: QuestionShape | undefined, at: IssuePath): ItemIssue[] {
  if (target === undefined) {
    return [{ path: [...at, 'question'], code: 'CONDITION_QUESTION_UNKNOWN', params: { question: condition.question } }];
  }
  const issues: ItemIssue[] = [];
  condition.anyOf.forEach((optionId, i) => {
    if (!target.options.some((option) => option.id === optionId)) {
      issues.push({
        path: [...at, 'anyOf', i],
        code: 'CONDITION_OPTION_UNKNOWN',
        params: { question: target.id, option: optionId },
      });
    }
  });
  return issues;
}

/**
 * Integrity issues of a question list: duplicate question or option ids, and conditions that do
 * not point at an earlier question and its options. Paths are relative to the list.
 * @internal
 */
export function questionListIssues(questions: readonly QuestionShape[]): ItemIssue[] {
  const issues: ItemIssue[] = [];
  const seen = new Map<string, QuestionShape>();
  questions.forEach((question, q) => {
    if (seen.has(question.id)) {
      issues.push({ path: [q, 'id'], code: 'QUESTION_ID_DUPLICATE', params: { id: question.id } });
    }
    const optionIds = new Set<string>();
    question.options.forEach((option, o) => {
      if (optionIds.has(option.id)) {
        issues.push({
          path: [q, 'options', o, 'id'],
          code: 'QUESTION_OPTION_ID_DUPLICATE',
          params: { question: question.id, id: option.id },
        });
      }
      optionIds.add(option.id);
    });
    if (question.when !== undefined) issues.push(...conditionIssues(question.when, seen.get(question.when.question), [q, 'when']));
    if (!seen.has(question.id)) seen.set(question.id, question);
  });
  return issues;
}
