/**
 * One-time notification: `buildNotification` for an item with 30 materials and 10 answered
 * required questions (each adding, changing or removing a material). Target: mean < 0.2 ms a call.
 */
import { buildNotification } from '../src/notification/build.js';
import { largeItem } from '../src/fixtures/testing.js';
import { time, type BenchResult } from './measure.js';

const CALLS = 20_000;
const TARGET_MS = 0.2;

/** Runs the benchmark and returns its figure beside the target. */
export default function run(): BenchResult[] {
  const item = largeItem(30, 10);
  const choices = ['add', 'change', 'remove'] as const;
  const answers = Object.fromEntries(Array.from({ length: 10 }, (_, q) => [`q${q}`, choices[q % 3] ?? 'add']));
  let sink = 0;
  const elapsed = time(CALLS, () => {
    sink += buildNotification(item, answers).groups.length;
  });
  const mean = elapsed / CALLS;
  return [
    {
      name: 'buildNotification (30 materials, 10 answers)',
      figure: `mean ${mean.toFixed(4)} ms (${CALLS} calls in ${elapsed.toFixed(0)} ms)`,
      target: `< ${TARGET_MS} ms`,
      pass: mean < TARGET_MS && sink > 0,
    },
  ];
}
