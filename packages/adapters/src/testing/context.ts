import { expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { Adapter, CapabilityName } from '../contract/adapter.js';
import { isAdapterError, type AdapterError } from '../errors.js';
import type { ConformanceFixtures } from './fixtures.js';

/** Registers one conformance test, or a skipped one with the reason. @internal */
export type Check = (id: string, title: string, body: () => Promise<void>) => void;

/** What a capability suite gets. @internal */
export interface SuiteContext<C extends CapabilityName> {
  /** The capability, known to be present. */
  readonly capability: NonNullable<Adapter[C]>;
  /** The whole adapter. */
  readonly adapter: Adapter;
  /** The fixtures. */
  readonly fixtures: ConformanceFixtures;
  /** Registers a test unless its id is skipped. */
  readonly check: Check;
}

/** Shows a check that cannot run as skipped, with the reason. @internal */
export function skipped(id: string, reason: string): void {
  it.skip(`${id}: skipped: ${reason}`, () => undefined);
}

/** A `Check` that honours `skip` (capability names or test ids). @internal */
export function checkFor(skip: ReadonlySet<string>): Check {
  return (id, title, body) => {
    if (skip.has(id)) it.skip(`${id}: ${title} (skipped by the caller)`, () => undefined);
    else it(`${id}: ${title}`, body);
  };
}

/** What `promise` rejected with; fails the test when it resolved. @internal */
export async function rejectionOf(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  expect.fail(`${what} should have been refused, but it succeeded`);
}

/** Asserts `promise` rejects with an `AdapterError` and returns it. @internal */
export async function expectAdapterError(promise: Promise<unknown>, what: string): Promise<AdapterError> {
  const error = await rejectionOf(promise, what);
  expect(isAdapterError(error), `${what} must fail with an AdapterError, got ${String(error)}`).toBe(true);
  return error as AdapterError;
}

/** Asserts `value` passes `schema`, showing the issues when not. @internal */
export function expectValid(schema: z.core.$ZodType, value: unknown, what: string): void {
  const result = z.safeParse(schema, value);
  expect(result.success, `${what} does not pass its schema: ${result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3).map((i) => ({ path: i.path, code: i.code })))}`).toBe(true);
}

/** A fresh idempotency key. @internal */
export function freshKey(label: string): string {
  return `conformance-${label}-${crypto.randomUUID()}`;
}
