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
};

/**
 * What an application pays, minified and gzipped, for `import { name } from specifier` in a
 * browser bundle. Used by the bundle-budget tests of each package.
 */
export async function bundleCost(specifier: string, name: string): Promise<{ bytes: number; text: string }> {
  const result = await build({
    stdin: { contents: `import { ${name} } from '${specifier}'; console.log(${name});`, resolveDir: process.cwd() },
    alias: ALIASES,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]?.text ?? '';
  return { bytes: gzipSync(text, { level: 9 }).length, text };
}
