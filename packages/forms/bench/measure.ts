/** One benchmark's outcome, printed by `pnpm bench`. */
export interface BenchResult {
  readonly name: string;
  /** What was measured, e.g. `mean 1.20 ms, p95 1.60 ms`. */
  readonly figure: string;
  /** The target from the issue, e.g. `< 5 ms`. */
  readonly target: string;
  readonly pass: boolean;
}

/** Runs `fn` `warmup` times, then `runs` times, and returns each run's milliseconds. */
export function sample(runs: number, fn: () => void, warmup = 50): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** The p-th percentile (0–100) of `samples`. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** The arithmetic mean of `samples`. */
export const mean = (samples: readonly number[]): number => samples.reduce((a, b) => a + b, 0) / samples.length;

/** Prints results as a table; returns false when any missed its target. */
export function report(results: readonly BenchResult[]): boolean {
  for (const r of results) {
    console.log(`${r.pass ? 'ok  ' : 'MISS'} ${r.name.padEnd(52)} ${r.figure.padEnd(36)} target ${r.target}`);
  }
  return results.every((r) => r.pass);
}
