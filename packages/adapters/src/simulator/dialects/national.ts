import type { Applicant } from '@sijitong/core';
import * as z from 'zod/mini';
import type { SimContext } from '../context.js';
import { bytesReply } from '../http-io.js';
import type { Route } from '../router.js';
import { changesSince, getItem, listItems } from '../services/catalog.js';
import { casesOfHolder, confirmCase, createDraft, lookupCase, uploadMaterial } from '../services/cases.js';
import { submitEvaluation } from '../services/evaluation.js';
import { bearerUser, exchangeCode, holderIdOf } from '../services/identity.js';
import { idempotencyKeyOf } from '../services/idempotency.js';
import { findLicences, licenceFile } from '../services/licences.js';
import { createOrder, getOrder } from '../services/payments.js';
import { SimError } from '../sim-error.js';
import { beijingDateTime, parseBeijingDateTime } from '../time.js';
import { decodeBase64, parseInput, queryInt, RawReply, text, type ApiCall } from './api.js';
import { browserRoutes } from './browser-routes.js';
import { nationalApi } from './national-envelope.js';
import { nationalCaseRow, nationalItem, nationalProgress } from './national-mapping.js';
import { nationalOrder } from './order-mapping.js';

const paging = /* @__PURE__ */ z.object({ pageNo: z.optional(queryInt(1, 100000)), pageSize: z.optional(queryInt(1, 100)) });
const itemsQuery = /* @__PURE__ */ z.extend(paging, { AREA_CODE: z.optional(z.string().check(z.regex(/^\d{6}(\d{3}){0,2}$/))) });
const changesQuery = /* @__PURE__ */ z.object({ since: z.string() });
const lookupBody = /* @__PURE__ */ z.object({ PROJID: text(64), PROJPWD: z.optional(text(32)), APPLYNAME: z.optional(text(100)) });
const createBody = /* @__PURE__ */ z.object({
  TASK_CODE: text(64),
  TASK_VERSION: text(64),
  APPLY_TYPE: z.enum(['1', '2']),
  APPLYNAME: text(200),
  APPLY_CARDTYPE: z.enum(['111', '001']),
  APPLY_CARDNUMBER: text(32),
  MOBILE: z.optional(z.string()),
  FORM_DATA: z.optional(z.record(z.string(), z.unknown())),
  ANSWERS: z.optional(z.record(z.string(), z.unknown())),
});
const uploadBody = /* @__PURE__ */ z.object({ MATERIAL_ID: text(64), FILE_NAME: text(200), FILE_TYPE: text(100), FILE_CONTENT: z.string() });
const tokenBody = /* @__PURE__ */ z.object({ grant_type: z.literal('authorization_code'), code: text(200), redirect_uri: text(2000), client_id: text(100), client_secret: text(200) });
const licenceQuery = /* @__PURE__ */ z.object({ CERT_NO: text(32), LICENCE_TYPE: z.optional(text(64)) });
const paymentBody = /* @__PURE__ */ z.object({
  PROJID: text(64),
  AMOUNT: z.number(),
  DESCRIPTION: text(200),
  RETURN_URL: text(2000),
  NOTIFY_URL: text(2000),
});
const evaluationBody = /* @__PURE__ */ z.object({
  PROJID: text(64),
  EVAL_LEVEL: z.literal([1, 2, 3, 4, 5]),
  EVAL_REASON: z.optional(z.string().check(z.maxLength(500))),
  EVAL_CONTENT: z.optional(z.string().check(z.maxLength(2000))),
});

const query = (call: ApiCall): Record<string, string> => Object.fromEntries(call.request.url.searchParams);

function applicantOf(body: z.infer<typeof createBody>): Applicant {
  const mobile = body.MOBILE === undefined || body.MOBILE === '' ? {} : { mobile: body.MOBILE };
  if (body.APPLY_TYPE === '1' && body.APPLY_CARDTYPE === '111') {
    return { kind: 'person', name: body.APPLYNAME, idType: 'residentId', idNumber: body.APPLY_CARDNUMBER, ...mobile };
  }
  if (body.APPLY_TYPE === '2' && body.APPLY_CARDTYPE === '001') return { kind: 'organization', name: body.APPLYNAME, creditCode: body.APPLY_CARDNUMBER, ...mobile };
  throw new SimError('PARAM_INVALID', { detail: 'APPLY_CARDTYPE' });
}

/** The national dialect's routes (`/national/…`): Zhejiang-style HMAC, UPPER_SNAKE fields, `pageNo`/`pageSize`. */
export function nationalRoutes(ctx: SimContext): Route[] {
  const { state } = ctx;
  const api = (method: string, pattern: string, handler: (call: ApiCall) => Promise<unknown>): Route => ({
    method,
    pattern: `/national${pattern}`,
    handler: nationalApi(handler),
  });
  return [
    ...browserRoutes(ctx, 'national'),
    api('GET', '/catalog/items', async (call) => {
      const q = parseInput(itemsQuery, query(call));
      const pageNo = q.pageNo ?? 1;
      const pageSize = q.pageSize ?? 20;
      const { rows, total } = listItems(state, (pageNo - 1) * pageSize, pageSize, q.AREA_CODE);
      return { pageNo, pageSize, total, rows: rows.map(nationalItem) };
    }),
    api('GET', '/catalog/items/:code', async (call) => nationalItem(getItem(state, call.request.params['code'] ?? ''))),
    api('GET', '/catalog/changes', async (call) => {
      const since = parseBeijingDateTime(parseInput(changesQuery, query(call)).since);
      if (since === undefined) throw new SimError('PARAM_INVALID', { detail: 'since' });
      const changes = changesSince(state, since, new Date());
      return { CHANGED: changes.changed.map(nationalItem), REMOVED: changes.removed, UNTIL: beijingDateTime(changes.until) };
    }),
    api('GET', '/catalog/bundles', async () => state.bundles),
    api('POST', '/cases/query', async (call) => {
      const body = parseInput(lookupBody, call.body);
      if ((body.PROJPWD === undefined) === (body.APPLYNAME === undefined)) throw new SimError('PARAM_INVALID', { detail: 'PROJPWD|APPLYNAME' });
      const factor = body.PROJPWD !== undefined ? { kind: 'queryPassword' as const, password: body.PROJPWD } : { kind: 'applicantName' as const, name: body.APPLYNAME ?? '' };
      return nationalProgress(lookupCase(state, body.PROJID, factor));
    }),
    api('POST', '/cases', async (call) => {
      const key = idempotencyKeyOf(call.request.headers);
      const body = parseInput(createBody, call.body);
      const input = { implementationCode: body.TASK_CODE, version: body.TASK_VERSION, applicant: applicantOf(body), form: body.FORM_DATA ?? {}, answers: body.ANSWERS ?? {} };
      const { number } = createDraft(state, call.client, key, input, new Date());
      return { PROJID: number, HANDLESTATE: '01' };
    }),
    api('POST', '/cases/:id/materials', async (call) => {
      const body = parseInput(uploadBody, call.body);
      const file = { materialId: body.MATERIAL_ID, fileName: body.FILE_NAME, contentType: body.FILE_TYPE, content: decodeBase64(body.FILE_CONTENT, 'FILE_CONTENT') };
      return { ATTACHMENT_ID: uploadMaterial(state, call.client, call.request.params['id'] ?? '', file).id };
    }),
    api('POST', '/cases/:id/confirm', async (call) => {
      const c = confirmCase(state, call.client, call.request.params['id'] ?? '', new Date());
      return { PROJID: c.number, PROJPWD: c.queryPassword, HANDLESTATE: '02', RECEIVETIME: beijingDateTime(c.receivedAt) };
    }),
    api('GET', '/cases/mine', async (call) => {
      const user = bearerUser(state, call.request.headers, new Date());
      const q = parseInput(paging, query(call));
      const pageNo = q.pageNo ?? 1;
      const pageSize = q.pageSize ?? 20;
      const all = casesOfHolder(state, holderIdOf(user));
      return { pageNo, pageSize, total: all.length, rows: all.slice((pageNo - 1) * pageSize, pageNo * pageSize).map(nationalCaseRow) };
    }),
    api('POST', '/oauth/token', async (call) => {
      const body = parseInput(tokenBody, call.body);
      const token = exchangeCode(state, { code: body.code, clientId: body.client_id, clientSecret: body.client_secret, redirectUri: body.redirect_uri }, new Date());
      return { access_token: token.accessToken, token_type: 'Bearer', expires_in: token.expiresIn };
    }),
    api('GET', '/userinfo', async (call) => {
      const user = bearerUser(state, call.request.headers, new Date());
      return {
        USER_TYPE: user.kind === 'person' ? '1' : '2',
        USER_NAME: user.name,
        CERT_TYPE: user.kind === 'person' ? '111' : '001',
        CERT_NO: holderIdOf(user),
        MOBILE: user.mobile,
        AUTH_LEVEL: 'L3',
      };
    }),
    api('GET', '/licences', async (call) => {
      const q = parseInput(licenceQuery, query(call));
      return findLicences(state, q.CERT_NO, q.LICENCE_TYPE).map((l) => ({
        LICENCE_ID: l.id,
        LICENCE_TYPE_CODE: l.type.code,
        LICENCE_TYPE_NAME: l.type.name,
        LICENCE_NO: l.number,
        HOLDER_NAME: l.holderName,
        ISSUE_ORG: l.issuer,
        VALID_FROM: l.validFrom,
        VALID_TO: l.validTo,
      }));
    }),
    api('GET', '/licences/:id/file', async (call) => new RawReply(bytesReply(licenceFile(state, call.request.params['id'] ?? ''), 'application/pdf'))),
    api('POST', '/payments', async (call) => {
      const key = idempotencyKeyOf(call.request.headers);
      const body = parseInput(paymentBody, call.body);
      const input = { caseNumber: body.PROJID, amountFen: body.AMOUNT, description: body.DESCRIPTION, returnUrl: body.RETURN_URL, notifyUrl: body.NOTIFY_URL };
      return nationalOrder(createOrder(state, 'national', call.client, key, input), ctx.baseUrl);
    }),
    api('GET', '/payments/:id', async (call) => nationalOrder(getOrder(state, call.request.params['id'] ?? '', call.client), ctx.baseUrl)),
    api('POST', '/evaluations', async (call) => {
      const body = parseInput(evaluationBody, call.body);
      return { EVAL_ID: submitEvaluation(state, { caseNumber: body.PROJID, level: body.EVAL_LEVEL, reason: body.EVAL_REASON, comment: body.EVAL_CONTENT }) };
    }),
  ];
}
