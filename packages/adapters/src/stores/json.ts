import { AdapterError } from '../errors.js';
import { storesMessages } from '../i18n/messages/stores.js';
import type { JsonValue } from './store.js';

/**
 * `value` as JSON text, refusing what JSON would silently drop or break on (functions, `undefined`
 * at the top, BigInt, cycles, binary data), with `STORE_VALUE_NOT_JSON`.
 * @internal
 */
export function toJsonText(key: string, value: JsonValue): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value, (_name, v: unknown) => {
      if (typeof v === 'function' || typeof v === 'symbol' || ArrayBuffer.isView(v) || v instanceof ArrayBuffer) throw new TypeError('not JSON');
      return v;
    });
  } catch (cause) {
    throw new AdapterError(storesMessages, 'STORE_VALUE_NOT_JSON', { key }, { cause });
  }
  if (text === undefined) throw new AdapterError(storesMessages, 'STORE_VALUE_NOT_JSON', { key });
  return text;
}

/** Checks a time to live: a positive whole number of milliseconds. @internal */
export function checkTtl(ttlMs: number | undefined): void {
  if (ttlMs === undefined) return;
  if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0) throw new AdapterError(storesMessages, 'STORE_TTL_INVALID', { ttlMs: String(ttlMs) });
}
