/**
 * `@sijitong/adapters/simulator`: a provincial government-service system on 127.0.0.1 for tests,
 * the conformance kit and the demo. It speaks two dialects (see `docs/dialects.md`): "national"
 * (UPPER_SNAKE national upload fields, Zhejiang-style HMAC) and "guangdong" (own camelCase fields,
 * TIF headers, SM4/SM2 envelopes, captcha lookups). Node only.
 *
 * @module @sijitong/adapters/simulator
 */
export { startSimulator, type Simulator, type SimulatorFixtures, type SimulatorOptions } from './server.js';
export {
  SIMULATOR_CREDENTIALS,
  DIALECT_NAMES,
  type DialectName,
  type SimulatorCredentials,
  type SimulatorOAuthClient,
  type SimulatorOrganization,
  type SimulatorPerson,
  type SimulatorSm2Keys,
  type SimulatorUser,
} from './credentials.js';
export { FAULT_KINDS, parseFaultHeader, type Fault, type FaultKind } from './faults.js';
export type { RateLimitOptions } from './rate-limit.js';
export { paymentSignature, PAYMENT_HEADERS, type PaymentHeaderNames } from './services/payments.js';
export { FIXTURE_REDIRECT_URI } from './fixtures.js';
export {
  SimulatorState,
  type IdempotencyRecord,
  type SimAttachment,
  type SimAuthCode,
  type SimCaptcha,
  type SimCallback,
  type SimCase,
  type SimEvaluation,
  type SimItem,
  type SimLicence,
  type SimOrder,
  type SimToken,
} from './state.js';
