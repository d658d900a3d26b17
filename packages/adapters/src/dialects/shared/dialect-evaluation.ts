import type { EvaluationCapability } from '../../contract/capabilities.js';
import { evaluationReceiptSchema, evaluationSchema } from '../../parse/evaluation-schemas.js';
import { parseInput } from '../../parse/parse-response.js';
import { withProvinceErrors, type ProvinceErrorTable } from '../mapping/province-errors.js';
import type { ObjectSpec } from '../mapping/spec.js';
import type { DialectRuntime } from './dialect-runtime.js';
import { callOptions } from './http-config.js';
import { requestOf, responseOf } from './mapped-io.js';

/** 好差评 of a dialect: the evaluation mapped with `request`, POSTed to `path` (never retried), the receipt read with `response`. @internal */
export function dialectEvaluation(rt: DialectRuntime, path: string, request: ObjectSpec, response: ObjectSpec, errors: ProvinceErrorTable): EvaluationCapability {
  return {
    async submit(evaluation, options = {}) {
      const e = parseInput(evaluationSchema, evaluation, { what: 'evaluation.submit' });
      const json = requestOf(rt, request, e, 'evaluation.submit');
      const data = await withProvinceErrors(() => rt.client.request({ method: 'POST', path, json, ...callOptions(options) }), errors);
      return responseOf(rt, evaluationReceiptSchema, response, data, 'evaluation.submit');
    },
  };
}
