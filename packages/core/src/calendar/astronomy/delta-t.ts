/**
 * ΔT = TT − UT in seconds: the Espenak–Meeus (2006) polynomials, good to a few seconds for the
 * years the calendar supports (1950–2100). A few seconds are far below the minutes that decide
 * which civil day a solar term or new moon falls on.
 */

/** JD of 1970-01-01 00:00 UT, the calendar's day 0. @internal */
export const JD_UNIX_EPOCH = 2440587.5;

/** ΔT in seconds for a (fractional) Gregorian year. @internal */
export function deltaTSeconds(year: number): number {
  if (year < 1920) {
    const u = (year - 1820) / 100;
    return -20 + 32 * u * u;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t * t + 0.0020936 * t * t * t;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - (t * t) / 233 + (t * t * t) / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - (t * t) / 260 - (t * t * t) / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  const u = (year - 1820) / 100;
  if (year < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - year);
  return -20 + 32 * u * u;
}

/**
 * The Beijing-time (UTC+8) civil day number of an instant given as a Julian Ephemeris Day (TT).
 * @internal
 */
export function beijingDayOfJde(jde: number): number {
  const year = 2000 + (jde - 2451545) / 365.25;
  const jdUt = jde - deltaTSeconds(year) / 86400;
  return Math.floor(jdUt + 8 / 24 - JD_UNIX_EPOCH);
}
