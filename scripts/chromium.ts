/**
 * Debian's Chromium, as every browser run of the repository launches it (the vitest browser
 * project, the browser benchmarks, the examples' end-to-end tests). Nothing downloads a browser;
 * point `SIJITONG_CHROMIUM` at another Chromium if yours lives elsewhere.
 */
export const CHROMIUM_PATH = process.env.SIJITONG_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a headless run in a container: no sandbox, no GPU, no background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
