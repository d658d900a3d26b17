import type { PaymentOrder } from '../../contract/capabilities.js';
import type { ObjectSpec, ObjectSpecOf, ProfileSpec } from '../mapping/spec.js';

/*
 * The national dialect's cases, identity, e-licence, payment and evaluation records, mapped both
 * ways: responses onto the contract's types, and the contract's inputs onto request bodies
 * (docs/dialects.md). Pure data.
 */

/** One `NODELIST` entry → `CaseProgressStep`. */
export const NATIONAL_STEP_FIELDS: ObjectSpec = {
  at: { from: 'HANDLETIME', as: 'instantFromBeijing' },
  status: { from: 'HANDLESTATE', status: true },
  step: 'NODENAME',
  opinion: 'HANDLEOPINION',
  department: 'DEPT_NAME',
};

/** The public lookup's answer → `CaseProgress`. */
export const NATIONAL_PROGRESS_FIELDS: ObjectSpec = {
  caseNumber: 'PROJID',
  itemName: 'TASK_NAME',
  applicantName: 'APPLYNAME',
  status: { from: 'HANDLESTATE', status: true },
  nativeStatus: { object: { code: { from: 'HANDLESTATE', as: 'text' }, label: 'HANDLESTATE_NAME' }, optional: true },
  receivedAt: { from: 'RECEIVETIME', as: 'instantFromBeijing' },
  acceptedOn: { from: 'ACCEPTTIME', as: 'dateFromBeijing' },
  deadline: { from: 'PROMISETIME', as: 'dateFromBeijing' },
  concludedOn: { from: 'FINISHTIME', as: 'dateFromBeijing' },
  steps: { from: 'NODELIST', each: NATIONAL_STEP_FIELDS, default: [] },
};

/** A row of "my cases" → `CaseSummary`. */
export const NATIONAL_CASE_ROW_FIELDS: ObjectSpec = {
  caseNumber: 'PROJID',
  itemName: 'TASK_NAME',
  status: { from: 'HANDLESTATE', status: true },
  receivedAt: { from: 'RECEIVETIME', as: 'instantFromBeijing' },
};

/** `CaseLookupQuery` → the lookup body (`PROJID` + `PROJPWD` or `APPLYNAME`). */
export const NATIONAL_LOOKUP_REQUEST: ObjectSpec = {
  PROJID: 'caseNumber',
  PROJPWD: 'verification.password',
  APPLYNAME: 'verification.name',
};

/** `Application` → the create body (step 1). */
export const NATIONAL_APPLICATION_REQUEST: ObjectSpec = {
  TASK_CODE: 'implementationCode',
  TASK_VERSION: 'itemVersion',
  APPLY_TYPE: { from: 'applicant.kind', codes: 'applicantTypeOut' },
  APPLYNAME: 'applicant.name',
  APPLY_CARDTYPE: { from: 'applicant.kind', codes: 'certTypeOut' },
  APPLY_CARDNUMBER: { firstOf: ['applicant.idNumber', 'applicant.creditCode'] },
  MOBILE: 'applicant.mobile',
  FORM_DATA: 'form',
  ANSWERS: 'answers',
};

/** `ApplicationMaterial` → the upload body (step 2). */
export const NATIONAL_MATERIAL_REQUEST: ObjectSpec = {
  MATERIAL_ID: 'materialId',
  FILE_NAME: 'fileName',
  FILE_TYPE: 'contentType',
  FILE_CONTENT: { from: 'content', as: 'base64' },
};

/** The create answer → the draft's number. */
export const NATIONAL_CREATED_FIELDS: ObjectSpec = { caseNumber: 'PROJID' };

/** The upload answer → the attachment id. */
export const NATIONAL_UPLOADED_FIELDS: ObjectSpec = { attachmentId: { from: 'ATTACHMENT_ID', as: 'text' } };

/** The confirm answer (step 3) → the receipt's case number, query password and time. */
export const NATIONAL_CONFIRMED_FIELDS: ObjectSpec = {
  caseNumber: 'PROJID',
  queryPassword: 'PROJPWD',
  receivedAt: { from: 'RECEIVETIME', as: 'instantFromBeijing' },
};

/** The token answer → access token and lifetime (seconds). */
export const NATIONAL_TOKEN_FIELDS: ObjectSpec = {
  accessToken: 'access_token',
  expiresIn: { from: 'expires_in', as: 'number' },
};

const PROFILE_COMMON = { kind: { from: 'USER_TYPE', codes: 'userType' }, name: 'USER_NAME', mobile: 'MOBILE', assurance: 'AUTH_LEVEL' } as const;

/**
 * `/userinfo` → `VerifiedProfile`: `kind` is read first (`USER_TYPE`), then the table of that kind,
 * since `CERT_NO` is a resident ID number for a person and a credit code for an organisation.
 */
export const NATIONAL_PROFILE_FIELDS: ProfileSpec = {
  kind: PROFILE_COMMON.kind,
  person: { ...PROFILE_COMMON, idNumber: 'CERT_NO' },
  organization: { ...PROFILE_COMMON, creditCode: 'CERT_NO' },
};

/** A licence → `ELicence`. */
export const NATIONAL_LICENCE_FIELDS: ObjectSpec = {
  id: { from: 'LICENCE_ID', as: 'text' },
  type: { object: { code: 'LICENCE_TYPE_CODE', name: 'LICENCE_TYPE_NAME' } },
  number: { from: 'LICENCE_NO', as: 'text' },
  holderName: 'HOLDER_NAME',
  issuer: 'ISSUE_ORG',
  validFrom: { from: 'VALID_FROM', as: 'dateFromBeijing' },
  validTo: { from: 'VALID_TO', as: 'dateFromBeijing' },
};

/** An order (and the payment callback's body) → `PaymentOrder`. */
export const NATIONAL_ORDER_FIELDS: ObjectSpecOf<PaymentOrder> = {
  orderId: { from: 'ORDER_ID', as: 'text' },
  caseNumber: 'PROJID',
  amountFen: { from: 'AMOUNT', as: 'number' },
  status: { from: 'PAY_STATE', codes: 'payState' },
  payUrl: 'PAY_URL',
  paidAt: { from: 'PAY_TIME', as: 'instantFromBeijing' },
};

/** The order request → the create body. */
export const NATIONAL_ORDER_REQUEST: ObjectSpec = {
  PROJID: 'caseNumber',
  AMOUNT: 'amountFen',
  DESCRIPTION: 'description',
  RETURN_URL: 'returnUrl',
  NOTIFY_URL: 'notifyUrl',
};

/** `Evaluation` → the 好差评 body. */
export const NATIONAL_EVALUATION_REQUEST: ObjectSpec = {
  PROJID: 'caseNumber',
  EVAL_LEVEL: 'level',
  EVAL_REASON: 'reason',
  EVAL_CONTENT: 'comment',
};

/** The 好差评 answer → `{ evaluationId }`. */
export const NATIONAL_EVALUATION_FIELDS: ObjectSpec = { evaluationId: { from: 'EVAL_ID', as: 'text' } };
