import * as z from 'zod/mini';
import type { Application, ApplicationMaterial, CasesCapability } from '../../contract/capabilities.js';
import { pageParams } from '../../http/envelope.js';
import { textSchema } from '../../parse/fields.js';
import type { ApplicationSubmissionPort } from '../../submission/application.js';
import { createCaseCall, dialectCases } from '../shared/cases-flow.js';
import { callOptions, readOnlyKey } from '../shared/http-config.js';
import { requestOf, responseOf } from '../shared/mapped-io.js';
import { stepKey } from '../shared/step-key.js';
import {
  NATIONAL_APPLICATION_REQUEST,
  NATIONAL_CASE_ROW_FIELDS,
  NATIONAL_CONFIRMED_FIELDS,
  NATIONAL_CREATED_FIELDS,
  NATIONAL_LOOKUP_REQUEST,
  NATIONAL_MATERIAL_REQUEST,
  NATIONAL_PROGRESS_FIELDS,
  NATIONAL_UPLOADED_FIELDS,
} from './record-fields.js';
import { NATIONAL_ERRORS, NATIONAL_MAX_PAGE_SIZE, NATIONAL_PAGING, type NationalRuntime } from './runtime.js';

const createdSchema = /* @__PURE__ */ z.object({ caseNumber: textSchema });
const uploadedSchema = /* @__PURE__ */ z.object({ attachmentId: textSchema });
const confirmedSchema = /* @__PURE__ */ z.object({ caseNumber: textSchema, queryPassword: z.optional(textSchema), receivedAt: textSchema });

type Created = z.output<typeof createdSchema>;
type Uploaded = z.output<typeof uploadedSchema>;

/** The version of the item the province serves now, for the stale-version message (best effort). */
async function currentVersion(rt: NationalRuntime, code: string): Promise<string> {
  try {
    const data = await rt.client.request({ method: 'GET', path: `/catalog/items/${encodeURIComponent(code)}` });
    const version = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)['VERSION'] : undefined;
    return typeof version === 'string' || typeof version === 'number' ? String(version) : '?';
  } catch {
    return '?';
  }
}

/** The three submission steps against `/cases`, `/cases/{PROJID}/materials`, `/cases/{PROJID}/confirm`. */
function submissionPort(rt: NationalRuntime, key: string): ApplicationSubmissionPort<Created, Uploaded> {
  const what = 'cases.submit';
  return {
    async createCase(application: Application, signal) {
      const json = requestOf(rt, NATIONAL_APPLICATION_REQUEST, application, what);
      const call = () => rt.client.request({ method: 'POST', path: '/cases', json, idempotencyKey: key, ...callOptions({ signal }) });
      const data = await createCaseCall(call, application, key, NATIONAL_ERRORS.create, () => currentVersion(rt, application.implementationCode));
      return responseOf(rt, createdSchema, NATIONAL_CREATED_FIELDS, data, what);
    },
    async uploadMaterial(created, material: ApplicationMaterial, signal) {
      const json = requestOf(rt, NATIONAL_MATERIAL_REQUEST, material, what);
      // The province deduplicates uploads by (case, material, file name), so a retry is safe.
      const data = await rt.client.request({
        method: 'POST',
        path: `/cases/${encodeURIComponent(created.caseNumber)}/materials`,
        json,
        idempotencyKey: stepKey(key, `upload/${material.materialId}/${material.fileName}`),
        ...callOptions({ signal }),
      });
      return responseOf(rt, uploadedSchema, NATIONAL_UPLOADED_FIELDS, data, what);
    },
    async confirm(created, _uploads, signal) {
      // Confirming twice returns the same receipt: safe to retry.
      const data = await rt.client.request({
        method: 'POST',
        path: `/cases/${encodeURIComponent(created.caseNumber)}/confirm`,
        json: {},
        idempotencyKey: stepKey(key, 'confirm'),
        ...callOptions({ signal }),
      });
      const confirmed = responseOf(rt, confirmedSchema, NATIONAL_CONFIRMED_FIELDS, data, what);
      return { caseNumber: confirmed.caseNumber, receivedAt: confirmed.receivedAt, ...(confirmed.queryPassword === undefined ? {} : { queryPassword: confirmed.queryPassword }) };
    },
  };
}

/** The national cases capability: lookup by PROJID + PROJPWD/APPLYNAME, three-step submission, "my cases". @internal */
export function nationalCases(rt: NationalRuntime): CasesCapability {
  return dialectCases(rt, {
    lookupRequest: (rt, q) => ({ method: 'POST', path: '/cases/query', json: requestOf(rt, NATIONAL_LOOKUP_REQUEST, q, 'cases.lookup'), idempotencyKey: readOnlyKey() }),
    mineRequest: (requested, headers) => ({ method: 'GET', path: '/cases/mine', query: pageParams(requested, NATIONAL_PAGING), headers }),
    errors: NATIONAL_ERRORS,
    progressFields: NATIONAL_PROGRESS_FIELDS,
    rowFields: NATIONAL_CASE_ROW_FIELDS,
    paging: NATIONAL_PAGING,
    maxPageSize: NATIONAL_MAX_PAGE_SIZE,
    port: submissionPort,
  });
}
