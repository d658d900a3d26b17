#!/usr/bin/env node
/**
 * Runs the Node-side tests (vitest project "node") again on Node 24, the current LTS our users
 * run, beside the Node 20 run of `pnpm test:unit`.
 *
 * Node 24 comes from the npm package `node@24` (a registry package carrying the binary), installed
 * once into node_modules/.cache/node24. Set SIJITONG_NODE24=/path/to/node to use another binary,
 * or SIJITONG_SKIP_NODE24=1 to skip (the skip is printed, never silent).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const prefix = join(root, 'node_modules', '.cache', 'node24');
const cached = join(prefix, 'node_modules', 'node', 'bin', 'node');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (process.env.SIJITONG_SKIP_NODE24 === '1') {
  console.log('test:node24 skipped because SIJITONG_SKIP_NODE24=1');
  process.exit(0);
}

let node = process.env.SIJITONG_NODE24;
if (!node) {
  if (!existsSync(cached)) {
    console.log('Installing Node 24 from the npm package node@24 into node_modules/.cache/node24 …');
    mkdirSync(prefix, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const status = run(npm, ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', 'node@24']);
    if (status !== 0 || !existsSync(cached)) {
      console.error('Could not install node@24 from the npm registry; set SIJITONG_NODE24 to a Node 24 binary.');
      process.exit(1);
    }
  }
  node = cached;
}

const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
if (!version.startsWith('v24.')) {
  console.error(`Expected Node 24 at ${node}, found ${version || 'nothing'}.`);
  process.exit(1);
}
console.log(`Running the node test project on ${version}`);
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
process.exit(run(node, [vitest, 'run', '--project', 'node']));
