import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { LOCALES, translate, type MessageParams } from '@sijitong/core';
import { pageMessages, type PageText } from './messages.js';
import { startFormsPage, type FormsPage } from './server.js';

/*
 * Serves the example page against the BUILT packages: run `pnpm demo:forms` from the repository
 * root (it builds core, adapters and forms first), then open the printed URL.
 */

const BUILD_HINT = 'pnpm --filter @sijitong/forms build';

/** The message in Chinese, then in English, one line each. */
const bothLanguages = (key: PageText, params: MessageParams): string[] => LOCALES.map((locale) => translate(pageMessages, key, params, locale));

async function readScript(): Promise<string> {
  try {
    const path = createRequire(import.meta.url).resolve('@sijitong/forms/sjt-form.global.js');
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'MODULE_NOT_FOUND' && code !== 'ENOENT') throw error;
    for (const line of bothLanguages('MAIN_BUILD_MISSING', { command: BUILD_HINT })) console.error(line);
    process.exit(1);
  }
}

async function start(script: string): Promise<FormsPage> {
  const wanted = Number.parseInt(process.env.PORT ?? '', 10);
  const port = Number.isInteger(wanted) && wanted >= 0 && wanted < 65536 ? wanted : 4173;
  try {
    return await startFormsPage({ script, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw error;
    for (const line of bothLanguages('MAIN_PORT_BUSY', { port })) console.warn(line);
    return startFormsPage({ script, port: 0 });
  }
}

const page = await start(await readScript());
for (const line of bothLanguages('MAIN_LISTENING', { url: page.url })) console.log(line);

const stop = () => {
  void page.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
