/**
 * Generates `src/calendar/data/china-holidays.generated.ts` from the maintained data package
 * `chinese-days` (a devDependency; the runtime never imports it).
 *
 *   npx tsx packages/core/scripts/generate-china-calendar.ts
 *
 * Output, per year: a string of space-separated tokens. `<k><MMDD>` or `<k><MMDD>-<MMDD>` is a day
 * (range) off, `+<k><MMDD>` a make-up working day; `<k>` is the holiday's letter (see `LETTERS`).
 * Every day the package lists is kept, weekend days inside holidays included.
 * `src/calendar/data/china-holidays.node.test.ts` checks the result equals the package's data.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** chinese-days' English holiday names → one-letter codes of `china-holidays.ts`. */
const LETTERS: Readonly<Record<string, string>> = {
  "New Year's Day": 'n',
  'Spring Festival': 's',
  'Tomb-sweeping Day': 'q',
  'Labour Day': 'l',
  'Dragon Boat Festival': 'd',
  'Mid-autumn Festival': 'm',
  'National Day': 'g',
  'Anti-Fascist 70th Day': 'o',
};

interface ChineseDaysJson {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

function letterOf(value: string, date: string): string {
  const name = value.split(',')[0] ?? '';
  const letter = LETTERS[name];
  if (letter === undefined) throw new Error(`Unknown holiday name "${name}" on ${date}: add it to LETTERS and to HolidayKey.`);
  return letter;
}

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Encodes one year of the package's data. */
function encodeYear(year: string, data: ChineseDaysJson): string {
  const tokens: string[] = [];
  const off = Object.keys(data.holidays).filter((d) => d.startsWith(`${year}-`)).sort();
  for (let i = 0; i < off.length; ) {
    const first = off[i] as string;
    const letter = letterOf(data.holidays[first] as string, first);
    let last = first;
    let j = i + 1;
    while (j < off.length && off[j] === nextDate(last) && letterOf(data.holidays[off[j] as string] as string, last) === letter) {
      last = off[j] as string;
      j++;
    }
    const mmdd = (d: string) => d.slice(5, 7) + d.slice(8, 10);
    tokens.push(last === first ? `${letter}${mmdd(first)}` : `${letter}${mmdd(first)}-${mmdd(last)}`);
    i = j;
  }
  const work = Object.keys(data.workdays).filter((d) => d.startsWith(`${year}-`)).sort();
  for (const date of work) tokens.push(`+${letterOf(data.workdays[date] as string, date)}${date.slice(5, 7)}${date.slice(8, 10)}`);
  return tokens.join(' ');
}

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const require = createRequire(join(here, '..', 'package.json'));
  const pkgJsonPath = require.resolve('chinese-days/package.json');
  const version = (JSON.parse(readFileSync(pkgJsonPath, 'utf8')) as { version: string }).version;
  const data = JSON.parse(readFileSync(join(dirname(pkgJsonPath), 'dist', 'chinese-days.json'), 'utf8')) as ChineseDaysJson;
  const years = [...new Set([...Object.keys(data.holidays), ...Object.keys(data.workdays)].map((d) => d.slice(0, 4)))].sort();
  const lines = years.map((year) => `  ${year}: '${encodeYear(year, data)}',`);
  const out = `/**
 * GENERATED FILE, do not edit. Source: the npm package chinese-days@${version}
 * (dist/chinese-days.json, MIT, https://github.com/vsme/chinese-days), which transcribes the
 * State Council holiday notices. Regenerate with:
 *
 *   npx tsx packages/core/scripts/generate-china-calendar.ts
 *
 * Per year, space-separated tokens: \`<k>MMDD\` or \`<k>MMDD-MMDD\` = day(s) off, \`+<k>MMDD\` = make-up
 * working day. \`<k>\`: n 元旦, s 春节, q 清明, l 劳动节, d 端午, m 中秋, g 国庆, o other.
 * @internal
 */

/** The package and version the data was taken from. @internal */
export const CHINA_HOLIDAYS_SOURCE = 'chinese-days@${version}';

/** Encoded notices by year. @internal */
export const CHINA_HOLIDAYS: Readonly<Record<number, string>> = {
${lines.join('\n')}
};
`;
  const target = join(here, '..', 'src', 'calendar', 'data', 'china-holidays.generated.ts');
  writeFileSync(target, out);
  console.log(`wrote ${target}: ${years.length} years (${years[0]}–${years[years.length - 1]}) from chinese-days@${version}`);
}

main();
