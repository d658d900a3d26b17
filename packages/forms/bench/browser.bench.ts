/**
 * `<sjt-form>` in real Chromium against a plain-DOM baseline measured in the same run:
 * 1. Mounting a 500-field form (create, set `schema`, `updateComplete`, forced layout) against
 *    building the same accessible markup imperatively. Target: ≤ 1.5× plain DOM.
 * 2. A keystroke (input event → validated → re-rendered → forced layout) into a field showing an
 *    error, at 50, 500 and 1000 fields. Target: ≤ 1.3× plain DOM at each size (so flat as the
 *    form grows, as the baseline is). Also informative: typing without an error shown, against a
 *    baseline that checks each value with the field's zod schema (parsed as `<sjt-form>` parses
 *    it) instead of by hand, and where a 500-field keystroke's time goes (`performance.now()` splits).
 *
 * The page script (`browser/page.ts`) is bundled with esbuild (production Lit, minified), served
 * from a throwaway server on 127.0.0.1 with COOP/COEP (cross-origin isolation gives a 5 µs clock)
 * and driven with Playwright in Debian's Chromium (`SIJITONG_CHROMIUM` to use another binary).
 * `SIJITONG_BENCH_CPUPROFILE=file.cpuprofile` also records a CPU profile of the keystrokes of the splits.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright';
import type { BrowserBenchApi, KeystrokeResult, KeystrokeSplits, MountResult, PageInfo } from './browser/api.js';
import { consoleProfiles, summarise } from './browser/profile.js';
import type { BenchResult } from './measure.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.js';

const MOUNT_FIELDS = 500;
const MOUNT_REPS = 20;
const MOUNT_WARMUP = 3;
const MOUNT_TARGET = 1.5;
const KEYSTROKE_SIZES = [50, 500, 1000] as const;
const KEYSTROKES = 200;
const KEYSTROKE_TARGET = 1.3;
const CLEAN_FIELDS = 500;
const SPLIT_SIZES = [500, 1000] as const;
const TIMEOUT_MS = 120_000;
/** The repository's Chromium flags, and `gc()` exposed so garbage is collected between samples. */
const BENCH_ARGS = [...CHROMIUM_ARGS, '--js-flags=--expose-gc'];

const path = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/** Bundles the page script for the browser (production build of Lit; minified unless profiling). */
async function bundle(minify: boolean): Promise<string> {
  const result = await build({
    entryPoints: [path('./browser/page.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    sourcemap: minify ? false : 'inline',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { '@sijitong/core': path('../../core/src/index.ts'), '@sijitong/forms': path('../src/index.ts') },
    logLevel: 'silent',
  });
  const js = result.outputFiles[0]?.text;
  if (js === undefined) throw new Error('esbuild produced no bundle');
  return js;
}

/** Serves the page and its script from 127.0.0.1 (a random port), cross-origin isolated. */
async function serve(js: string): Promise<{ server: Server; url: string }> {
  const html = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>sjt-form bench</title><link rel="icon" href="data:,">' +
    '<script type="module" src="/bench.js"></script></head><body></body></html>';
  const isolated = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cache-control': 'no-store' };
  const server = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { ...isolated, 'content-type': 'text/html; charset=utf-8' }).end(html);
    else if (req.url === '/bench.js') res.writeHead(200, { ...isolated, 'content-type': 'text/javascript; charset=utf-8' }).end(js);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

async function launch(): Promise<Browser> {
  const executablePath = CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    throw new Error(`browser benchmarks: no Chromium at ${executablePath}; install Debian's chromium (apt-get install chromium) or set SIJITONG_CHROMIUM to a Chromium binary`);
  }
  try {
    return await chromium.launch({ executablePath, headless: true, args: BENCH_ARGS });
  } catch (error) {
    throw new Error(`browser benchmarks: could not start Chromium at ${executablePath}: ${String(error)}`, { cause: error });
  }
}

/** Rejects after `ms` (the page hung), naming `what`. */
async function within<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`browser benchmarks: ${what} took over ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The page's API, called in the page (the callbacks are serialised, so they name it themselves). */
type Api = { sjtBench: BrowserBenchApi };
const call = {
  info: (page: Page) => page.evaluate(() => (globalThis as unknown as Api).sjtBench.info()),
  mount: (page: Page, n: number) =>
    page.evaluate(([f, r, w]) => (globalThis as unknown as Api).sjtBench.mount(f, r, w), [n, MOUNT_REPS, MOUNT_WARMUP] as const),
  keystrokes: (page: Page, n: number, scenario: 'error' | 'clean', baseline: 'check' | 'zod' = 'check') =>
    page.evaluate(([f, k, s, b]) => (globalThis as unknown as Api).sjtBench.keystrokes(f, k, s, b), [n, KEYSTROKES, scenario, baseline] as const),
  splits: (page: Page, n: number, profile: boolean) =>
    page.evaluate(([f, k, p]) => (globalThis as unknown as Api).sjtBench.splits(f, k, p), [n, KEYSTROKES / 2, profile] as const),
};

const ms = (x: number): string => x.toFixed(x < 1 ? 3 : 2);
const ratio = (a: number, b: number): number => a / b;

function mountRow(r: MountResult): BenchResult {
  const x = ratio(r.sjt.median, r.plain.median);
  return {
    name: `<sjt-form> mount, ${r.fields} fields (${r.shown} shown), ${MOUNT_REPS} runs`,
    figure: `median ${ms(r.sjt.median)} ms vs plain ${ms(r.plain.median)} ms = ${x.toFixed(2)}× (p95 ${ms(r.sjt.p95)} / ${ms(r.plain.p95)})`,
    target: `≤ ${MOUNT_TARGET}× plain DOM`,
    pass: x <= MOUNT_TARGET,
  };
}

function keystrokeRow(r: KeystrokeResult, informative: boolean): BenchResult {
  const x = ratio(r.sjt.median, r.plain.median);
  const what = r.scenario === 'error' ? 'keystroke, field showing an error' : 'keystroke, no error shown';
  return {
    name: `<sjt-form> ${what}, ${r.fields} fields${r.baseline === 'zod' ? ', plain DOM checking with zod' : ''}`,
    figure: `median ${ms(r.sjt.median)} p95 ${ms(r.sjt.p95)} ms vs plain ${ms(r.plain.median)} p95 ${ms(r.plain.p95)} ms = ${x.toFixed(2)}×`,
    target: informative ? `informative (${KEYSTROKES} keystrokes)` : `≤ ${KEYSTROKE_TARGET}× plain DOM (${KEYSTROKES} keystrokes)`,
    pass: informative || x <= KEYSTROKE_TARGET,
  };
}

function growthRow(rows: readonly KeystrokeResult[]): BenchResult {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) throw new Error('no keystroke results');
  return {
    name: `keystroke growth, ${first.fields} → ${last.fields} fields (medians)`,
    figure: `sjt-form ×${ratio(last.sjt.median, first.sjt.median).toFixed(2)}, plain ×${ratio(last.plain.median, first.plain.median).toFixed(2)}`,
    target: 'informative (flat ≈ ×1)',
    pass: true,
  };
}

function splitsRow(s: KeystrokeSplits): BenchResult {
  return {
    name: `<sjt-form> keystroke split, ${s.fields} fields (medians, ms)`,
    figure:
      `total ${ms(s.total)}: handler ${ms(s.handler)}, render() ${ms(s.render)}, ` +
      `whole-form model.validate ×${s.validateCalls} / model.evaluate ×${s.evaluateCalls} (${ms(s.validate + s.evaluate)}), ` +
      `Lit commit ${ms(s.commit)}, other ${ms(s.other)}, style+layout ${ms(s.layout)}; ` +
      `plain: handler ${ms(s.plainHandler)}, style+layout ${ms(s.plainLayout)}; ` +
      `style+layout after the same change made by hand: copy of sjt-form's DOM ${ms(s.handLayout.sjtCopy)}, plain's DOM ${ms(s.handLayout.plain)}; ` +
      `DOM mutations per keystroke: sjt-form ${s.mutations.sjt}; plain ${s.mutations.plain}`,
    target: 'informative',
    pass: true,
  };
}

/** Runs the browser benchmarks and returns their figures beside the targets. */
export default async function run(): Promise<BenchResult[]> {
  const profileFile = process.env['SIJITONG_BENCH_CPUPROFILE'];
  const js = await bundle(profileFile === undefined);
  const browser = await launch();
  const problems: string[] = [];
  let server: Server | undefined;
  try {
    const served = await serve(js);
    server = served.server;
    const page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || /dev mode/i.test(message.text())) problems.push(`console ${message.type()}: ${message.text()}`);
    });
    await page.goto(served.url);
    await page.waitForFunction(() => 'sjtBench' in globalThis, null, { timeout: 10_000 }).catch((error: unknown) => {
      throw new Error(`browser benchmarks: the page script did not start (${problems.join('; ') || String(error)})`);
    });
    const info: PageInfo = await call.info(page);
    console.log(`browser: Chromium ${browser.version()}, cross-origin isolated ${info.crossOriginIsolated}, gc between samples ${info.gc}`);
    const results = await within('the browser benchmarks', TIMEOUT_MS, (async () => {
      const rows: BenchResult[] = [mountRow(await call.mount(page, MOUNT_FIELDS))];
      const typed: KeystrokeResult[] = [];
      for (const n of KEYSTROKE_SIZES) typed.push(await call.keystrokes(page, n, 'error'));
      rows.push(...typed.map((r) => keystrokeRow(r, false)), growthRow(typed));
      rows.push(keystrokeRow(await call.keystrokes(page, CLEAN_FIELDS, 'clean'), true));
      rows.push(keystrokeRow(await call.keystrokes(page, CLEAN_FIELDS, 'error', 'zod'), true));
      const nextProfile = profileFile === undefined ? undefined : await consoleProfiles(await page.context().newCDPSession(page));
      for (const n of SPLIT_SIZES) {
        rows.push(splitsRow(await call.splits(page, n, nextProfile !== undefined)));
        if (nextProfile === undefined || profileFile === undefined) continue;
        const file = profileFile.replace(/(\.cpuprofile)?$/, `-${n}$1`);
        console.log(`CPU profile of ${KEYSTROKES / 2} <sjt-form> keystrokes at ${n} fields → ${file}\n${summarise(await nextProfile(), file).join('\n')}`);
      }
      return rows;
    })());
    if (problems.length > 0) throw new Error(`browser benchmarks: ${problems.join('; ')}`);
    return results;
  } catch (error) {
    if (problems.length > 0 && error instanceof Error && !error.message.includes(problems[0] ?? '')) {
      error.message += ` (page: ${problems.join('; ')})`;
    }
    throw error;
  } finally {
    server?.close();
    await browser.close();
  }
}
