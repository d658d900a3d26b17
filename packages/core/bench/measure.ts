/** One benchmark's outcome, printed by `pnpm bench`. */
export interface BenchResult {
  readonly name: string;
  /** What was measured, e.g. `1000000 calls in 412 ms` or `p95 0.41 ms`. */
  readonly figure: string;
  /** The target from the issue, e.g. `< 1000 ms`. */
  readonly target: string;
  readonly pass: boolean;
}

/** Runs `fn` `iterations` times after a warm-up and returns the elapsed milliseconds. */
export function time(iterations: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(iterations, 10_000); i++) fn(i);
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn(i);
  return performance.now() - start;
}

/** The p-th percentile (0–100) of `samples` in milliseconds. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** Prints results as a table; returns false when any missed its target. */
export function report(results: readonly BenchResult[]): boolean {
  for (const r of results) {
    console.log(`${r.pass ? 'ok  ' : 'MISS'} ${r.name.padEnd(48)} ${r.figure.padEnd(36)} target ${r.target}`);
  }
  return results.every((r) => r.pass);
}
