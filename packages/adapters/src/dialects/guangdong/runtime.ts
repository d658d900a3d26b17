import { createHttpClient } from '../../http/client.js';
import type { EnvelopeRule, PagingStyle } from '../../http/envelope.js';
import { combineSigners } from '../../signing/combine.js';
import { gmEnvelopeDecoder, gmEnvelopeSigner } from '../../signing/gm-envelope.js';
import { guangdongTifSigner } from '../../signing/guangdong-tif.js';
import type { DialectErrorTables } from '../mapping/province-errors.js';
import { dialectRuntimeParts, type DialectRuntime } from '../shared/dialect-runtime.js';
import { transportOptions } from '../shared/http-config.js';
import { GUANGDONG_CODE_TABLES } from './codes.js';
import type { GuangdongConfigParsed } from './config.js';
import { GUANGDONG_STATUS_TABLE } from './status.js';

/** The guangdong envelope (inside the SM4/SM2 one): `{ errcode: 0, errmsg, data }`. */
export const GUANGDONG_ENVELOPE: EnvelopeRule = { codeField: 'errcode', successCodes: ['0'], messageField: 'errmsg', dataField: 'data', retryableCodes: ['50000', '42900'] };

/** Guangdong paging: body `current` (from 0) and `size` → `{ current, size, totalCount, list }`. */
export const GUANGDONG_PAGING: PagingStyle = { pageField: 'current', sizeField: 'size', totalField: 'totalCount', itemsField: 'list', firstPage: 0 };

/** The largest page the guangdong dialect serves. */
export const GUANGDONG_MAX_PAGE_SIZE = 50;

/**
 * What the guangdong dialect's refusals mean, per call. HTTP error bodies are sealed envelopes
 * (no readable code), so a refused bearer token is `http:401`.
 */
export const GUANGDONG_ERRORS: DialectErrorTables = {
  lookup: { '40400': 'ADAPTER_CASE_NOT_FOUND', '40002': 'ADAPTER_CAPTCHA_INVALID' },
  create: { '40400': 'ADAPTER_ITEM_NOT_FOUND', '40900': 'ADAPTER_IDEMPOTENCY_CONFLICT' },
  session: { 'http:401': 'ADAPTER_SESSION_INVALID' },
  token: { 'http:401': 'ADAPTER_LOGIN_CODE_INVALID' },
  licence: { '40400': 'ADAPTER_LICENCE_NOT_FOUND' },
  order: { '40400': 'ADAPTER_ORDER_NOT_FOUND', '40900': 'ADAPTER_IDEMPOTENCY_CONFLICT' },
  evaluation: { '40400': 'ADAPTER_CASE_NOT_FOUND' },
};

/** Everything the guangdong capabilities share. @internal */
export interface GuangdongRuntime extends DialectRuntime<GuangdongConfigParsed> {
  /** Opens and verifies a response envelope (the client is enveloped; the signer adds TIF headers + the SM4/SM2 request envelope). */
  readonly open: (text: string) => string;
}

/** Builds the runtime of one guangdong adapter. @internal */
export function guangdongRuntime(config: GuangdongConfigParsed): GuangdongRuntime {
  const userId = config.sm2UserId === undefined ? {} : { userId: config.sm2UserId };
  const signer = combineSigners(
    gmEnvelopeSigner({ sm4Key: config.sm4Key, sm2PrivateKey: config.sm2PrivateKey, ...userId }),
    guangdongTifSigner({ paasId: config.paasId, token: config.token }),
  );
  // Every JSON answer (errors included) is sealed: verify the province's signature, then decrypt.
  const open = gmEnvelopeDecoder({ sm4Key: config.sm4Key, sm2PublicKey: config.sm2PublicKey, ...userId });
  const client = createHttpClient({ baseUrl: config.baseUrl, signer, envelope: GUANGDONG_ENVELOPE, decodeBody: open, ...transportOptions(config) });
  return { config, client, signer, open, ...dialectRuntimeParts(config, 'guangdong', GUANGDONG_CODE_TABLES, GUANGDONG_STATUS_TABLE) };
}
