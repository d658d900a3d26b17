import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', fixtures: 'src/fixtures/index.ts', 'form/index': 'src/form/index.ts', 'form/define': 'src/form/define.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  tsconfig: 'tsconfig.json',
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
});
