import type { PaymentOrder } from '../../contract/capabilities.js';
import type { ObjectSpec, ObjectSpecOf, ProfileSpec } from '../mapping/spec.js';

/*
 * The guangdong dialect's cases, identity, e-licence, payment and evaluation records, both ways
 * (docs/dialects.md). Times are epoch milliseconds. Pure data.
 */

/** One `records` entry → `CaseProgressStep`. */
export const GUANGDONG_STEP_FIELDS: ObjectSpec = {
  at: { from: 'time', as: 'instantFromEpochMs' },
  status: { from: 'stateCode', status: true },
  step: 'nodeName',
  opinion: 'opinion',
  department: 'deptName',
};

/** The progress answer → `CaseProgress`. */
export const GUANGDONG_PROGRESS_FIELDS: ObjectSpec = {
  caseNumber: 'serialNo',
  itemName: 'itemName',
  applicantName: 'applicantName',
  status: { from: 'stateCode', status: true },
  nativeStatus: { object: { code: { from: 'stateCode', as: 'text' }, label: 'stateName' }, optional: true },
  receivedAt: { from: 'receiveTime', as: 'instantFromEpochMs' },
  acceptedOn: { from: 'acceptDate', as: 'dateFromBeijing' },
  deadline: { from: 'promiseDate', as: 'dateFromBeijing' },
  concludedOn: { from: 'finishDate', as: 'dateFromBeijing' },
  steps: { from: 'records', each: GUANGDONG_STEP_FIELDS, default: [] },
};

/** A row of "my cases" → `CaseSummary`. */
export const GUANGDONG_CASE_ROW_FIELDS: ObjectSpec = {
  caseNumber: 'serialNo',
  itemName: 'itemName',
  status: { from: 'stateCode', status: true },
  receivedAt: { from: 'receiveTime', as: 'instantFromEpochMs' },
};

/** `CaseLookupQuery` (applicant name + captcha) → the progress query body. */
export const GUANGDONG_LOOKUP_REQUEST: ObjectSpec = {
  serialNo: 'caseNumber',
  applicantName: 'verification.name',
  captchaId: 'captcha.id',
  captchaCode: 'captcha.answer',
};

/** `Application` → `/apply/create`. */
export const GUANGDONG_APPLICATION_REQUEST: ObjectSpec = {
  itemCode: 'implementationCode',
  itemVersion: 'itemVersion',
  applicant: {
    object: {
      type: { from: 'applicant.kind', codes: 'applicantTypeOut' },
      name: 'applicant.name',
      certType: { from: 'applicant.kind', codes: 'certTypeOut' },
      certNo: { firstOf: ['applicant.idNumber', 'applicant.creditCode'] },
      phone: 'applicant.mobile',
    },
  },
  formData: 'form',
  answers: 'answers',
};

/** `ApplicationMaterial` plus the draft's `caseNumber` → `/apply/upload`. */
export const GUANGDONG_MATERIAL_REQUEST: ObjectSpec = {
  serialNo: 'caseNumber',
  materialId: 'materialId',
  fileName: 'fileName',
  contentType: 'contentType',
  fileBase64: { from: 'content', as: 'base64' },
};

/** `/apply/create`'s answer → the draft's number. */
export const GUANGDONG_CREATED_FIELDS: ObjectSpec = { caseNumber: 'serialNo' };

/** `/apply/upload`'s answer → the file id. */
export const GUANGDONG_UPLOADED_FIELDS: ObjectSpec = { fileId: { from: 'fileId', as: 'text' } };

/** `/apply/submit`'s answer → case number and time (this dialect issues no query password). */
export const GUANGDONG_CONFIRMED_FIELDS: ObjectSpec = {
  caseNumber: 'serialNo',
  receivedAt: { from: 'receiveTime', as: 'instantFromEpochMs' },
};

/** The captcha answer → `{ id, image }`. */
export const GUANGDONG_CAPTCHA_FIELDS: ObjectSpec = { id: { from: 'captchaId', as: 'text' }, image: 'image' };

/** The token answer → access token and lifetime (seconds). */
export const GUANGDONG_TOKEN_FIELDS: ObjectSpec = { accessToken: 'accessToken', expiresIn: { from: 'expiresIn', as: 'number' } };

const PROFILE_COMMON = { kind: { from: 'userType', codes: 'userType' }, name: 'name', mobile: 'phone', assurance: 'authLevel' } as const;

/** `/user/info` → `VerifiedProfile`, by kind (`certNo` is an ID number or a credit code). */
export const GUANGDONG_PROFILE_FIELDS: ProfileSpec = {
  kind: PROFILE_COMMON.kind,
  person: { ...PROFILE_COMMON, idNumber: 'certNo' },
  organization: { ...PROFILE_COMMON, creditCode: 'certNo' },
};

/** A licence of `/license/search`'s `list` → `ELicence`. */
export const GUANGDONG_LICENCE_FIELDS: ObjectSpec = {
  id: { from: 'licenseId', as: 'text' },
  type: { object: { code: 'typeCode', name: 'typeName' } },
  number: { from: 'licenseNo', as: 'text' },
  holderName: 'holderName',
  issuer: 'issuer',
  validFrom: { from: 'beginDate', as: 'dateFromBeijing' },
  validTo: { from: 'endDate', as: 'dateFromBeijing' },
};

/** An order (and the callback's body) → `PaymentOrder`. */
export const GUANGDONG_ORDER_FIELDS: ObjectSpecOf<PaymentOrder> = {
  orderId: { from: 'orderNo', as: 'text' },
  caseNumber: 'serialNo',
  amountFen: { from: 'amount', as: 'number' },
  status: { from: 'payStatus', codes: 'payState' },
  payUrl: 'payUrl',
  paidAt: { from: 'payTime', as: 'instantFromEpochMs' },
};

/** The order request → `/pay/order/create`. */
export const GUANGDONG_ORDER_REQUEST: ObjectSpec = {
  serialNo: 'caseNumber',
  amount: 'amountFen',
  subject: 'description',
  returnUrl: 'returnUrl',
  notifyUrl: 'notifyUrl',
};

/** `Evaluation` → `/evaluation/submit`. */
export const GUANGDONG_EVALUATION_REQUEST: ObjectSpec = {
  serialNo: 'caseNumber',
  grade: 'level',
  reasonText: 'reason',
  remark: 'comment',
};

/** The 好差评 answer → `{ evaluationId }`. */
export const GUANGDONG_EVALUATION_FIELDS: ObjectSpec = { evaluationId: { from: 'evaluationId', as: 'text' } };
