import { LocalizedError, divisionAncestorCodes, parseDivisionCode, type DivisionLevel, type Locale } from '@sijitong/core';
import type { DivisionOption, DivisionSource } from './source.js';

/*
 * The state of one `division` field, without any DOM: which lists are loaded, what is chosen at
 * each level, what is loading or failed. Lists are loaded one level at a time from a
 * `DivisionSource`, only for a chosen parent, cached per source and parent; a load in flight is
 * aborted when the choice above it changes.
 */

/** The canonical form of `code` (6 digits down to county, 12 below), or `code` when malformed. @internal */
export function canonicalOf(code: string): string {
  try {
    return parseDivisionCode(code).canonicalCode;
  } catch {
    return code;
  }
}

/** The level `code` denotes, or `undefined` when malformed. @internal */
export function levelOf(code: string): DivisionLevel | undefined {
  try {
    return parseDivisionCode(code).level;
  } catch {
    return undefined;
  }
}

/** Canonical codes from the province down to `code` itself; empty when `code` is malformed. @internal */
export function chainOf(code: string): string[] {
  try {
    return [...divisionAncestorCodes(code), parseDivisionCode(code).canonicalCode];
  } catch {
    return [];
  }
}

/** What is known of one source: its lists by parent (`''` for the top level) and names by canonical code. */
interface SourceCache {
  readonly lists: Map<string, readonly DivisionOption[]>;
  readonly names: Map<string, string>;
  /** Parents whose list was asked for to show names (once each). */
  readonly asked: Set<string>;
}

const caches = new WeakMap<DivisionSource, SourceCache>();

function cacheOf(source: DivisionSource): SourceCache {
  let cache = caches.get(source);
  if (cache === undefined) {
    cache = { lists: new Map(), names: new Map(), asked: new Set() };
    caches.set(source, cache);
  }
  return cache;
}

const isOption = (x: unknown): x is DivisionOption =>
  typeof x === 'object' && x !== null && typeof (x as DivisionOption).code === 'string' && typeof (x as DivisionOption).name === 'string';

/** An answer that is not a list of `{ code, name }`: shown as a load failure. */
class MalformedList extends Error {}

/** Keeps `list` in the cache of `source` (a copy holding code and name only). */
function remember(source: DivisionSource, parent: string | undefined, list: unknown): readonly DivisionOption[] {
  if (!Array.isArray(list) || !list.every(isOption)) throw new MalformedList();
  const options = list.map(({ code, name }) => ({ code, name }));
  const cache = cacheOf(source);
  cache.lists.set(parent ?? '', options);
  for (const o of options) cache.names.set(canonicalOf(o.code), o.name);
  return options;
}

const isThenable = (x: unknown): x is PromiseLike<unknown> => typeof (x as PromiseLike<unknown> | null)?.then === 'function';

/**
 * The names from the top down to `code`, as far as `source`'s lists loaded so far know them
 * (levels the source omits are skipped); `undefined` when `code` itself has no known name. @internal
 */
export function namesOf(source: DivisionSource, code: string): string[] | undefined {
  const cache = caches.get(source);
  const chain = chainOf(code);
  const own = chain.at(-1);
  if (cache === undefined || own === undefined || !cache.names.has(own)) return undefined;
  return chain.flatMap((c) => cache.names.get(c) ?? []);
}

/**
 * Loads, in the background, the lists that name `code` and the levels above it (each parent once
 * per source; failures are ignored: the code is shown instead). Resolves to true when something
 * new was loaded. @internal
 */
export async function loadNames(source: DivisionSource, code: string): Promise<boolean> {
  const cache = cacheOf(source);
  const chain = chainOf(code);
  let loaded = false;
  for (const parent of [undefined, ...chain.slice(0, -1)]) {
    const key = parent ?? '';
    if (cache.lists.has(key) || cache.asked.has(key)) continue;
    cache.asked.add(key);
    try {
      remember(source, parent, await source.children(parent));
      loaded = true;
    } catch {
      return loaded;
    }
  }
  return loaded;
}

/** One selectable level: the list under `parent` (`undefined` until loaded) and the choice in it. @internal */
export interface CascadeLevel {
  readonly parent: string | undefined;
  options: readonly DivisionOption[] | undefined;
  chosen: string | undefined;
}

/** What the cascade is doing. @internal */
export type CascadeStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading'; readonly parent: string | undefined }
  | { readonly kind: 'error'; readonly parent: string | undefined; readonly error: unknown };

const IDLE: CascadeStatus = { kind: 'idle' };

/** The localized message of a load failure when the source threw a kit error; otherwise `undefined`. @internal */
export function failureDetail(error: unknown, locale: Locale): string | undefined {
  return error instanceof LocalizedError ? error.localized(locale) : undefined;
}

/**
 * The cascade of one `division` field. `sync` (from render) lines it up with the field's value,
 * source and root; `choose` records the applicant's choice at a level and returns the new value
 * (the deepest code chosen); `retry` reloads a failed list. `changed` is called, never during
 * `sync`, whenever something shown changed. @internal
 */
export class DivisionCascade {
  /** The selectable levels, top first; the last one may still be loading. */
  levels: CascadeLevel[] = [];
  /** Canonical codes of the root and the levels above it, shown as text (empty without a root). */
  fixed: readonly string[] = [];
  /** Loading, failed or idle. */
  status: CascadeStatus = IDLE;
  private source: DivisionSource | undefined = undefined;
  private root: string | undefined = undefined;
  private value: unknown = undefined;
  private synced = false;
  /** Codes still to choose while restoring a value, top first. */
  private plan: string[] = [];
  /** Bumped by every new run: an older run's answers are dropped. */
  private generation = 0;
  private pending: AbortController | undefined = undefined;

  constructor(private readonly changed: () => void) {}

  /** Lines the cascade up with `value` (a code or nothing), `source` and `root`; starts what must load. */
  sync(value: unknown, source: DivisionSource, root: string | undefined): void {
    if (this.synced && value === this.value && source === this.source && root === this.root) return;
    this.synced = true;
    this.value = value;
    this.source = source;
    this.root = root;
    const fixed = root === undefined ? [] : chainOf(root);
    this.fixed = fixed;
    const wanted = typeof value === 'string' ? chainOf(value) : [];
    // A value outside the root is kept as it is, but not shown as chosen.
    this.plan = fixed.every((code, i) => wanted[i] === code) ? wanted.slice(fixed.length) : [];
    this.levels = [{ parent: fixed.at(-1), options: undefined, chosen: undefined }];
    const generation = this.restart();
    void Promise.resolve().then(async () => {
      const last = fixed.at(-1);
      await this.run(generation);
      if (last !== undefined && (await loadNames(source, last)) && generation === this.generation) this.changed();
    });
  }

  /** Records the choice `code` (`''`: none) at level `depth`; returns the field's new value. */
  choose(depth: number, code: string): string | undefined {
    const level = this.levels[depth];
    if (level === undefined) return this.deepest();
    this.levels = this.levels.slice(0, depth + 1);
    level.chosen = code === '' ? undefined : code;
    this.plan = [];
    const value = this.deepest();
    this.value = value;
    const generation = this.restart();
    if (level.chosen !== undefined && levelOf(level.chosen) !== 'village') {
      this.levels.push({ parent: level.chosen, options: undefined, chosen: undefined });
      void this.run(generation);
    }
    return value;
  }

  /** Loads the failed list again (and the rest of a value being restored). */
  retry(): Promise<void> {
    if (this.status.kind !== 'error') return Promise.resolve();
    return this.run(this.restart());
  }

  /** Aborts a load in flight (the element left the page). */
  abort(): void {
    this.restart();
    this.synced = false;
  }

  /** The deepest chosen code. */
  private deepest(): string | undefined {
    let code: string | undefined;
    for (const level of this.levels) code = level.chosen ?? code;
    return code;
  }

  /** Drops whatever is running; returns the new run's generation. */
  private restart(): number {
    this.pending?.abort();
    this.pending = undefined;
    this.status = IDLE;
    return ++this.generation;
  }

  /** Loads the last level's list, chooses the next planned code in it, and goes on down. */
  private async run(generation: number): Promise<void> {
    for (;;) {
      const level = this.levels.at(-1);
      if (level === undefined) return;
      const options = await this.load(level.parent, generation);
      if (options === undefined) return;
      level.options = options;
      // The next planned code the list holds (a source may omit a level, e.g. 市辖区).
      const at = this.plan.findIndex((code) => options.some((o) => canonicalOf(o.code) === code));
      const match = at < 0 ? undefined : options.find((o) => canonicalOf(o.code) === this.plan[at]);
      if (match === undefined) {
        this.plan = [];
        this.changed();
        return;
      }
      this.plan = this.plan.slice(at + 1);
      level.chosen = match.code;
      if (levelOf(match.code) === 'village') {
        this.changed();
        return;
      }
      this.levels.push({ parent: match.code, options: undefined, chosen: undefined });
    }
  }

  /** The list under `parent`: cached, or asked of the source (`undefined` when dropped or failed). */
  private async load(parent: string | undefined, generation: number): Promise<readonly DivisionOption[] | undefined> {
    const source = this.source;
    if (source === undefined) return undefined;
    const cached = caches.get(source)?.lists.get(parent ?? '');
    if (cached !== undefined) return cached;
    const controller = new AbortController();
    this.pending = controller;
    try {
      let answer: unknown = source.children(parent, { signal: controller.signal });
      if (isThenable(answer)) {
        this.status = { kind: 'loading', parent };
        this.changed();
        answer = await answer;
      }
      if (generation !== this.generation) return undefined;
      const options = remember(source, parent, answer);
      this.status = IDLE;
      return options;
    } catch (error) {
      if (generation !== this.generation) return undefined;
      this.status = { kind: 'error', parent, error };
      this.changed();
      return undefined;
    } finally {
      if (this.pending === controller) this.pending = undefined;
    }
  }
}
