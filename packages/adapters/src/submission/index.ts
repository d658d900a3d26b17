/**
 * Idempotent multi-step submission: each step's result is remembered under the idempotency key so
 * retries resume and duplicates replay the first receipt.
 * @module
 */
export { fingerprintOf } from './fingerprint.js';
export {
  createSubmission,
  submitIdempotently,
  type Submission,
  type SubmissionOutcome,
  type SubmissionRequest,
  type SubmissionSettings,
  type SubmissionStep,
  type SubmitIdempotentlyOptions,
} from './submit-idempotently.js';
export {
  applicationSteps,
  submitApplication,
  type ApplicationSubmissionPort,
  type ConfirmedCase,
  type SubmitApplicationOptions,
} from './application.js';
