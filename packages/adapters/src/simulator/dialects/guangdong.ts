import type { Applicant } from '@sijitong/core';
import * as z from 'zod/mini';
import type { SimContext } from '../context.js';
import { bytesReply } from '../http-io.js';
import type { Route } from '../router.js';
import { CAPTCHA_TTL_SECONDS, checkCaptcha, issueCaptcha } from '../services/captcha.js';
import { changesSince, getItem, listItems } from '../services/catalog.js';
import { casesOfHolder, confirmCase, createDraft, lookupCase, uploadMaterial } from '../services/cases.js';
import { submitEvaluation } from '../services/evaluation.js';
import { bearerUser, exchangeCode, holderIdOf } from '../services/identity.js';
import { idempotencyKeyOf } from '../services/idempotency.js';
import { findLicences, licenceFile } from '../services/licences.js';
import { createOrder, getOrder } from '../services/payments.js';
import { SimError } from '../sim-error.js';
import { epochMillis } from '../time.js';
import { DataWithHeaders, decodeBase64, parseInput, RawReply, text, type ApiCall } from './api.js';
import { browserRoutes } from './browser-routes.js';
import { guangdongApi } from './guangdong-envelope.js';
import { guangdongCaseRow, guangdongItem, guangdongProgress } from './guangdong-mapping.js';
import { guangdongOrder } from './order-mapping.js';

const paging = /* @__PURE__ */ z.object({ current: z.optional(z.int().check(z.gte(0), z.lte(100000))), size: z.optional(z.int().check(z.gte(1), z.lte(50))) });
const listBody = /* @__PURE__ */ z.extend(paging, { areaCode: z.optional(z.string().check(z.regex(/^\d{6}(\d{3}){0,2}$/))) });
const codeBody = /* @__PURE__ */ z.object({ itemCode: text(64) });
const changesBody = /* @__PURE__ */ z.object({ since: z.int().check(z.gte(0)) });
const progressBody = /* @__PURE__ */ z.object({ serialNo: text(64), applicantName: z.optional(text(100)), captchaId: z.optional(text(64)), captchaCode: z.optional(text(16)) });
const createBody = /* @__PURE__ */ z.object({
  itemCode: text(64),
  itemVersion: text(64),
  applicant: z.object({ type: z.enum(['PERSON', 'LEGAL']), name: text(200), certType: z.enum(['ID_CARD', 'USCC']), certNo: text(32), phone: z.optional(z.string()) }),
  formData: z.optional(z.record(z.string(), z.unknown())),
  answers: z.optional(z.record(z.string(), z.unknown())),
});
const uploadBody = /* @__PURE__ */ z.object({ serialNo: text(64), materialId: text(64), fileName: text(200), contentType: text(100), fileBase64: z.string() });
const serialBody = /* @__PURE__ */ z.object({ serialNo: text(64) });
const tokenBody = /* @__PURE__ */ z.object({ grantType: z.literal('authorization_code'), code: text(200), redirectUri: text(2000), clientId: text(100), clientSecret: text(200) });
const licenceBody = /* @__PURE__ */ z.object({ holderCertNo: text(32), licenseTypeCode: z.optional(text(64)) });
const licenceIdBody = /* @__PURE__ */ z.object({ licenseId: text(64) });
const orderBody = /* @__PURE__ */ z.object({ serialNo: text(64), amount: z.number(), subject: text(200), returnUrl: text(2000), notifyUrl: text(2000) });
const orderNoBody = /* @__PURE__ */ z.object({ orderNo: text(64) });
const evaluationBody = /* @__PURE__ */ z.object({
  serialNo: text(64),
  grade: z.literal([1, 2, 3, 4, 5]),
  reasonText: z.optional(z.string().check(z.maxLength(500))),
  remark: z.optional(z.string().check(z.maxLength(2000))),
});

function applicantOf(a: z.infer<typeof createBody>['applicant']): Applicant {
  const mobile = a.phone === undefined || a.phone === '' ? {} : { mobile: a.phone };
  if (a.type === 'PERSON' && a.certType === 'ID_CARD') return { kind: 'person', name: a.name, idType: 'residentId', idNumber: a.certNo, ...mobile };
  if (a.type === 'LEGAL' && a.certType === 'USCC') return { kind: 'organization', name: a.name, creditCode: a.certNo, ...mobile };
  throw new SimError('PARAM_INVALID', { detail: 'applicant.certType' });
}

/** The guangdong dialect's routes (`/guangdong/…`): TIF headers, SM4/SM2 envelopes, `current`/`size` paging, captcha lookups. */
export function guangdongRoutes(ctx: SimContext): Route[] {
  const { state } = ctx;
  const api = (pattern: string, handler: (call: ApiCall) => Promise<unknown>, method = 'POST'): Route => ({
    method,
    pattern: `/guangdong${pattern}`,
    handler: guangdongApi(state, handler),
  });
  const page = <T>(all: readonly T[], current: number, size: number) => ({ current, size, totalCount: all.length, list: all.slice(current * size, (current + 1) * size) });
  return [
    ...browserRoutes(ctx, 'guangdong'),
    api('/item/list', async ({ body }) => {
      const q = parseInput(listBody, body ?? {});
      const current = q.current ?? 0;
      const size = q.size ?? 10;
      const { rows, total } = listItems(state, current * size, size, q.areaCode);
      return { current, size, totalCount: total, list: rows.map(guangdongItem) };
    }),
    api('/item/detail', async ({ body }) => guangdongItem(getItem(state, parseInput(codeBody, body).itemCode))),
    api('/item/changes', async ({ body }) => {
      const changes = changesSince(state, new Date(parseInput(changesBody, body).since), new Date());
      return { changed: changes.changed.map(guangdongItem), removed: changes.removed, until: changes.until.getTime() };
    }),
    api('/item/bundles', async () => state.bundles),
    api(
      '/captcha',
      async () => {
        const captcha = issueCaptcha(ctx, new Date());
        const data = { captchaId: captcha.id, image: captcha.image, expiresIn: CAPTCHA_TTL_SECONDS };
        return new DataWithHeaders(data, ctx.options.exposeCaptchaAnswers ? { 'X-Sim-Captcha-Answer': captcha.answer } : {});
      },
      'GET',
    ),
    api('/progress/query', async ({ body }) => {
      const q = parseInput(progressBody, body);
      checkCaptcha(ctx, q.captchaId ?? '', q.captchaCode ?? '', new Date());
      if (q.applicantName === undefined) throw new SimError('PARAM_INVALID', { detail: 'applicantName' });
      return guangdongProgress(lookupCase(state, q.serialNo, { kind: 'applicantName', name: q.applicantName }));
    }),
    api('/apply/create', async (call) => {
      const key = idempotencyKeyOf(call.request.headers);
      const b = parseInput(createBody, call.body);
      const input = { implementationCode: b.itemCode, version: b.itemVersion, applicant: applicantOf(b.applicant), form: b.formData ?? {}, answers: b.answers ?? {} };
      return { serialNo: createDraft(state, call.client, key, input, new Date()).number, stateCode: '00' };
    }),
    api('/apply/upload', async (call) => {
      const b = parseInput(uploadBody, call.body);
      const file = { materialId: b.materialId, fileName: b.fileName, contentType: b.contentType, content: decodeBase64(b.fileBase64, 'fileBase64') };
      return { fileId: uploadMaterial(state, call.client, b.serialNo, file).id };
    }),
    api('/apply/submit', async (call) => {
      const c = confirmCase(state, call.client, parseInput(serialBody, call.body).serialNo, new Date());
      return { serialNo: c.number, stateCode: '01', receiveTime: epochMillis(c.receivedAt) };
    }),
    api('/apply/mine', async (call) => {
      const user = bearerUser(state, call.request.headers, new Date());
      const q = parseInput(paging, call.body ?? {});
      const all = casesOfHolder(state, holderIdOf(user)).map(guangdongCaseRow);
      return page(all, q.current ?? 0, q.size ?? 10);
    }),
    api('/oauth/token', async ({ body }) => {
      const b = parseInput(tokenBody, body);
      const token = exchangeCode(state, { code: b.code, clientId: b.clientId, clientSecret: b.clientSecret, redirectUri: b.redirectUri }, new Date());
      return { accessToken: token.accessToken, tokenType: 'Bearer', expiresIn: token.expiresIn };
    }),
    api('/user/info', async (call) => {
      const user = bearerUser(state, call.request.headers, new Date());
      return {
        userType: user.kind === 'person' ? 'PERSON' : 'LEGAL',
        name: user.name,
        certType: user.kind === 'person' ? 'ID_CARD' : 'USCC',
        certNo: holderIdOf(user),
        phone: user.mobile,
        authLevel: 'L3',
      };
    }),
    api('/license/search', async ({ body }) => {
      const b = parseInput(licenceBody, body);
      const list = findLicences(state, b.holderCertNo, b.licenseTypeCode).map((l) => ({
        licenseId: l.id,
        typeCode: l.type.code,
        typeName: l.type.name,
        licenseNo: l.number,
        holderName: l.holderName,
        issuer: l.issuer,
        beginDate: l.validFrom,
        endDate: l.validTo,
      }));
      return { list };
    }),
    api('/license/file', async ({ body }) => new RawReply(bytesReply(licenceFile(state, parseInput(licenceIdBody, body).licenseId), 'application/pdf'))),
    api('/pay/order/create', async (call) => {
      const key = idempotencyKeyOf(call.request.headers);
      const b = parseInput(orderBody, call.body);
      const input = { caseNumber: b.serialNo, amountFen: b.amount, description: b.subject, returnUrl: b.returnUrl, notifyUrl: b.notifyUrl };
      return guangdongOrder(createOrder(state, 'guangdong', call.client, key, input), ctx.baseUrl);
    }),
    api('/pay/order/query', async (call) => guangdongOrder(getOrder(state, parseInput(orderNoBody, call.body).orderNo, call.client), ctx.baseUrl)),
    api('/evaluation/submit', async ({ body }) => {
      const b = parseInput(evaluationBody, body);
      return { evaluationId: submitEvaluation(state, { caseNumber: b.serialNo, level: b.grade, reason: b.reasonText, comment: b.remark }) };
    }),
  ];
}
