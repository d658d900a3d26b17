/**
 * Instants of new moon, after J. Meeus, *Astronomical Algorithms* (2nd ed.), ch. 49: the mean
 * phase plus 25 periodic terms and 14 planetary arguments, within a minute of the modern
 * ephemerides for 1950–2100. The Chinese calendar starts a month on the Beijing civil day of the
 * new moon (GB/T 33661-2017), so this decides where a lunar month begins.
 */
import { beijingDayOfJde, JD_UNIX_EPOCH } from './delta-t.js';

const RAD = Math.PI / 180;
const SYNODIC_MONTH = 29.530588861;

/** Sine terms [coefficient, M, M′, F, Ω multiplier, power of E] of the new-moon correction. */
const TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 1, 0, 0, 0],
  [0.17241, 1, 0, 0, 0, 1],
  [0.01608, 0, 2, 0, 0, 0],
  [0.01039, 0, 0, 2, 0, 0],
  [0.00739, -1, 1, 0, 0, 1],
  [-0.00514, 1, 1, 0, 0, 1],
  [0.00208, 2, 0, 0, 0, 2],
  [-0.00111, 0, 1, -2, 0, 0],
  [-0.00057, 0, 1, 2, 0, 0],
  [0.00056, 1, 2, 0, 0, 1],
  [-0.00042, 0, 3, 0, 0, 0],
  [0.00042, 1, 0, 2, 0, 1],
  [0.00038, 1, 0, -2, 0, 1],
  [-0.00024, -1, 2, 0, 0, 1],
  [-0.00017, 0, 0, 0, 1, 0],
  [-0.00007, 2, 1, 0, 0, 0],
  [0.00004, 0, 2, -2, 0, 0],
  [0.00004, 3, 0, 0, 0, 0],
  [0.00003, 1, 1, -2, 0, 0],
  [0.00003, 0, 2, 2, 0, 0],
  [-0.00003, 1, 1, 2, 0, 0],
  [0.00003, -1, 1, 2, 0, 0],
  [-0.00002, -1, 1, -2, 0, 0],
  [-0.00002, 1, 3, 0, 0, 0],
  [0.00002, 0, 4, 0, 0, 0],
];

/** Planetary arguments [A0, per-lunation rate, coefficient] (A1 also has −0.009173 T²). */
const PLANETARY: readonly (readonly [number, number, number])[] = [
  [299.77, 0.107408, 0.000325],
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/** JDE of the new moon of lunation `k` (k = 0: 2000-01-06). @internal */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  let jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * RAD;
  const mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * RAD;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * RAD;
  const omega = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * RAD;
  for (const [coefficient, cm, cmp, cf, co, ePower] of TERMS) {
    const factor = ePower === 0 ? 1 : ePower === 1 ? e : e * e;
    jde += coefficient * factor * Math.sin(cm * m + cmp * mp + cf * f + co * omega);
  }
  PLANETARY.forEach(([a0, rate, coefficient], i) => {
    const a = a0 + rate * k - (i === 0 ? 0.009173 * t2 : 0);
    jde += coefficient * Math.sin(a * RAD);
  });
  return jde;
}

/** The Beijing civil day number of the new moon nearest to day number `near`. @internal */
export function newMoonDayNear(near: number): number {
  const k = Math.round((near + JD_UNIX_EPOCH - 2451550.09766) / SYNODIC_MONTH);
  return beijingDayOfJde(newMoonJde(k));
}
