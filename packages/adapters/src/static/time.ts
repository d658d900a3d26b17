import type { CivilDate, Instant } from '@sijitong/core';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `ms` (epoch) as an instant in China Standard Time, e.g. `2026-11-03T09:30:00+08:00`. @internal */
export function instantOf(ms: number): Instant {
  return `${new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** The civil date in China of `ms`. @internal */
export function civilDateOf(ms: number): CivilDate {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Epoch ms of an instant. @internal */
export function msOf(instant: Instant): number {
  return Date.parse(instant);
}
