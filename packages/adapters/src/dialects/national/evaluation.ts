import type { EvaluationCapability } from '../../contract/capabilities.js';
import { dialectEvaluation } from '../shared/dialect-evaluation.js';
import { NATIONAL_EVALUATION_FIELDS, NATIONAL_EVALUATION_REQUEST } from './record-fields.js';
import { NATIONAL_ERRORS, type NationalRuntime } from './runtime.js';

/** National 好差评: `POST /evaluations` (not idempotent at the province, so never retried). @internal */
export function nationalEvaluation(rt: NationalRuntime): EvaluationCapability {
  return dialectEvaluation(rt, '/evaluations', NATIONAL_EVALUATION_REQUEST, NATIONAL_EVALUATION_FIELDS, NATIONAL_ERRORS.evaluation);
}
