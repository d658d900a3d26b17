import type { EvaluationCapability } from '../../contract/capabilities.js';
import { dialectEvaluation } from '../shared/dialect-evaluation.js';
import { GUANGDONG_EVALUATION_FIELDS, GUANGDONG_EVALUATION_REQUEST } from './record-fields.js';
import { GUANGDONG_ERRORS, type GuangdongRuntime } from './runtime.js';

/** Guangdong 好差评: `/evaluation/submit` (never retried). @internal */
export function guangdongEvaluation(rt: GuangdongRuntime): EvaluationCapability {
  return dialectEvaluation(rt, '/evaluation/submit', GUANGDONG_EVALUATION_REQUEST, GUANGDONG_EVALUATION_FIELDS, GUANGDONG_ERRORS.evaluation);
}
