/**
 * `pnpm bench` for @sijitong/forms: prints each figure beside its target.
 * Benchmarks never run as tests; CI does not time anything.
 */
import { report, type BenchResult } from './measure.js';

const suites: { name: string; load: () => Promise<{ default: () => BenchResult[] | Promise<BenchResult[]> }> }[] = [
  { name: 'merge', load: () => import('./merge.bench.js') },
  { name: 'browser', load: () => import('./browser.bench.js') },
];

console.log(`@sijitong/forms benchmarks on Node ${process.version}`);
let allPass = true;
for (const suite of suites) {
  const { default: run } = await suite.load();
  allPass = report(await run()) && allPass;
}
if (!allPass) process.exitCode = 1;
