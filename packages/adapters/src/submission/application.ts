import type { Application, ApplicationMaterial, SubmissionReceipt, SubmitOptions } from '../contract/capabilities.js';
import { submissionReceiptSchema } from '../parse/cases-schemas.js';
import { parseResponse } from '../parse/parse-response.js';
import type { JsonValue } from '../stores/store.js';
import { fingerprintOf } from './fingerprint.js';
import type { Submission, SubmissionStep } from './submit-idempotently.js';

/** What a province's confirm step returns; the receipt adds the idempotency key. */
export interface ConfirmedCase {
  /** 申办流水号. */
  readonly caseNumber: string;
  /** 查询密码, when issued. */
  readonly queryPassword?: string;
  /** When the province received the case. */
  readonly receivedAt: string;
}

/**
 * The three kinds of call a province's submission is made of. `Created` and `Uploaded` are whatever
 * the province returns (a draft id, a file token…) and must be JSON-serialisable: they are stored
 * so a retry can resume.
 */
export interface ApplicationSubmissionPort<Created extends JsonValue, Uploaded extends JsonValue> {
  /** Creates the case (or draft) at the province. */
  createCase(application: Application, signal?: AbortSignal): Promise<Created>;
  /** Uploads one material to the created case. */
  uploadMaterial(created: Created, material: ApplicationMaterial, signal?: AbortSignal): Promise<Uploaded>;
  /** Confirms the case once every material is uploaded; returns its number. */
  confirm(created: Created, uploads: readonly Uploaded[], signal?: AbortSignal): Promise<ConfirmedCase>;
}

/** The steps of one application: `create`, `material:<n>` for each material, `confirm`. */
export function applicationSteps<Created extends JsonValue, Uploaded extends JsonValue>(
  application: Application,
  port: ApplicationSubmissionPort<Created, Uploaded>,
): SubmissionStep[] {
  const materials = application.materials ?? [];
  const materialStep = (index: number) => `material:${index}`;
  return [
    { name: 'create', run: (_done, signal) => port.createCase(application, signal) },
    ...materials.map(
      (material, index): SubmissionStep => ({
        name: materialStep(index),
        run: (done, signal) => port.uploadMaterial(done.create as Created, material, signal),
      }),
    ),
    {
      name: 'confirm',
      run: async (done, signal) => {
        const uploads = materials.map((_, index) => done[materialStep(index)] as Uploaded);
        const confirmed = await port.confirm(done.create as Created, uploads, signal);
        return { ...confirmed } as JsonValue;
      },
    },
  ];
}

/** Options of {@link submitApplication}. */
export interface SubmitApplicationOptions<Created extends JsonValue, Uploaded extends JsonValue> {
  /** The application, already validated. */
  readonly application: Application;
  /** The caller's submit options (idempotency key, signal). */
  readonly options: SubmitOptions;
  /** The province's calls. */
  readonly port: ApplicationSubmissionPort<Created, Uploaded>;
  /** Where submissions are remembered (`createSubmission({ store })`). */
  readonly submission: Submission;
}

/**
 * Submits an application idempotently through `port`: the fingerprint of the application guards
 * the key, each step is remembered, and the receipt is parsed (`RESPONSE_INVALID` when the
 * province's confirmation is malformed). What a `CasesCapability.submit` implementation calls.
 */
export async function submitApplication<Created extends JsonValue, Uploaded extends JsonValue>(
  input: SubmitApplicationOptions<Created, Uploaded>,
): Promise<SubmissionReceipt> {
  const { application, options } = input;
  const outcome = await input.submission.submit({
    key: options.idempotencyKey,
    fingerprint: await fingerprintOf(application),
    steps: applicationSteps(application, input.port),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const result = outcome.result !== null && typeof outcome.result === 'object' ? outcome.result : {};
  return parseResponse(submissionReceiptSchema, { ...result, idempotencyKey: options.idempotencyKey }, { what: 'cases.submit' });
}
