/**
 * `pnpm bench` for @sijitong/core: prints each figure beside its target.
 * Benchmarks never run as tests; CI does not time anything.
 */
import { report, type BenchResult } from './measure.js';

const suites: { name: string; load: () => Promise<{ default: () => BenchResult[] | Promise<BenchResult[]> }> }[] = [
  { name: 'identifiers', load: () => import('./identifiers.bench.js') },
  { name: 'calendar', load: () => import('./calendar.bench.js') },
  { name: 'catalogue', load: () => import('./catalogue.bench.js') },
  { name: 'notification', load: () => import('./notification.bench.js') },
];

console.log(`@sijitong/core benchmarks on Node ${process.version}`);
let allPass = true;
for (const suite of suites) {
  const { default: run } = await suite.load();
  allPass = report(await run()) && allPass;
}
if (!allPass) process.exitCode = 1;
