import { AdapterError } from '../errors.js';
import { submissionMessages } from '../i18n/messages/submission.js';
import { createIdempotencyRecords } from '../stores/idempotency.js';
import { withKeyLock } from '../stores/lock.js';
import type { JsonValue, KeyValueStore } from '../stores/store.js';

/** One step of a submission (create the case, upload one material, confirm…). */
export interface SubmissionStep {
  /** Unique within the submission; the step's result is remembered under it. */
  readonly name: string;
  /** Does the step; receives the results of the steps before it, by name. Returns a JSON-serialisable result. */
  run(done: Readonly<Record<string, JsonValue>>, signal?: AbortSignal): Promise<JsonValue>;
}

/** Where and how long submissions are remembered; shared by every submission of a {@link createSubmission}. */
export interface SubmissionSettings {
  /** The store of records and locks (shared between instances: Redis or the like). */
  readonly store: KeyValueStore;
  /** How long a key's record is kept, in ms; default 24 hours. Retries after that make a new case. */
  readonly ttlMs?: number;
  /** Lifetime of the per-key lock, in ms; must exceed the longest submission. Default 120 s. */
  readonly lockTtlMs?: number;
  /** How long a duplicate waits for the first submission before `STORE_LOCK_TIMEOUT`; default `lockTtlMs`. */
  readonly waitMs?: number;
  /** Poll interval while waiting on a lock held by another instance; default 50 ms. */
  readonly pollMs?: number;
  /** Key prefix in the store; default `submission:`. */
  readonly prefix?: string;
}

/** One submission: its key, its steps and what identifies the request. */
export interface SubmissionRequest {
  /** The client's idempotency key. */
  readonly key: string;
  /** The steps, in order. */
  readonly steps: readonly SubmissionStep[];
  /** A fingerprint of the request (see `fingerprintOf`): a key reused for another request is refused. */
  readonly fingerprint?: string;
  /** Cancels waiting and is handed to each step. */
  readonly signal?: AbortSignal;
}

/** What a submission produced. */
export interface SubmissionOutcome {
  /** The last step's result (e.g. the receipt). */
  readonly result: JsonValue;
  /** Every step's result, by name. */
  readonly results: Readonly<Record<string, JsonValue>>;
  /** True when the key had completed before: nothing ran, the first result is returned. */
  readonly replayed: boolean;
  /** Steps that ran in this call (a resumed retry runs only the ones that had not succeeded). */
  readonly ran: readonly string[];
}

/** Options of {@link submitIdempotently}: settings and request together. */
export interface SubmitIdempotentlyOptions extends SubmissionSettings, SubmissionRequest {}

/** Submissions bound to settings; see {@link createSubmission}. */
export interface Submission {
  /** Runs (or resumes, or replays) one submission. */
  submit(request: SubmissionRequest): Promise<SubmissionOutcome>;
}

const DAY = 24 * 60 * 60 * 1000;

function checkSteps(steps: readonly SubmissionStep[]): void {
  if (steps.length === 0) throw new AdapterError(submissionMessages, 'SUBMISSION_NO_STEPS');
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.name)) throw new AdapterError(submissionMessages, 'SUBMISSION_STEP_DUPLICATE', { name: step.name });
    seen.add(step.name);
  }
}

/**
 * Runs a multi-step submission idempotently under `key`. Each step's result is stored as soon as
 * the step succeeds, so:
 * - a retry after a failure resumes at the step that failed (done steps are not run again);
 * - a retry after success returns the first result without running anything (`replayed`);
 * - duplicates racing each other are serialised per key (an in-process mutex plus a lock in the
 *   store for other instances), so the second one sees the first one's record.
 *
 * Limits: a crash between a province accepting a step and its result being stored cannot be seen
 * from here, so that step runs again on retry; pass the key to the province as its external serial
 * number when it supports one. The store lock has no fencing: keep `lockTtlMs` above the longest
 * submission. After `ttlMs` the key is forgotten.
 */
export async function submitIdempotently(options: SubmitIdempotentlyOptions): Promise<SubmissionOutcome> {
  checkSteps(options.steps);
  const prefix = options.prefix ?? 'submission:';
  const records = createIdempotencyRecords(options.store, { ttlMs: options.ttlMs ?? DAY, prefix });
  const lockTtlMs = options.lockTtlMs ?? 120_000;
  const lockOptions = {
    ttlMs: lockTtlMs,
    waitMs: options.waitMs ?? lockTtlMs,
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
  return withKeyLock(options.store, prefix + options.key, lockOptions, async () => {
    const record = await records.begin(options.key, options.fingerprint === undefined ? {} : { fingerprint: options.fingerprint });
    if (record.state === 'completed') return { result: record.result ?? null, results: record.steps, replayed: true, ran: [] };
    const results: Record<string, JsonValue> = { ...record.steps };
    const ran: string[] = [];
    let last: JsonValue = null;
    for (const step of options.steps) {
      const done = results[step.name];
      if (done !== undefined) {
        last = done;
        continue;
      }
      options.signal?.throwIfAborted();
      last = await step.run({ ...results }, options.signal);
      results[step.name] = last;
      ran.push(step.name);
      await records.step(options.key, step.name, last);
    }
    await records.complete(options.key, last);
    return { result: last, results, replayed: false, ran };
  });
}

/** Binds {@link submitIdempotently} to one store and its settings. */
export function createSubmission(settings: SubmissionSettings): Submission {
  return { submit: (request) => submitIdempotently({ ...settings, ...request }) };
}
