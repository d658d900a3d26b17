import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.js';

const src = (file: string) => fileURLToPath(new URL(`./packages/${file}`, import.meta.url));

/** Tests import sibling packages from source, so no build is needed before `pnpm test`. */
const alias = [
  { find: /^@sijitong\/core$/, replacement: src('core/src/index.ts') },
  { find: /^@sijitong\/core\/fixtures$/, replacement: src('core/src/fixtures/index.ts') },
  { find: /^@sijitong\/adapters\/(testing|simulator|server)$/, replacement: src('adapters/src/$1/index.ts') },
  { find: /^@sijitong\/forms\/fixtures$/, replacement: src('forms/src/fixtures/index.ts') },
  { find: /^@sijitong\/(forms|widgets|adapters)$/, replacement: src('$1/src/index.ts') },
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'examples/*/src/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          // Everything that is not Node-only runs in real Chromium too: core promises to run in browsers.
          include: ['packages/*/src/**/*.test.ts'],
          exclude: ['**/*.node.test.ts', '**/node_modules/**'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: CHROMIUM_PATH,
                args: [...CHROMIUM_ARGS],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
