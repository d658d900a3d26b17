import type { Messages } from './define.js';

function placeholders(text: string): string[] {
  // An English message may take the English twin of a param: `{reasonEn}` for `{reason}`.
  return [...new Set([...text.matchAll(/\{(\w+?)(?:En)?\}/g)].map((m) => m[1] ?? ''))].sort();
}

/**
 * Problems in a package's message catalogues, as readable lines: a key used by two catalogues, a
 * key missing in one locale, an empty message, placeholders that differ between the locales.
 * Empty when all is well; each package runs it in a test over all of its catalogues.
 *
 * @example expect(findCatalogueProblems({ calendarMessages, casesMessages })).toEqual([])
 */
export function findCatalogueProblems(catalogues: Readonly<Record<string, Messages>>): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const [name, messages] of Object.entries(catalogues)) {
    const zhKeys = Object.keys(messages['zh-CN']);
    const enKeys = new Set(Object.keys(messages.en));
    for (const key of zhKeys) {
      const first = owner.get(key);
      if (first !== undefined) problems.push(`${key}: in both ${first} and ${name}`);
      owner.set(key, name);
      const zh = messages['zh-CN'][key] ?? '';
      const en = messages.en[key];
      if (en === undefined) problems.push(`${name}.${key}: no English message`);
      if (zh.trim() === '' || (en !== undefined && en.trim() === '')) problems.push(`${name}.${key}: empty message`);
      if (en !== undefined && placeholders(en).join() !== placeholders(zh).join()) {
        problems.push(`${name}.${key}: placeholders differ (zh-CN ${placeholders(zh).join(' ')}; en ${placeholders(en).join(' ')})`);
      }
      enKeys.delete(key);
    }
    for (const key of enKeys) problems.push(`${name}.${key}: English message without a Chinese one`);
  }
  return problems;
}
