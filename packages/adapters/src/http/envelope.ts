import * as z from 'zod/mini';
import type { Page, PageQuery } from '../contract/call.js';
import { AdapterError } from '../errors.js';
import { httpMessages } from '../i18n/messages/http.js';
import { parseResponse } from '../parse/parse-response.js';

/**
 * Habits of Chinese government systems, as data: how a body says "error" inside an HTTP 200
 * ({@link EnvelopeRule}), how it pages ({@link PagingStyle}), and how its field names map to ours
 * ({@link renameKeys}, {@link fromUpperSnake}). Adapters pick or write a table; no ad-hoc code.
 */

/** How a province wraps every answer: a status code, a message and the payload. */
export interface EnvelopeRule {
  /** Field of the status code; a dotted path for nested heads (`head.retCode`). */
  readonly codeField: string;
  /** Codes meaning success, compared as strings (`0`, `200`, `00000`…). */
  readonly successCodes: readonly string[];
  /** Field of the error message (`msg`, `message`, `errmsg`…); dotted paths allowed. */
  readonly messageField: string;
  /** Field of the payload (`data`, `result`…); dotted paths allowed; absent → the whole body. */
  readonly dataField?: string;
  /** Error codes that mean "busy, try later" (the error is then marked retryable). */
  readonly retryableCodes?: readonly string[];
}

/** The names of {@link ENVELOPE_RULES}. */
export type EnvelopeRuleName = 'codeMsgData' | 'codeMessageData' | 'errcode' | 'resultCode' | 'headBody';

/** Envelope rules seen across provincial systems. */
export const ENVELOPE_RULES: Readonly<Record<EnvelopeRuleName, EnvelopeRule>> = {
  /** `{ code: 0 | 200, msg, data }`: the most common. */
  codeMsgData: { codeField: 'code', successCodes: ['0', '200'], messageField: 'msg', dataField: 'data' },
  /** `{ code: '200', message, data }`. */
  codeMessageData: { codeField: 'code', successCodes: ['0', '200'], messageField: 'message', dataField: 'data' },
  /** `{ errcode: 0, errmsg, … }`: payload fields beside the code. */
  errcode: { codeField: 'errcode', successCodes: ['0'], messageField: 'errmsg' },
  /** `{ resultCode: '00000', resultMsg, data }`. */
  resultCode: { codeField: 'resultCode', successCodes: ['00000', '0000', '0'], messageField: 'resultMsg', dataField: 'data' },
  /** `{ head: { retCode, retMsg }, body }`: a head and a body. */
  headBody: { codeField: 'head.retCode', successCodes: ['0000', '000000', '0'], messageField: 'head.retMsg', dataField: 'body' },
};

/** The value at a dotted path of `value`, or `undefined`. */
export function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const MAX_MESSAGE = 200;

/**
 * The payload of an enveloped body. A code outside `successCodes` throws `PROVINCE_ERROR` with the
 * province's code and message (cut to 200 characters); a body without the code field throws
 * `ENVELOPE_CODE_MISSING`. `what` names the call in messages (`GET /api/items`).
 */
export function unwrapEnvelope(body: unknown, rule: EnvelopeRule, what = ''): unknown {
  const code = valueAt(body, rule.codeField);
  if (typeof code !== 'string' && typeof code !== 'number') {
    throw new AdapterError(httpMessages, 'ENVELOPE_CODE_MISSING', { what, field: rule.codeField }, { path: rule.codeField.split('.') });
  }
  const codeText = String(code);
  if (!rule.successCodes.includes(codeText)) {
    const raw = valueAt(body, rule.messageField);
    const message = typeof raw === 'string' ? raw.slice(0, MAX_MESSAGE) : '';
    throw new AdapterError(
      httpMessages,
      'PROVINCE_ERROR',
      { code: codeText.slice(0, 40), message },
      { retryable: rule.retryableCodes?.includes(codeText) ?? false },
    );
  }
  return rule.dataField === undefined ? body : valueAt(body, rule.dataField);
}

// ————————————————————————————— paging —————————————————————————————

/** How a province pages: field names and whether pages count from 0 or 1. */
export interface PagingStyle {
  /** Page number field (`pageNo`, `page`, `current`, `pageNum`…), in requests and responses. */
  readonly pageField: string;
  /** Page size field (`pageSize`, `size`, `limit`…). */
  readonly sizeField: string;
  /** Total count field in responses (`total`, `totalCount`…). */
  readonly totalField: string;
  /** Entries field in responses (`list`, `records`, `rows`…); dotted paths allowed. */
  readonly itemsField: string;
  /** The number of the first page. */
  readonly firstPage: 0 | 1;
}

/** The names of {@link PAGING_STYLES}. */
export type PagingStyleName = 'pageNo' | 'pageHelper' | 'mybatisPlus' | 'spring' | 'pageRows';

/** Paging styles seen across provincial systems. */
export const PAGING_STYLES: Readonly<Record<PagingStyleName, PagingStyle>> = {
  /** `pageNo`, `pageSize`, `totalCount`, `list`, from 1. */
  pageNo: { pageField: 'pageNo', sizeField: 'pageSize', totalField: 'totalCount', itemsField: 'list', firstPage: 1 },
  /** PageHelper: `pageNum`, `pageSize`, `total`, `list`, from 1. */
  pageHelper: { pageField: 'pageNum', sizeField: 'pageSize', totalField: 'total', itemsField: 'list', firstPage: 1 },
  /** MyBatis-Plus: `current`, `size`, `total`, `records`, from 1. */
  mybatisPlus: { pageField: 'current', sizeField: 'size', totalField: 'total', itemsField: 'records', firstPage: 1 },
  /** Spring Data: `number`, `size`, `totalElements`, `content`, from 0. */
  spring: { pageField: 'number', sizeField: 'size', totalField: 'totalElements', itemsField: 'content', firstPage: 0 },
  /** jqGrid style: `page`, `rows` (the size), `total`, `data`, from 1. */
  pageRows: { pageField: 'page', sizeField: 'rows', totalField: 'total', itemsField: 'data', firstPage: 1 },
};

/** Default page size when a query gives none. */
export const DEFAULT_PAGE_SIZE = 20;

/** The query parameters asking for `query`'s page in `style` (page numbers shifted to `firstPage`). */
export function pageParams(query: PageQuery, style: PagingStyle): Record<string, number> {
  const page = query.page ?? 1;
  return { [style.pageField]: page - 1 + style.firstPage, [style.sizeField]: query.pageSize ?? DEFAULT_PAGE_SIZE };
}

/** A count: a non-negative integer, or its decimal text (`"35"`), as provinces often send. */
const countSchema = /* @__PURE__ */ z.pipe(
  z.union([z.int().check(z.gte(0)), z.string().check(z.regex(/^\d{1,15}$/))]),
  z.transform((v: number | string) => Number(v)),
);

/**
 * Reads a page of `body` in `style` into the kit's {@link Page}: entries parsed with
 * `itemSchema`, total and numbers accepted as integers or digit strings, the page number shifted
 * to count from 1. When the body omits page or size, those of `requested` are used. A mismatch
 * throws `RESPONSE_INVALID` naming the field (values masked).
 */
export function readPage<S extends z.core.$ZodType>(
  body: unknown,
  style: PagingStyle,
  itemSchema: S,
  options: { readonly what?: string; readonly requested?: PageQuery } = {},
): Page<z.output<S>> {
  const what = options.what ?? 'page';
  const items = parseResponse(z.array(itemSchema), valueAt(body, style.itemsField), { what, path: style.itemsField.split('.') });
  const total = parseResponse(countSchema, valueAt(body, style.totalField), { what, path: [style.totalField] });
  const rawPage = valueAt(body, style.pageField);
  const rawSize = valueAt(body, style.sizeField);
  const page =
    rawPage === undefined || rawPage === null
      ? (options.requested?.page ?? 1)
      : parseResponse(countSchema, rawPage, { what, path: [style.pageField] }) - style.firstPage + 1;
  const pageSize =
    rawSize === undefined || rawSize === null
      ? (options.requested?.pageSize ?? Math.max(items.length, 1))
      : parseResponse(countSchema, rawSize, { what, path: [style.sizeField] });
  return { items, total: Math.max(total, items.length), page: Math.max(page, 1), pageSize: Math.max(pageSize, 1) };
}

// ————————————————————————————— field names —————————————————————————————

/** Options of {@link renameKeys}. */
export interface RenameOptions {
  /** Keep fields the table does not name, under their own names; default false (dropped). */
  readonly keepUnknown?: boolean;
}

/**
 * A copy of `obj` with keys renamed by `table` (`{ TASK_CODE: 'implementationCode' }`). Fields
 * the table does not name are dropped unless `keepUnknown`. Shallow: map nested objects with
 * their own tables. A non-object gives `{}`.
 */
export function renameKeys(obj: unknown, table: Readonly<Record<string, string>>, options: RenameOptions = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return out;
  for (const [key, value] of Object.entries(obj)) {
    const to = Object.hasOwn(table, key) ? table[key] : options.keepUnknown === true ? key : undefined;
    if (to !== undefined) out[to] = value;
  }
  return out;
}

/** `TASK_CODE` → `taskCode`; `ID` → `id`. */
export function upperSnakeToCamel(name: string): string {
  return name
    .toLowerCase()
    .split('_')
    .filter((part) => part !== '')
    .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
}

/**
 * A copy of `obj` keeping only the listed UPPER_SNAKE `fields`, each renamed to camelCase
 * (`TASK_CODE` → `taskCode`). The list is the table: a field nobody listed never slips through.
 */
export function fromUpperSnake(obj: unknown, fields: readonly string[]): Record<string, unknown> {
  return renameKeys(obj, Object.fromEntries(fields.map((f) => [f, upperSnakeToCamel(f)])));
}
