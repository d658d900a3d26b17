import type { EvaluationCapability } from '../../contract/capabilities.js';
import { evaluationReceiptSchema, evaluationSchema } from '../../parse/evaluation-schemas.js';
import { parseInput } from '../../parse/parse-response.js';
import { withProvinceErrors } from '../mapping/province-errors.js';
import { callOptions } from '../shared/http-config.js';
import { requestOf, responseOf } from '../shared/mapped-io.js';
import { GUANGDONG_EVALUATION_FIELDS, GUANGDONG_EVALUATION_REQUEST } from './record-fields.js';
import { GUANGDONG_ERRORS, type GuangdongRuntime } from './runtime.js';

/** Guangdong 好差评: `/evaluation/submit` (never retried). @internal */
export function guangdongEvaluation(rt: GuangdongRuntime): EvaluationCapability {
  return {
    async submit(evaluation, options = {}) {
      const e = parseInput(evaluationSchema, evaluation, { what: 'evaluation.submit' });
      const json = requestOf(rt, GUANGDONG_EVALUATION_REQUEST, e, 'evaluation.submit');
      const data = await withProvinceErrors(
        () => rt.client.request({ method: 'POST', path: '/evaluation/submit', json, ...callOptions(options) }),
        GUANGDONG_ERRORS.evaluation,
      );
      return responseOf(rt, evaluationReceiptSchema, GUANGDONG_EVALUATION_FIELDS, data, 'evaluation.submit');
    },
  };
}
