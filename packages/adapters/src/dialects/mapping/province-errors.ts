import type { MessageKey, MessageParams } from '@sijitong/core';
import { AdapterError, isAdapterError } from '../../errors.js';
import { contractMessages } from '../../i18n/messages/contract.js';

/** A contract error code (`ADAPTER_CASE_NOT_FOUND`…). */
export type ContractErrorCode = MessageKey<typeof contractMessages>;

/**
 * What a province's refusal means for one call, as data: the province's error code (`'40400'`,
 * from an HTTP-200 envelope) or `http:<status>` (`'http:401'`) → the contract's error code.
 */
export type ProvinceErrorTable = Readonly<Record<string, ContractErrorCode>>;

/** What a dialect's refusals mean, one {@link ProvinceErrorTable} per kind of call. */
export interface DialectErrorTables {
  /** The public case lookup. */
  readonly lookup: ProvinceErrorTable;
  /** Creating (submitting) a case. */
  readonly create: ProvinceErrorTable;
  /** Calls made with the user's session ("my cases", the profile). */
  readonly session: ProvinceErrorTable;
  /** Exchanging the login code for a token. */
  readonly token: ProvinceErrorTable;
  /** Reading an e-licence. */
  readonly licence: ProvinceErrorTable;
  /** Creating or reading a payment order. */
  readonly order: ProvinceErrorTable;
  /** Submitting a 好差评 evaluation. */
  readonly evaluation: ProvinceErrorTable;
}

const BODY_CODE_FIELDS = ['code', 'errcode', 'errCode', 'resultCode'] as const;

/** The error code in the body of an HTTP error answer (ky's `HTTPError.data`), when it is plain JSON. */
function bodyCodeOf(cause: unknown): string | undefined {
  const data = cause !== null && typeof cause === 'object' ? (cause as { data?: unknown }).data : undefined;
  if (data === null || typeof data !== 'object') return undefined;
  for (const field of BODY_CODE_FIELDS) {
    const code = (data as Record<string, unknown>)[field];
    if (typeof code === 'string' || typeof code === 'number') return String(code);
  }
  return undefined;
}

/**
 * The keys of `error` in a {@link ProvinceErrorTable}, most specific first: the province's code
 * (from an HTTP-200 envelope, or from the JSON body of an HTTP error), then `http:<status>`.
 */
export function provinceErrorKeys(error: unknown): readonly string[] {
  if (isAdapterError(error, 'PROVINCE_ERROR')) return [String(error.params['code'])];
  if (isAdapterError(error, 'ADAPTER_HTTP_STATUS')) {
    const code = bodyCodeOf(error.cause);
    const http = `http:${String(error.params['status'])}`;
    return code === undefined ? [http] : [code, http];
  }
  return [];
}

/** Whether the province refused with `code` (an envelope code such as `'40400'`, or `http:404`). */
export function isProvinceError(error: unknown, code: string): boolean {
  return provinceErrorKeys(error).includes(code);
}

/**
 * The contract error `table` gives for `error` (with `params` for its message and the province's
 * error as `cause`), or `error` itself when the table says nothing about it.
 */
export function translateProvinceError(error: unknown, table: ProvinceErrorTable, params: MessageParams = {}): unknown {
  const key = provinceErrorKeys(error).find((k) => table[k] !== undefined);
  const code = key === undefined ? undefined : table[key];
  return code === undefined ? error : new AdapterError(contractMessages, code, params, { cause: error });
}

/** Runs `call`, translating the province's refusals through `table`. */
export async function withProvinceErrors<T>(call: () => Promise<T>, table: ProvinceErrorTable, params: MessageParams = {}): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw translateProvinceError(error, table, params);
  }
}
