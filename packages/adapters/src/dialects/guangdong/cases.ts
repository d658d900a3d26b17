import * as z from 'zod/mini';
import type { Application, ApplicationMaterial, CasesCapability } from '../../contract/capabilities.js';
import { AdapterError } from '../../errors.js';
import { pageParams } from '../../http/envelope.js';
import { dialectsMessages } from '../../i18n/messages/dialects.js';
import { textSchema } from '../../parse/fields.js';
import type { ApplicationSubmissionPort } from '../../submission/application.js';
import { createCaseCall, dialectCases } from '../shared/cases-flow.js';
import { callOptions, readOnlyKey } from '../shared/http-config.js';
import { requestOf, responseOf } from '../shared/mapped-io.js';
import { stepKey } from '../shared/step-key.js';
import {
  GUANGDONG_APPLICATION_REQUEST,
  GUANGDONG_CASE_ROW_FIELDS,
  GUANGDONG_CONFIRMED_FIELDS,
  GUANGDONG_CREATED_FIELDS,
  GUANGDONG_LOOKUP_REQUEST,
  GUANGDONG_MATERIAL_REQUEST,
  GUANGDONG_PROGRESS_FIELDS,
  GUANGDONG_UPLOADED_FIELDS,
} from './record-fields.js';
import { GUANGDONG_ERRORS, GUANGDONG_MAX_PAGE_SIZE, GUANGDONG_PAGING, type GuangdongRuntime } from './runtime.js';

const createdSchema = /* @__PURE__ */ z.object({ caseNumber: textSchema });
const uploadedSchema = /* @__PURE__ */ z.object({ fileId: textSchema });
const confirmedSchema = /* @__PURE__ */ z.object({ caseNumber: textSchema, receivedAt: textSchema });

type Created = z.output<typeof createdSchema>;
type Uploaded = z.output<typeof uploadedSchema>;

/** `/apply/create`, `/apply/upload`, `/apply/submit`. */
function submissionPort(rt: GuangdongRuntime, key: string): ApplicationSubmissionPort<Created, Uploaded> {
  const what = 'cases.submit';
  return {
    async createCase(application: Application, signal) {
      const json = requestOf(rt, GUANGDONG_APPLICATION_REQUEST, application, what);
      const call = () => rt.client.request({ method: 'POST', path: '/apply/create', json, idempotencyKey: key, ...callOptions({ signal }) });
      const data = await createCaseCall(call, application, key, GUANGDONG_ERRORS.create);
      return responseOf(rt, createdSchema, GUANGDONG_CREATED_FIELDS, data, what);
    },
    async uploadMaterial(created, material: ApplicationMaterial, signal) {
      const json = requestOf(rt, GUANGDONG_MATERIAL_REQUEST, { ...material, caseNumber: created.caseNumber }, what);
      // Deduplicated by (case, material, file name) at the province: safe to retry.
      const idempotencyKey = stepKey(key, `upload/${material.materialId}/${material.fileName}`);
      const data = await rt.client.request({ method: 'POST', path: '/apply/upload', json, idempotencyKey, ...callOptions({ signal }) });
      return responseOf(rt, uploadedSchema, GUANGDONG_UPLOADED_FIELDS, data, what);
    },
    async confirm(created, _uploads, signal) {
      const json = { serialNo: created.caseNumber };
      const data = await rt.client.request({ method: 'POST', path: '/apply/submit', json, idempotencyKey: stepKey(key, 'confirm'), ...callOptions({ signal }) });
      return responseOf(rt, confirmedSchema, GUANGDONG_CONFIRMED_FIELDS, data, what);
    },
  };
}

/**
 * The guangdong cases capability: lookup by serial number + applicant name + captcha (issue one
 * with the adapter's `captcha.issue()`), three-step submission, "my cases".
 * @internal
 */
export function guangdongCases(rt: GuangdongRuntime): CasesCapability {
  return dialectCases(rt, {
    lookupRequest(rt, q) {
      if (q.verification.kind !== 'applicantName') {
        throw new AdapterError(dialectsMessages, 'LOOKUP_FACTOR_UNSUPPORTED', { factor: q.verification.kind, supported: 'applicantName' }, { path: ['verification', 'kind'] });
      }
      if (q.captcha === undefined) throw new AdapterError(dialectsMessages, 'CAPTCHA_REQUIRED', {}, { path: ['captcha'] });
      const json = requestOf(rt, GUANGDONG_LOOKUP_REQUEST, q, 'cases.lookup');
      // A read: retried on a transient failure (a captcha the province already used up then answers 40002).
      return { method: 'POST', path: '/progress/query', json, idempotencyKey: readOnlyKey() };
    },
    mineRequest: (requested, headers) => ({ method: 'POST', path: '/apply/mine', json: pageParams(requested, GUANGDONG_PAGING), headers, idempotencyKey: readOnlyKey() }),
    errors: GUANGDONG_ERRORS,
    progressFields: GUANGDONG_PROGRESS_FIELDS,
    rowFields: GUANGDONG_CASE_ROW_FIELDS,
    paging: GUANGDONG_PAGING,
    maxPageSize: GUANGDONG_MAX_PAGE_SIZE,
    port: submissionPort,
  });
}
