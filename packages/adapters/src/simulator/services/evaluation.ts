import type { SatisfactionLevel } from '@sijitong/core';
import { SimError } from '../sim-error.js';
import type { SimulatorState } from '../state.js';

/** Records a 好差评 rating of a sent case; levels 1–2 need a reason (`REASON_REQUIRED`). */
export function submitEvaluation(
  state: SimulatorState,
  input: { readonly caseNumber: string; readonly level: SatisfactionLevel; readonly reason?: string | undefined; readonly comment?: string | undefined },
): string {
  const entry = state.cases.get(input.caseNumber);
  if (entry === undefined || entry.case.status === 'draft') throw new SimError('NOT_FOUND');
  const reason = input.reason?.trim();
  if (input.level <= 2 && (reason === undefined || reason === '')) throw new SimError('REASON_REQUIRED');
  const id = state.nextId('EVAL');
  state.evaluations.push({
    id,
    caseNumber: input.caseNumber,
    level: input.level,
    ...(reason === undefined || reason === '' ? {} : { reason }),
    ...(input.comment === undefined ? {} : { comment: input.comment }),
  });
  return id;
}
