import { parseExpression } from '../expressions/parse.js';
import { printExpression, renameFields } from '../expressions/print.js';

/*
 * Combining conditions of several items' forms as expression text. `undefined` means "always"
 * for visibility and "never" for requiredness; callers say which.
 */

/** The literal condition that always holds. */
export const ALWAYS = 'true';

const group = (source: string) => (/^[\w.$]+$/.test(source) ? source : `(${source})`);

/** All of `parts` (conjunction); `undefined` (always) when there are none. */
export function allOf(parts: readonly (string | undefined)[]): string | undefined {
  const distinct = [...new Set(parts.filter((p): p is string => p !== undefined && p !== ALWAYS))];
  if (distinct.length === 0) return undefined;
  return distinct.length === 1 ? distinct[0] : distinct.map(group).join(' && ');
}

/** Any of `parts` (disjunction) of conditions that each may hold; `undefined` when there are none. */
export function anyOf(parts: readonly string[]): string | undefined {
  const distinct = [...new Set(parts)];
  if (distinct.includes(ALWAYS)) return ALWAYS;
  if (distinct.length === 0) return undefined;
  return distinct.length === 1 ? distinct[0] : distinct.map(group).join(' || ');
}

/** Rewrites field references of expressions after keys were renamed, caching by source. @internal */
export class Renamer {
  readonly #renames: ReadonlyMap<string, string | null>;
  readonly #cache = new Map<string, string>();

  /** @param renames - old key → new key, or `null` when the field no longer exists (read as `null`). */
  constructor(renames: ReadonlyMap<string, string | null>) {
    this.#renames = renames;
  }

  /** Whether any key is renamed. */
  get renames(): boolean {
    return this.#renames.size > 0;
  }

  /** `source` with renamed references (unchanged when nothing it reads was renamed). */
  apply(source: string | undefined): string | undefined {
    if (source === undefined || this.#renames.size === 0) return source;
    let out = this.#cache.get(source);
    if (out === undefined) {
      const node = parseExpression(source);
      let changed = false;
      const renamed = renameFields(node, (key) => {
        if (!this.#renames.has(key)) return undefined;
        changed = true;
        return this.#renames.get(key);
      });
      out = changed ? printExpression(renamed) : source;
      this.#cache.set(source, out);
    }
    return out;
  }
}
