import type { Instant } from '@sijitong/core';

const BEIJING_OFFSET_MS = 8 * 3600 * 1000;
const pad = (n: number): string => String(n).padStart(2, '0');

/** `yyyy-MM-dd HH:mm:ss` in Beijing time (the national dialect's time format). */
export function beijingDateTime(at: Instant | Date): string {
  const d = new Date((typeof at === 'string' ? Date.parse(at) : at.getTime()) + BEIJING_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** The instant of a national `yyyy-MM-dd HH:mm:ss` (Beijing time), or `undefined` when malformed. */
export function parseBeijingDateTime(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (m === null) return undefined;
  const ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}+08:00`);
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}

/** An instant as ISO 8601 with the `+08:00` offset, e.g. `2026-11-20T10:00:00+08:00`. */
export function beijingInstant(at: Date): Instant {
  return `${beijingDateTime(at).replace(' ', 'T')}+08:00`;
}

/** Epoch milliseconds of an instant (the guangdong dialect's time format). */
export function epochMillis(at: Instant): number {
  return Date.parse(at);
}

/** `yyyy-MM-dd HH:mm:ss` of a civil date at midnight, for times known only by their day. */
export function civilDateTime(date: string): string {
  return `${date} 00:00:00`;
}
