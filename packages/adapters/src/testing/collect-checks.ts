import { expect } from 'vitest';
import type { Check } from './context.js';

/**
 * A {@link Check} that keeps each check's body by id instead of registering a test: for testing
 * the conformance suites themselves (they must pass good adapters and fail broken ones). @internal
 */
export function collectChecks(): { readonly check: Check; readonly bodies: Map<string, () => Promise<void>> } {
  const bodies = new Map<string, () => Promise<void>>();
  return { check: (id, _title, body) => void bodies.set(id, body), bodies };
}

/** Whether a collected check fails; a check that was never collected fails the calling test. @internal */
export async function fails(body: (() => Promise<void>) | undefined): Promise<boolean> {
  expect(body).toBeDefined();
  try {
    await body?.();
    return false;
  } catch {
    return true;
  }
}
