import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

/** Tests import sibling packages from source, so no build is needed before `pnpm test`. */
const alias = {
  '@sijitong/core': pkg('core'),
  '@sijitong/forms': pkg('forms'),
  '@sijitong/widgets': pkg('widgets'),
  '@sijitong/adapters': pkg('adapters'),
};

/** Debian's Chromium; nothing downloads a browser. Override with SIJITONG_CHROMIUM. */
const chromium = process.env.SIJITONG_CHROMIUM ?? '/usr/bin/chromium';

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
                executablePath: chromium,
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
