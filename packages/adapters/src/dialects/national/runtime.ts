import { createHttpClient } from '../../http/client.js';
import type { EnvelopeRule, PagingStyle } from '../../http/envelope.js';
import { zhejiangHmacSigner } from '../../signing/zhejiang-hmac.js';
import type { DialectErrorTables } from '../mapping/province-errors.js';
import { dialectRuntimeParts, type DialectRuntime } from '../shared/dialect-runtime.js';
import { transportOptions } from '../shared/http-config.js';
import { NATIONAL_CODE_TABLES } from './codes.js';
import type { NationalConfigParsed } from './config.js';
import { NATIONAL_STATUS_TABLE } from './status.js';

/** The national envelope: `{ code: '0', msg, data }`; `50000` (busy) and `42900` (rate limited) are worth retrying later. */
export const NATIONAL_ENVELOPE: EnvelopeRule = { codeField: 'code', successCodes: ['0'], messageField: 'msg', dataField: 'data', retryableCodes: ['50000', '42900'] };

/** National paging: query `pageNo` (from 1) and `pageSize` → `{ pageNo, pageSize, total, rows }`. */
export const NATIONAL_PAGING: PagingStyle = { pageField: 'pageNo', sizeField: 'pageSize', totalField: 'total', itemsField: 'rows', firstPage: 1 };

/** The largest page the national dialect serves. */
export const NATIONAL_MAX_PAGE_SIZE = 100;

/** What the national dialect's refusals mean, per call (envelope codes, or `http:<status>`). */
export const NATIONAL_ERRORS: DialectErrorTables = {
  lookup: { '40400': 'ADAPTER_CASE_NOT_FOUND' },
  create: { '40400': 'ADAPTER_ITEM_NOT_FOUND', '40900': 'ADAPTER_IDEMPOTENCY_CONFLICT' },
  session: { '40101': 'ADAPTER_SESSION_INVALID' },
  token: { '40101': 'ADAPTER_LOGIN_CODE_INVALID' },
  licence: { '40400': 'ADAPTER_LICENCE_NOT_FOUND' },
  order: { '40400': 'ADAPTER_ORDER_NOT_FOUND', '40900': 'ADAPTER_IDEMPOTENCY_CONFLICT' },
  evaluation: { '40400': 'ADAPTER_CASE_NOT_FOUND' },
};

/** Everything the national capabilities share (the HMAC signer also signs file downloads). @internal */
export type NationalRuntime = DialectRuntime<NationalConfigParsed>;

/** Builds the runtime of one national adapter. @internal */
export function nationalRuntime(config: NationalConfigParsed): NationalRuntime {
  const signer = zhejiangHmacSigner({ accessKey: config.accessKey, secretKey: config.secretKey });
  const client = createHttpClient({ baseUrl: config.baseUrl, signer, envelope: NATIONAL_ENVELOPE, ...transportOptions(config) });
  return { config, client, signer, ...dialectRuntimeParts(config, 'national', NATIONAL_CODE_TABLES, NATIONAL_STATUS_TABLE) };
}
