import type { EvaluationCapability } from '../../contract/capabilities.js';
import { evaluationReceiptSchema, evaluationSchema } from '../../parse/evaluation-schemas.js';
import { parseInput } from '../../parse/parse-response.js';
import { withProvinceErrors } from '../mapping/province-errors.js';
import { callOptions } from '../shared/http-config.js';
import { requestOf, responseOf } from '../shared/mapped-io.js';
import { NATIONAL_EVALUATION_FIELDS, NATIONAL_EVALUATION_REQUEST } from './record-fields.js';
import { NATIONAL_ERRORS, type NationalRuntime } from './runtime.js';

/** National 好差评: `POST /evaluations` (not idempotent at the province, so never retried). @internal */
export function nationalEvaluation(rt: NationalRuntime): EvaluationCapability {
  return {
    async submit(evaluation, options = {}) {
      const e = parseInput(evaluationSchema, evaluation, { what: 'evaluation.submit' });
      const json = requestOf(rt, NATIONAL_EVALUATION_REQUEST, e, 'evaluation.submit');
      const data = await withProvinceErrors(
        () => rt.client.request({ method: 'POST', path: '/evaluations', json, ...callOptions(options) }),
        NATIONAL_ERRORS.evaluation,
      );
      return responseOf(rt, evaluationReceiptSchema, NATIONAL_EVALUATION_FIELDS, data, 'evaluation.submit');
    },
  };
}
