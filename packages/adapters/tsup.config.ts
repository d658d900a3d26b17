import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    server: 'src/server/index.ts',
    simulator: 'src/simulator/index.ts',
    testing: 'src/testing/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  tsconfig: 'tsconfig.json',
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  external: ['vitest'],
});
