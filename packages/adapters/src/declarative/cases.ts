import * as z from 'zod/mini';
import type { Application, ApplicationMaterial, CasesCapability, EvaluationCapability } from '../contract/capabilities.js';
import { caseLookupQuerySchema, caseProgressSchema, caseSummarySchema } from '../parse/cases-schemas.js';
import { textSchema } from '../parse/fields.js';
import { evaluationReceiptSchema, evaluationSchema } from '../parse/evaluation-schemas.js';
import { parseInput } from '../parse/parse-response.js';
import type { JsonValue } from '../stores/store.js';
import type { ApplicationSubmissionPort } from '../submission/application.js';
import { applicantPage, submitThrough } from '../dialects/shared/cases-flow.js';
import { pageOf, responseOf } from '../dialects/shared/mapped-io.js';
import { stepKey } from '../dialects/shared/step-key.js';
import { callEndpoint, type DeclarativeRuntime } from './runtime.js';

const createdSchema = /* @__PURE__ */ z.looseObject({ caseNumber: textSchema });
const confirmedSchema = /* @__PURE__ */ z.object({ caseNumber: textSchema, queryPassword: z.optional(textSchema), receivedAt: textSchema });

type Created = { caseNumber: string; [key: string]: JsonValue };

/** `cases.create` → `cases.upload` per material → `cases.confirm`; each step's input includes what `create` returned. */
function submissionPort(rt: DeclarativeRuntime, key: string): ApplicationSubmissionPort<Created, JsonValue> {
  const what = 'cases.submit';
  const response = (name: 'cases.create' | 'cases.upload' | 'cases.confirm') => rt.config.endpoints[name]?.response ?? {};
  return {
    async createCase(application: Application, signal) {
      const errorParams = { implementationCode: application.implementationCode, given: application.itemVersion, current: '?', key };
      const data = await callEndpoint(rt, 'cases.create', application, { ...(signal === undefined ? {} : { signal }) }, { idempotencyKey: key, errorParams });
      return responseOf(rt, createdSchema, response('cases.create'), data, what) as Created;
    },
    async uploadMaterial(created, material: ApplicationMaterial, signal) {
      const idempotencyKey = stepKey(key, `upload/${material.materialId}/${material.fileName}`);
      const data = await callEndpoint(rt, 'cases.upload', { ...material, ...created }, { ...(signal === undefined ? {} : { signal }) }, { idempotencyKey });
      return responseOf(rt, z.record(z.string(), z.unknown()), response('cases.upload'), data ?? {}, what) as JsonValue;
    },
    async confirm(created, _uploads, signal) {
      const data = await callEndpoint(rt, 'cases.confirm', created, { ...(signal === undefined ? {} : { signal }) }, { idempotencyKey: stepKey(key, 'confirm') });
      return responseOf(rt, confirmedSchema, response('cases.confirm'), data, what);
    },
  };
}

/** The cases capability of a declarative adapter; an operation without its endpoint is `DECLARATIVE_NOT_CONFIGURED`. @internal */
export function declarativeCases(rt: DeclarativeRuntime): CasesCapability {
  return {
    async lookup(query, options = {}) {
      const q = parseInput(caseLookupQuerySchema, query, { what: 'cases.lookup' });
      const data = await callEndpoint(rt, 'cases.lookup', q, options);
      return responseOf(rt, caseProgressSchema, rt.config.fields.progress ?? {}, data, 'cases.lookup');
    },

    async submit(application, options) {
      return submitThrough(rt.submission, application, options, (key) => submissionPort(rt, key));
    },

    async listByApplicant(session, query = {}, options = {}) {
      const { session: s, requested } = applicantPage(session, query, rt.maxPageSize);
      const data = await callEndpoint(rt, 'cases.mine', {}, options, { page: requested, session: s });
      return pageOf(rt, rt.paging, caseSummarySchema, rt.config.fields.caseSummary ?? {}, data, 'cases.listByApplicant', requested);
    },
  };
}

/** 好差评 of a declarative adapter (`evaluation.submit`, never retried). @internal */
export function declarativeEvaluation(rt: DeclarativeRuntime): EvaluationCapability {
  return {
    async submit(evaluation, options = {}) {
      const e = parseInput(evaluationSchema, evaluation, { what: 'evaluation.submit' });
      const data = await callEndpoint(rt, 'evaluation.submit', e, options);
      return responseOf(rt, evaluationReceiptSchema, rt.config.endpoints['evaluation.submit']?.response ?? {}, data, 'evaluation.submit');
    },
  };
}
