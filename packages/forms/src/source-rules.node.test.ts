import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('source rules of @sijitong/forms', () => {
  const files = sources(root).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

  it('never evaluates code: no eval, no Function constructor (strict CSP)', () => {
    for (const { path, text } of files) {
      expect(/\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(/.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')), path).toBe(false);
    }
  });

  it('keeps Chinese text in catalogues, fixtures and test helpers only', () => {
    const code = files.filter(({ path }) => !path.startsWith('i18n/') && !path.startsWith('fixtures/') && !path.startsWith('test-support/'));
    expect(code.length).toBeGreaterThan(20);
    for (const { path, text } of code) {
      const withoutComments = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(withoutComments.match(/[\u4e00-\u9fff]+/g), path).toBeNull();
    }
  });

  it('imports zod only as zod/mini', () => {
    for (const { path, text } of files) expect(/from 'zod(?!\/mini')/.test(text), path).toBe(false);
  });
});
