import type { EvaluationCapability } from '../contract/capabilities.js';
import { AdapterError } from '../errors.js';
import { contractMessages } from '../i18n/messages/contract.js';
import { evaluationReceiptSchema, evaluationSchema } from '../parse/evaluation-schemas.js';
import { parseInput, parseResponse } from '../parse/parse-response.js';
import type { StaticEvaluation, StaticState } from './state.js';
import { instantOf } from './time.js';

/** The evaluation capability (好差评) of the static adapter: core's rules, ratings kept in memory. @internal */
export function staticEvaluation(state: StaticState): EvaluationCapability {
  return {
    async submit(evaluation) {
      const e = parseInput(evaluationSchema, evaluation, { what: 'evaluation.submit' });
      const c = state.cases.get(e.caseNumber);
      if (c === undefined || c.status === 'draft') throw new AdapterError(contractMessages, 'ADAPTER_CASE_NOT_FOUND', {}, { path: ['caseNumber'] });
      const at = instantOf(state.now());
      const stored: StaticEvaluation = { evaluationId: `EV${String(state.next('evaluation')).padStart(8, '0')}`, at, ...e };
      state.evaluations.push(stored);
      const satisfaction = { level: e.level, at, ...(e.reason === undefined ? {} : { reason: e.reason }), ...(e.comment === undefined ? {} : { comment: e.comment }) };
      state.cases.set(c.number, { ...c, satisfaction });
      return parseResponse(evaluationReceiptSchema, { evaluationId: stored.evaluationId }, { what: 'evaluation.submit' });
    },
  };
}
