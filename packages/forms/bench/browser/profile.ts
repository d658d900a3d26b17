/**
 * Optional CPU profile of the browser benchmarks (Node side): with `SIJITONG_BENCH_CPUPROFILE`
 * set to a file, the runner bundles the page unminified (with a source map), and the page wraps
 * the timed `<sjt-form>` keystrokes of its splits in `console.profile()` / `console.profileEnd()`.
 * V8's sampling profiler records exactly those; each profile is written as a `.cpuprofile` (open it
 * in DevTools' Performance panel) and summarised: the functions with most self time, and the
 * inclusive time of the functions that say where a keystroke goes.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}
/** A V8 CPU profile (`Profiler.Profile` of the DevTools protocol). */
export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** Functions whose inclusive time the summary lists (names as in the unminified bundle). */
const INCLUSIVE = [
  'keystroke', 'dispatchEvent', 'set', 'checkField', 'validateValues', 'LocalizedError', 'fillTemplate', 'performUpdate', 'update', 'render',
  'evaluateForm', 'runForm', 'submissionOf', 'renderStep', 'renderField', 'translate', '(garbage collector)',
];

/** Enables the profiler on `session` (50 µs samples); resolves each `console.profileEnd()` of the page in turn. */
export async function consoleProfiles(session: CDPSession): Promise<() => Promise<CpuProfile>> {
  const finished: CpuProfile[] = [];
  const waiting: ((profile: CpuProfile) => void)[] = [];
  session.on('Profiler.consoleProfileFinished', (event: { profile: unknown }) => {
    const profile = event.profile as CpuProfile;
    const resolve = waiting.shift();
    if (resolve === undefined) finished.push(profile);
    else resolve(profile);
  });
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 50 });
  return () => {
    const ready = finished.shift();
    return ready === undefined ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve(ready);
  };
}

/** Writes `profile` to `file` and returns summary lines: the `top` functions by self time, then inclusive times. */
export function summarise(profile: CpuProfile, file: string, top = 15): string[] {
  writeFileSync(file, JSON.stringify(profile));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url === '' ? '' : ` :${n.callFrame.lineNumber + 1}`}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const leaf = byId.get(id);
    if (leaf === undefined) return;
    total += ms;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let node: ProfileNode | undefined = leaf; node !== undefined; node = byId.get(parent.get(node.id) ?? -1)) {
      const name = node.callFrame.functionName;
      if (INCLUSIVE.includes(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
    }
  });
  const line = (name: string, ms: number) => `${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`;
  return [
    `self time (total ${total.toFixed(1)} ms):`,
    ...[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => line(name, ms)),
    'inclusive time:',
    ...INCLUSIVE.filter((name) => inclusive.has(name)).map((name) => line(name, inclusive.get(name) ?? 0)),
  ];
}
