/**
 * The Sun's apparent longitude and the Qingming solar term (清明: apparent longitude 15°).
 *
 * Method: J. Meeus, *Astronomical Algorithms* (2nd ed.). The March equinox comes from ch. 27
 * (mean equinox plus 24 periodic terms, about a minute of accuracy). Qingming, about 15 days later,
 * is found with the low-precision solar position of ch. 25 (plus the Moon's 6.4″ pull on the
 * Earth) anchored at that equinox: the low-precision model's slowly varying error cancels between
 * the two instants, leaving a few minutes at most, enough to name the Beijing civil day.
 */
import { beijingDayOfJde } from './delta-t.js';

const RAD = Math.PI / 180;

function normalizeDegrees(x: number): number {
  const r = x % 360;
  return r < 0 ? r + 360 : r;
}

/**
 * The Sun's apparent geocentric longitude in degrees at a Julian Ephemeris Day, low precision
 * (Meeus ch. 25, about 0.01°). @internal
 */
export function sunApparentLongitude(jde: number): number {
  const t = (jde - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * RAD;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.000289 * Math.sin(3 * m);
  const omega = (125.04 - 1934.136 * t) * RAD;
  // The Moon displaces the Earth from the Earth–Moon barycentre: +6.44″ sin D.
  const d = (297.85036 + 445267.11148 * t) * RAD;
  return normalizeDegrees(l0 + c - 0.00569 - 0.00478 * Math.sin(omega) + 0.00179 * Math.sin(d));
}

/** [A, B, C] periodic terms of the equinox formula (Meeus table 27.C). */
const EQUINOX_TERMS: readonly (readonly [number, number, number])[] = [
  [485, 324.96, 1934.136],
  [203, 337.23, 32964.467],
  [199, 342.08, 20.186],
  [182, 27.85, 445267.112],
  [156, 73.14, 45036.886],
  [136, 171.52, 22518.443],
  [77, 222.54, 65928.934],
  [74, 296.72, 3034.906],
  [70, 243.58, 9037.513],
  [58, 119.81, 33718.147],
  [52, 297.17, 150.678],
  [50, 21.02, 2281.226],
  [45, 247.54, 29929.562],
  [44, 325.15, 31555.956],
  [29, 60.93, 4443.417],
  [18, 155.12, 67555.328],
  [17, 288.79, 4562.452],
  [16, 198.04, 62894.029],
  [14, 199.76, 31436.921],
  [12, 95.39, 14577.848],
  [12, 287.11, 31931.756],
  [12, 320.81, 34777.259],
  [9, 227.73, 1222.114],
  [8, 15.45, 16859.074],
];

/** The March equinox of `year` as a Julian Ephemeris Day (Meeus ch. 27, years 1000–3000). @internal */
export function marchEquinoxJde(year: number): number {
  const y = (year - 2000) / 1000;
  const jde0 = 2451623.80984 + 365242.37404 * y + 0.05169 * y * y - 0.00411 * y ** 3 - 0.00057 * y ** 4;
  const t = (jde0 - 2451545) / 36525;
  const w = (35999.373 * t - 2.47) * RAD;
  const dl = 1 + 0.0334 * Math.cos(w) + 0.0007 * Math.cos(2 * w);
  let s = 0;
  for (const [a, b, c] of EQUINOX_TERMS) s += a * Math.cos((b + c * t) * RAD);
  return jde0 + (0.00001 * s) / dl;
}

/**
 * The instant (JDE) in `year` when the Sun's apparent longitude reaches `degrees`, for longitudes
 * within about a month after the March equinox (0 < degrees < 45). @internal
 */
export function sunLongitudeAfterEquinoxJde(year: number, degrees: number): number {
  const equinox = marchEquinoxJde(year);
  // Model error at the equinox, where the true longitude is 0°.
  const bias = sunApparentLongitude(equinox);
  let jde = equinox + degrees / 0.9856;
  for (let i = 0; i < 6; i++) {
    let diff = degrees - (sunApparentLongitude(jde) - bias);
    diff = ((diff + 540) % 360) - 180;
    jde += diff / 0.9856;
    if (Math.abs(diff) < 1e-7) break;
  }
  return jde;
}

/** Day number (Beijing civil day) of the Qingming solar term (apparent longitude 15°) of `year`. @internal */
export function qingmingDay(year: number): number {
  return beijingDayOfJde(sunLongitudeAfterEquinoxJde(year, 15));
}
