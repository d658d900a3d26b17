import { AdapterError } from '../errors.js';
import { staticMessages } from '../i18n/messages/static.js';
import type { StaticAdapterData } from './data.js';
import { createStaticAdapter, type StaticAdapter, type StaticAdapterOptions } from './static-adapter.js';

/**
 * A static adapter from JSON data (`{ "items": [...], "bundles": [...], "cases": [...], "users":
 * [...], "eLicences": [...] }`, each optional), as text or already parsed. Not JSON →
 * `STATIC_JSON_INVALID`; a wrong shape → `STATIC_JSON_SHAPE`; an invalid entry → `STATIC_DATA_INVALID` naming it (or the
 * entry is skipped with `skipInvalid`).
 */
export function createStaticAdapterFromJson(
  json: string | unknown,
  options: Omit<StaticAdapterOptions, keyof StaticAdapterData> = {},
): StaticAdapter {
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json) as unknown;
    } catch (cause) {
      throw new AdapterError(staticMessages, 'STATIC_JSON_INVALID', {}, { cause });
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new AdapterError(staticMessages, 'STATIC_JSON_SHAPE', { field: '$', expected: '{}', expectedEn: 'an object' });
  }
  const { items, bundles, cases, users, eLicences } = data as Record<string, unknown>;
  const lists = { items, bundles, cases, users, eLicences };
  for (const [name, list] of Object.entries(lists)) {
    if (list !== undefined && !Array.isArray(list)) {
      throw new AdapterError(staticMessages, 'STATIC_JSON_SHAPE', { field: name, expected: '[]', expectedEn: 'an array' }, { path: [name] });
    }
  }
  const given = Object.fromEntries(Object.entries(lists).filter(([, list]) => list !== undefined)) as StaticAdapterData;
  return createStaticAdapter({ ...options, ...given });
}
