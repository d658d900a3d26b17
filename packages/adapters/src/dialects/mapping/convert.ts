import { toBase64 } from '../../signing/crypto.js';
import type { Conversion } from './spec.js';

/*
 * The value conversions of mapping tables. A value that does not have the expected form is passed
 * through unchanged, so the core schema that parses the mapped object reports it at its field.
 */

const BEIJING_OFFSET_MS = 8 * 3600 * 1000;
const BEIJING_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/;
const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const DIGITS = /^-?\d{1,15}(?:\.\d+)?$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `yyyy-MM-dd HH:mm:ss` in Beijing time of epoch milliseconds. */
export function beijingDateTimeOf(ms: number): string {
  const d = new Date(ms + BEIJING_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** ISO 8601 with `+08:00` of epoch milliseconds, e.g. `2026-11-20T10:00:00+08:00`. */
export function beijingInstantOf(ms: number): string {
  return `${beijingDateTimeOf(ms).replace(' ', 'T')}+08:00`;
}

function toNumber(value: unknown): unknown {
  if (typeof value === 'string' && DIGITS.test(value.trim())) return Number(value.trim());
  return value;
}

/** Applies one {@link Conversion} to a leaf value; values of the wrong form pass unchanged. */
export function convert(value: unknown, conversion: Conversion): unknown {
  switch (conversion) {
    case 'text':
      return typeof value === 'number' || typeof value === 'bigint' ? String(value) : value;
    case 'number':
      return toNumber(value);
    case 'instantFromBeijing': {
      if (typeof value !== 'string') return value;
      const m = BEIJING_TIME.exec(value.trim());
      if (m === null) return value;
      const time = m[2] ?? '';
      return `${m[1]}T${time.length === 5 ? `${time}:00` : time}+08:00`;
    }
    case 'dateFromBeijing': {
      if (typeof value !== 'string') return value;
      return DATE_PREFIX.exec(value.trim())?.[1] ?? value;
    }
    case 'instantFromEpochMs': {
      const ms = toNumber(value);
      return typeof ms === 'number' && Number.isFinite(ms) ? beijingInstantOf(ms) : value;
    }
    case 'beijingFromInstant': {
      const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      return Number.isFinite(ms) ? beijingDateTimeOf(ms) : value;
    }
    case 'epochMsFromInstant': {
      const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      return Number.isFinite(ms) ? ms : value;
    }
    case 'base64':
      return value instanceof Uint8Array ? toBase64(value) : value;
  }
}
