import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const source = (path: string) => fileURLToPath(new URL(`../packages/${path}`, import.meta.url));

/** The workspace packages, resolved to their sources as an application's bundler would see them. */
const ALIASES: Record<string, string> = {
  '@sijitong/core': source('core/src/index.ts'),
  '@sijitong/core/fixtures': source('core/src/fixtures/index.ts'),
  '@sijitong/adapters': source('adapters/src/index.ts'),
  '@sijitong/forms': source('forms/src/index.ts'),
  '@sijitong/forms/form': source('forms/src/form/index.ts'),
  '@sijitong/forms/form/define': source('forms/src/form/define.ts'),
};

/** How every measurement builds: minified for a browser, in memory, workspace packages from source. */
const COMMON = { alias: ALIASES, bundle: true, minify: true, platform: 'browser', write: false, logLevel: 'silent' } as const;

const gzipped = (text: string): number => gzipSync(text, { level: 9 }).length;

/**
 * What an application pays, minified and gzipped, for `import { name } from specifier` in a
 * browser bundle. Used by the bundle-budget tests of each package.
 */
export async function bundleCost(specifier: string, name: string): Promise<{ bytes: number; text: string }> {
  const result = await build({
    ...COMMON,
    stdin: { contents: `import { ${name} } from '${specifier}'; console.log(${name});`, resolveDir: process.cwd() },
    format: 'esm',
  });
  const text = result.outputFiles[0]?.text ?? '';
  return { bytes: gzipped(text), text };
}

/** What a page loads at first and what it may load later, minified and gzipped. */
export interface SplitCost {
  /** The entry chunk and every chunk it imports statically: what the page pays up front. */
  readonly initial: number;
  /** Chunks loaded by `import()` only when a feature is used (drafts, print view, division cascade…), by file. */
  readonly lazy: Readonly<Record<string, number>>;
  /** Every module of the initial chunks, with its minified bytes (before gzip), largest first. */
  readonly modules: readonly (readonly [string, number])[];
}

/**
 * What a browser pays for `import 'specifier'` (a module with side effects, e.g. an element's
 * `define` entry) with code splitting on, as an application's bundler builds it: the initial
 * chunks, and each lazily loaded chunk apart.
 */
export async function splitBundleCost(specifier: string): Promise<SplitCost> {
  const result = await build({
    ...COMMON,
    stdin: { contents: `import '${specifier}';`, resolveDir: process.cwd(), sourcefile: 'entry.js' },
    splitting: true,
    outdir: 'out',
    format: 'esm',
    metafile: true,
  });
  const outputs = result.metafile.outputs;
  const gz = new Map(result.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('/out/') + 1), gzipped(f.text)]));
  const entry = Object.keys(outputs).find((name) => outputs[name]?.entryPoint !== undefined);
  const initial = new Set<string>();
  const visit = (name: string) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const imported of outputs[name]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  if (entry !== undefined) visit(entry);
  const lazy: Record<string, number> = {};
  for (const name of Object.keys(outputs)) if (!initial.has(name) && name.endsWith('.js')) lazy[name] = gz.get(name) ?? 0;
  const modules = [...initial]
    .flatMap((name) => Object.entries(outputs[name]?.inputs ?? {}).map(([input, { bytesInOutput }]) => [input.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, ''), bytesInOutput] as const))
    .sort((a, b) => b[1] - a[1]);
  return { initial: [...initial].reduce((sum, name) => sum + (gz.get(name) ?? 0), 0), lazy, modules };
}

/** The `<script>`-tag build of a package (an IIFE of `entry`, every dependency inside), minified and gzipped. */
export async function scriptBundleCost(entry: string, globalName: string): Promise<{ bytes: number; text: string }> {
  const result = await build({ ...COMMON, entryPoints: [source(entry)], format: 'iife', globalName });
  const text = result.outputFiles[0]?.text ?? '';
  return { bytes: gzipped(text), text };
}
