/**
 * Catalogue search over 10,000 generated items (`generateCatalog`, seed 2026): the search index
 * build, then 300 distinct queries each in Chinese, full pinyin and initials, taken from pieces
 * of the items' own names (2–5 characters, some pinyin typed with spaces). Targets: index build
 * < 300 ms; search p95 < 2 ms per kind.
 *
 * "Index build" is the search index alone (pinyin readings, name maps, gram indexes, sort) from
 * parsed items. `createCatalog` also parses every input with the item schema (zod); that total
 * is reported beside it.
 */
import { pinyin } from 'pinyin-pro';
import { buildCatalog, createCatalog } from '../src/catalogue/catalog.js';
import { createReadings } from '../src/catalogue/pinyin.js';
import { generateCatalog } from '../src/fixtures/index.js';
import type { Item } from '../src/items/item.js';
import { percentile, type BenchResult } from './measure.js';

const SIZE = 10_000;
const QUERIES = 300;
const BUILD_TARGET_MS = 300;
const SEARCH_TARGET_MS = 2;

/** Small deterministic generator, so every run asks the same queries. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

/** A random piece of 2–5 characters of a random item's name. */
function piece(items: readonly Item[], random: () => number): string {
  const name = items[Math.floor(random() * items.length)]?.name ?? '';
  const length = Math.min(name.length, 2 + Math.floor(random() * 4));
  const start = Math.floor(random() * (name.length - length + 1));
  return name.slice(start, start + length);
}

function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', v: true }).filter((s) => /^[a-z]+$/.test(s));
}

const QUERY_KINDS: readonly [string, (text: string, random: () => number) => string][] = [
  ['Chinese', (text) => text],
  ['full pinyin', (text, random) => syllables(text).join(random() < 0.3 ? ' ' : '')],
  [
    'initials',
    (text) =>
      syllables(text)
        .map((s) => s.charAt(0))
        .join(''),
  ],
];

function distinctQueries(items: readonly Item[], make: (text: string, random: () => number) => string, seed: number): string[] {
  const random = lcg(seed);
  const seen = new Set<string>();
  for (let tries = 0; seen.size < QUERIES && tries < QUERIES * 100; tries++) {
    const query = make(piece(items, random), random);
    if (query.replace(/\s/g, '').length >= 2) seen.add(query);
  }
  return [...seen];
}

export default function run(): BenchResult[] {
  const items = generateCatalog({ size: SIZE, seed: 2026 });
  const results: BenchResult[] = [];

  buildCatalog(items.slice(0, 300), {}, createReadings()); // warm up pinyin-pro and the JIT
  let start = performance.now();
  const built = buildCatalog(items, {}, createReadings(), { parsed: true });
  const indexMs = performance.now() - start;
  results.push({
    name: `catalogue index build, ${SIZE} items`,
    figure: `${indexMs.toFixed(0)} ms (${built.items.length} items)`,
    target: `< ${BUILD_TARGET_MS} ms`,
    pass: indexMs < BUILD_TARGET_MS,
  });

  start = performance.now();
  const catalog = createCatalog(items);
  const totalMs = performance.now() - start;
  results.push({
    name: `createCatalog incl. zod parsing, ${SIZE} items`,
    figure: `${totalMs.toFixed(0)} ms (${catalog.items.length} loaded)`,
    target: 'reported',
    pass: catalog.items.length === SIZE,
  });

  for (const query of distinctQueries(items, (text) => text, 99).slice(0, 50)) catalog.search(query); // warm-up
  QUERY_KINDS.forEach(([kind, make], k) => {
    const queries = distinctQueries(items, make, k + 1);
    const samples: number[] = [];
    let hits = 0;
    for (const query of queries) {
      const t = performance.now();
      hits += catalog.search(query).total;
      samples.push(performance.now() - t);
    }
    const p95 = percentile(samples, 95);
    results.push({
      name: `catalogue search p95, ${kind} (${queries.length} queries)`,
      figure: `p95 ${p95.toFixed(2)} ms, p50 ${percentile(samples, 50).toFixed(2)} ms, ${Math.round(hits / queries.length)} hits/q`,
      target: `< ${SEARCH_TARGET_MS} ms`,
      pass: p95 < SEARCH_TARGET_MS,
    });
  });
  return results;
}
