import * as z from 'zod/mini';
import { isCivilDate } from '../dates/civil-date.js';
import { SijitongError } from '../errors.js';
import { checkWith } from '../i18n/zod.js';
import { casesMessages } from '../i18n/messages/cases.js';

/**
 * A moment in time as an ISO 8601 string **with** an offset, e.g. `2026-03-02T09:30:00+08:00`
 * (or `Z`). A local time without an offset is ambiguous and rejected.
 */
export type Instant = string;

const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** True when `value` is an ISO 8601 instant with an offset and a real calendar date. */
export function isInstant(value: unknown): value is Instant {
  if (typeof value !== 'string') return false;
  const m = INSTANT_RE.exec(value);
  return m !== null && isCivilDate(m[1]);
}

function assertInstant(value: string): void {
  if (!isInstant(value)) throw new SijitongError(casesMessages, 'CASE_INSTANT_INVALID', { value });
}

/** zod schema of an {@link Instant}; the error (`CASE_INSTANT_INVALID`) shows the expected form. */
export const instantSchema = /* @__PURE__ */ z.string().check(checkWith<string>(assertInstant));
