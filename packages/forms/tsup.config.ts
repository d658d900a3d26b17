import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', fixtures: 'src/fixtures/index.ts', 'form/index': 'src/form/index.ts', 'form/define': 'src/form/define.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    tsconfig: 'tsconfig.json',
    sourcemap: true,
    clean: false, // `pnpm build` empties dist first: the two builds run at once
    target: 'es2022',
    treeshake: true,
  },
  {
    // The <script>-tag build: one self-contained IIFE (Lit, zod and core bundled, the element's
    // dynamic imports inlined) that registers <sjt-form> and exposes the global `SijitongForms`.
    entry: { 'sjt-form': 'src/form/script.ts' },
    format: ['iife'],
    globalName: 'SijitongForms',
    platform: 'browser',
    minify: true,
    noExternal: [/.*/],
    dts: false,
    tsconfig: 'tsconfig.json',
    sourcemap: true,
    clean: false,
    target: 'es2022',
  },
]);
