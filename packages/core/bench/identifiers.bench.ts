/**
 * Identifier validation throughput: `isResidentIdNumber` and `isUnifiedSocialCreditCode` over
 * 1,024 mixed valid and invalid values, about 10 million calls each. Target ≥ 5 million/s.
 */
import { isUnifiedSocialCreditCode, unifiedSocialCreditCodeCheckCharacter } from '../src/identifiers/credit-code.js';
import { isResidentIdNumber, residentIdCheckCharacter } from '../src/identifiers/resident-id.js';
import { time, type BenchResult } from './measure.js';

const VALUES = 1024;
const CALLS = 10 * 1024 * 1024;
const TARGET_PER_SECOND = 5_000_000;
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Small deterministic generator, so every run measures the same inputs. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** About 3/4 valid; the rest have one character changed (a wrong check, a letter, a bad date…). */
function residentIds(random: () => number): string[] {
  const values: string[] = [];
  for (let i = 0; i < VALUES; i++) {
    const body = `3713${pad(1 + Math.floor(random() * 40), 2)}${1940 + Math.floor(random() * 80)}${pad(1 + Math.floor(random() * 12), 2)}${pad(1 + Math.floor(random() * 28), 2)}${pad(Math.floor(random() * 1000), 3)}`;
    let value = body + (residentIdCheckCharacter(body) ?? '0');
    if (i % 4 === 3) {
      const at = Math.floor(random() * 18);
      value = value.slice(0, at) + '0123456789Xx'.charAt(Math.floor(random() * 12)) + value.slice(at + 1);
    }
    values.push(value);
  }
  return values;
}

function creditCodes(random: () => number): string[] {
  const values: string[] = [];
  for (let i = 0; i < VALUES; i++) {
    let body = `913713${pad(Math.floor(random() * 100), 2)}`;
    while (body.length < 17) body += CREDIT_ALPHABET.charAt(Math.floor(random() * 31));
    let value = body + (unifiedSocialCreditCodeCheckCharacter(body) ?? '0');
    if (i % 4 === 3) {
      const at = Math.floor(random() * 18);
      value = value.slice(0, at) + `${CREDIT_ALPHABET}IOZSV`.charAt(Math.floor(random() * 36)) + value.slice(at + 1);
    }
    values.push(value);
  }
  return values;
}

function measure(name: string, values: readonly string[], predicate: (value: string) => boolean): BenchResult {
  let valid = 0;
  const ms = time(CALLS, (i) => {
    if (predicate(values[i & (VALUES - 1)] ?? '')) valid++;
  });
  const perSecond = (CALLS / ms) * 1000;
  // Using `valid` in the figure keeps the calls observable, so they cannot be optimised away.
  return {
    name,
    figure: `${(perSecond / 1e6).toFixed(1)} M/s (${CALLS} calls in ${ms.toFixed(0)} ms, ${valid} valid)`,
    target: `≥ ${TARGET_PER_SECOND / 1e6} M/s`,
    pass: perSecond >= TARGET_PER_SECOND && valid > 0,
  };
}

/** Runs the identifier benchmarks. */
export default function run(): BenchResult[] {
  const random = lcg(20260301);
  return [
    measure('isResidentIdNumber (1,024 mixed values)', residentIds(random), isResidentIdNumber),
    measure('isUnifiedSocialCreditCode (1,024 mixed values)', creditCodes(random), isUnifiedSocialCreditCode),
  ];
}
