/**
 * Parsing at the boundary: province responses into the contract's types (`RESPONSE_INVALID`) and
 * callers' inputs (`INPUT_INVALID`), with schemas built on core's.
 * @module
 */
export { formatPath, parseInput, parseResponse, type ParseOptions, type PathSegment } from './parse-response.js';
export { bytesSchema, divisionFilterSchema, httpUrlSchema, publicNameSchema } from './fields.js';
export { catalogChangesSchema, catalogListQuerySchema, itemPageSchema, pageQuerySchema, pageSchemaOf } from './catalog-schemas.js';
export {
  applicationMaterialSchema,
  applicationSchema,
  caseLookupQuerySchema,
  caseProgressSchema,
  caseProgressStepSchema,
  caseSummarySchema,
  submissionReceiptSchema,
  submitOptionsSchema,
} from './cases-schemas.js';
export { authorizeParamsSchema, exchangeParamsSchema, identitySessionSchema, verifiedProfileSchema } from './identity-schemas.js';
export { eLicenceFileSchema, eLicenceQuerySchema, eLicenceSchema } from './licence-schemas.js';
export { PAYMENT_STATUSES, paymentCallbackSchema, paymentOrderSchema, paymentRequestSchema } from './payment-schemas.js';
export { evaluationReceiptSchema, evaluationSchema } from './evaluation-schemas.js';
export { divisionOptionSchema, divisionOptionsSchema, divisionParentSchema } from './division-schemas.js';
