import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as z from 'zod/mini';
import { localizeZodError, translate, type Locale, type MessageParams } from '@sijitong/core';
import { createStaticAdapter, isAdapterError } from '@sijitong/adapters';
import { splitSubmission, validateValues } from '@sijitong/forms';
import { JUNAN_FORM_ELEMENT_DEFINITIONS } from '@sijitong/forms/fixtures';
import { demoForm, DRAFT_KEY, ID_NUMBER_KEY, OPEN_CASE_ID } from './demo-form.js';
import { pageMessages, type PageText } from './messages.js';
import { PAGE_CSP, renderPage, SCRIPT_PATH } from './page.js';

/** Options of {@link startFormsPage}. */
export interface FormsPageOptions {
  /** The text of the IIFE build of `<sjt-form>` (`@sijitong/forms/sjt-form.global.js`), served at `/sjt-form.global.js`. */
  readonly script: string;
  /** Interface to listen on; default `127.0.0.1`. */
  readonly host?: string;
  /** Port; default 0 (any free port). */
  readonly port?: number;
}

/** A running example server. */
export interface FormsPage {
  /** Its base URL, e.g. `http://127.0.0.1:4173/`. */
  readonly url: string;
  /** Stops it (open connections are closed). */
  close(): Promise<void>;
}

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

// — request shapes, checked at the boundary —
const localeSchema = /* @__PURE__ */ z.enum(['zh-CN', 'en']);
const divisionsQuery = /* @__PURE__ */ z.object({ parent: z.optional(z.string().check(z.regex(/^(\d{6}|\d{9}|\d{12})$/))) });
const openCaseQuery = /* @__PURE__ */ z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });
const submitBody = /* @__PURE__ */ z.object({ locale: z.optional(localeSchema), values: z.record(z.string(), z.unknown()) });

/** A refusal: status and body `{ errors: [{ code, message, path? }] }`. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly { readonly code: string; readonly message: string; readonly path?: readonly PropertyKey[] }[],
  ) {
    super(errors[0]?.message ?? String(status));
  }
}

const say = (key: PageText, locale: Locale, params: MessageParams = {}) => translate(pageMessages, key, params, locale);
const refuse = (status: number, code: PageText, locale: Locale, params: MessageParams = {}) => new HttpError(status, [{ code, message: say(code, locale, params) }]);

function parse<T>(schema: z.ZodMiniType<T>, input: unknown, locale: Locale): T {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  throw new HttpError(400, localizeZodError(result.error, locale).map(({ code, message, path }) => ({ code, message, path })));
}

function send(response: ServerResponse, status: number, type: string, body: string, headers: Readonly<Record<string, string>> = {}): void {
  response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}
const sendJson = (response: ServerResponse, status: number, body: unknown) => send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));

async function readJson(request: IncomingMessage, locale: Locale): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw refuse(413, 'BODY_TOO_LARGE', locale, { limit: MAX_BODY_BYTES });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw refuse(400, 'BODY_INVALID', locale);
  }
}

/**
 * Starts the example's HTTP server: the page, the IIFE build, and the small API the page calls:
 *
 * - `GET /`: the page (`<sjt-form>` loaded with one `<script>` tag and a module-free inline script);
 * - `GET /sjt-form.global.js`: `options.script`;
 * - `GET /api/form`: `{ schema, elements, items: [{ itemCode, title }] }`, the 开办餐饮店 bundle's forms
 *   merged, and the county's data elements its fields refer to (the page loads it with them);
 * - `GET /api/divisions?parent=CODE`: the static adapter's division list (404 for an unknown parent);
 * - `GET /api/open-case?id=…`: `{ open }`, true for {@link OPEN_CASE_ID} only;
 * - `POST /api/submit` `{ locale?, values }`: validated again with `validateValues` (the code the
 *   browser ran), then `{ parts: [{ itemCode, title, values }] }` by `splitSubmission`, or 400
 *   `{ errors }`.
 *
 * Every error is JSON `{ errors: [{ code, message, path? }] }` (messages in `?locale=` or the body's
 * `locale`, zh-CN by default).
 */
export async function startFormsPage({ script, host = '127.0.0.1', port = 0 }: FormsPageOptions): Promise<FormsPage> {
  const form = demoForm();
  const items = form.items.map(({ itemCode, schema }) => ({ itemCode, title: schema.title }));
  const titleOf = new Map(items.map((i) => [i.itemCode, i.title]));
  const divisions = createStaticAdapter().divisions;
  const page = renderPage({ openCaseId: OPEN_CASE_ID, idNumberKey: ID_NUMBER_KEY, draftKey: DRAFT_KEY });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const query = Object.fromEntries(url.searchParams);
    const locale: Locale = url.searchParams.get('locale') === 'en' ? 'en' : 'zh-CN';
    const method = request.method === 'HEAD' ? 'GET' : (request.method ?? 'GET');
    const route = `${method} ${url.pathname}`;
    switch (route) {
      case 'GET /':
        return send(response, 200, 'text/html; charset=utf-8', page, { 'content-security-policy': PAGE_CSP });
      case `GET ${SCRIPT_PATH}`:
        return send(response, 200, 'application/javascript; charset=utf-8', script);
      case 'GET /api/form':
        return sendJson(response, 200, { schema: form.schema, elements: JUNAN_FORM_ELEMENT_DEFINITIONS, items });
      case 'GET /api/divisions': {
        const { parent } = parse(divisionsQuery, query, locale);
        try {
          return sendJson(response, 200, await divisions.children(parent));
        } catch (error) {
          if (!isAdapterError(error)) throw error;
          const status = error.code === 'ADAPTER_DIVISION_NOT_FOUND' ? 404 : 400;
          throw new HttpError(status, [{ code: error.code, message: error.localized(locale), path: ['parent'] }]);
        }
      }
      case 'GET /api/open-case': {
        const { id } = parse(openCaseQuery, query, locale);
        return sendJson(response, 200, { open: id.trim().toUpperCase() === OPEN_CASE_ID });
      }
      case 'POST /api/submit': {
        const body = parse(submitBody, await readJson(request, locale), locale);
        const options = { locale: body.locale ?? locale };
        const checked = validateValues(form.schema, body.values, options);
        if (!checked.ok) return sendJson(response, 400, { errors: checked.errors });
        const parts = splitSubmission(form, checked.values, options).map((part) => ({ ...part, title: titleOf.get(part.itemCode) }));
        return sendJson(response, 200, { parts });
      }
    }
    const known = ['/', SCRIPT_PATH, '/api/form', '/api/divisions', '/api/open-case', '/api/submit'].includes(url.pathname);
    throw known
      ? refuse(405, 'METHOD_NOT_ALLOWED', locale, { path: url.pathname, method: request.method ?? '' })
      : refuse(404, 'NOT_FOUND', locale, { path: url.pathname });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof HttpError) return sendJson(response, error.status, { errors: error.errors });
      console.error(error);
      return sendJson(response, 500, { errors: [{ code: 'SERVER_ERROR', message: say('SERVER_ERROR', 'zh-CN') }] });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}
