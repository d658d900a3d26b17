import * as z from 'zod/mini';
import { parseDivisionCode } from '../divisions/division-code.js';
import { SijitongError } from '../errors.js';
import { translate, type MessageParams } from '../i18n/define.js';
import type { MessageCode } from '../i18n/index.js';
import { catalogueMessages } from '../i18n/messages/catalogue.js';
import { bundleSchema, type Bundle } from '../items/bundle.js';
import { findingsOfZodError, type ItemFinding } from '../items/issues.js';
import { itemSchema, type Item } from '../items/item.js';
import type { CatalogEntryKind } from './filters.js';

/** An input the catalogue could not load, and why. */
export interface CatalogRejection {
  /** Whether it was given as an item or as a bundle. */
  readonly kind: CatalogEntryKind;
  /** Its index in the `items` (or `bundles`) array given to `createCatalog`. */
  readonly index: number;
  /** Its implementation code (items) or id (bundles), when the input has a readable one. */
  readonly code?: string;
  /**
   * Why it was rejected, all of it: every schema and integrity problem (as `validateItem`
   * reports them), or a duplicate or an unusable division code. All have severity `error`.
   */
  readonly findings: readonly ItemFinding[];
}

/** What loading produced: the accepted items and bundles, and the rejected inputs. @internal */
export interface LoadedCatalog {
  /** Items that parsed, in input order. */
  readonly items: Item[];
  /** Bundles that parsed, in input order. */
  readonly bundles: Bundle[];
  /** Inputs that did not. */
  readonly rejected: CatalogRejection[];
}

function finding(path: readonly (string | number)[], code: MessageCode, params: MessageParams, message: string): ItemFinding {
  return { path, code, params, severity: 'error', message };
}

function readableCode(input: unknown, key: string): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const value = (input as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function divisionFindings(codes: readonly string[]): ItemFinding[] {
  const findings: ItemFinding[] = [];
  codes.forEach((code, i) => {
    try {
      parseDivisionCode(code);
    } catch (error) {
      if (!(error instanceof SijitongError)) throw error;
      findings.push(finding(['divisionCodes', i], error.code, error.params, error.message));
    }
  });
  return findings;
}

function load<T extends { divisionCodes: string[] }>(
  kind: CatalogEntryKind,
  inputs: readonly unknown[],
  schema: z.core.$ZodType<T>,
  keyField: 'implementationCode' | 'id',
  accepted: T[],
  rejected: CatalogRejection[],
): void {
  const firstIndex = new Map<string, number>();
  inputs.forEach((input, index) => {
    const findings = problems(input, index);
    if (findings === undefined) return;
    const code = readableCode(input, keyField);
    rejected.push(code === undefined ? { kind, index, findings } : { kind, index, code, findings });
  });

  function problems(input: unknown, index: number): ItemFinding[] | undefined {
    const parsed = z.safeParse(schema, input);
    if (!parsed.success) return findingsOfZodError(parsed.error);
    const value = parsed.data;
    const divisions = divisionFindings(value.divisionCodes);
    if (divisions.length > 0) return divisions;
    const key = (value as unknown as Record<string, string>)[keyField] ?? '';
    const first = firstIndex.get(key);
    if (first !== undefined) {
      const code = kind === 'item' ? 'CATALOG_ITEM_DUPLICATE' : 'CATALOG_BUNDLE_DUPLICATE';
      const params = { code: key, position: index + 1, first: first + 1 };
      return [finding([keyField], code, params, translate(catalogueMessages, code, params))];
    }
    firstIndex.set(key, index);
    accepted.push(value);
    return undefined;
  }
}

/**
 * Parses items with `itemSchema` and bundles with `bundleSchema` (shape and integrity; audit
 * rules are for `validateItem` and do not block loading). Keeps the valid ones and reports the
 * rest; the first of two inputs with the same implementation code (or bundle id) wins.
 * @throws {@link SijitongError} `CATALOG_INPUT_INVALID` when `items` or `bundles` is not an array.
 * @internal
 */
export function loadCatalog(items: unknown, bundles: unknown): LoadedCatalog {
  if (!Array.isArray(items)) throw new SijitongError(catalogueMessages, 'CATALOG_INPUT_INVALID', { field: 'items' });
  if (bundles !== undefined && !Array.isArray(bundles)) throw new SijitongError(catalogueMessages, 'CATALOG_INPUT_INVALID', { field: 'bundles' });
  const result: LoadedCatalog = { items: [], bundles: [], rejected: [] };
  load<Item>('item', items, itemSchema, 'implementationCode', result.items, result.rejected);
  load<Bundle>('bundle', (bundles ?? []) as readonly unknown[], bundleSchema, 'id', result.bundles, result.rejected);
  return result;
}
