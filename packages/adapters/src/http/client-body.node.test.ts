import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import * as z from 'zod/mini';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openGmEnvelope, gmEnvelopeSigner } from '../signing/gm-envelope.js';
import { sm2GenerateKeyPair } from '../signing/gm.js';
import { guangdongTifSigner, verifyGuangdongTif } from '../signing/guangdong-tif.js';
import type { RequestToSign } from '../signing/signer.js';
import { verifyZhejiangHmac, zhejiangHmacSigner } from '../signing/zhejiang-hmac.js';
import { failure, serveLocally } from '../simulator/test-helpers.js';
import { createHttpClient, type HttpClientOptions } from './client.js';
import { ENVELOPE_RULES } from './envelope.js';

interface Seen {
  readonly request: RequestToSign;
  verified?: unknown;
}
type Handler = (seen: Seen, res: ServerResponse, attempt: number) => unknown;
let handler: Handler = (_s, res) => res.end('{}');
let seen: Seen[] = [];

async function toSign(req: IncomingMessage): Promise<RequestToSign> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  const body = Buffer.concat(chunks).toString('utf8');
  return { method: req.method ?? 'GET', url: new URL(req.url ?? '/', local.url), headers, body: body === '' ? undefined : body };
}
const server = createServer((req, res) => {
  void toSign(req).then(async (request) => {
    const entry: Seen = { request };
    seen.push(entry);
    await handler(entry, res, seen.length);
  });
});
const local = await serveLocally(server);
afterAll(() => local.close());
beforeEach(() => {
  seen = [];
});

const send = (res: ServerResponse, status: number, body: string) => {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' });
  res.end(body);
};
const client = (options: Partial<HttpClientOptions> = {}) =>
  createHttpClient({ baseUrl: `${local.url}/api/`, retry: { backoffMs: 1, maxBackoffMs: 5 }, circuitBreaker: false, ...options });

describe('createHttpClient: requests', () => {
  it('joins base URL and path, appends the query in order, sends JSON and default headers', async () => {
    handler = (_s, res) => send(res, 200, '{"ok":true}');
    await client({ headers: { 'x-app': 'sijitong' } }).request({
      method: 'POST',
      path: '/items/search',
      query: { pageNo: 2, tags: ['a', 'b'], skip: undefined, q: '莒南 县' },
      json: { division: '371327' },
    });
    const { request } = seen[0] ?? { request: undefined };
    expect(request?.url.pathname).toBe('/api/items/search');
    expect([...(request?.url.searchParams ?? [])]).toEqual([
      ['pageNo', '2'],
      ['tags', 'a'],
      ['tags', 'b'],
      ['q', '莒南 县'],
    ]);
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.headers.get('x-app')).toBe('sijitong');
    expect(request?.body).toBe('{"division":"371327"}');
  });
});

describe('createHttpClient: signing on every attempt', () => {
  it('re-signs each retry with a fresh date; the server verifies every attempt (Zhejiang HMAC)', async () => {
    let tick = Date.UTC(2026, 2, 2, 1, 30, 0);
    const now = () => new Date((tick += 2000));
    const secretFor = (ak: string) => (ak === 'ak' ? 'sk' : undefined);
    handler = async (entry, res, attempt) => {
      entry.verified = await verifyZhejiangHmac(entry.request, { secretFor, now: () => new Date(tick), skewSeconds: 90 });
      send(res, attempt < 3 ? 503 : 200, '{"ok":true}');
    };
    const signed = client({ signer: zhejiangHmacSigner({ accessKey: 'ak', secretKey: 'sk', now }) });
    expect(await signed.request({ method: 'GET', path: '/items', query: { b: 2, a: 1 } })).toEqual({ ok: true });
    expect(seen).toHaveLength(3);
    expect(seen.map((s) => s.verified)).toEqual([{ ok: true, accessKey: 'ak' }, { ok: true, accessKey: 'ak' }, { ok: true, accessKey: 'ak' }]);
    const dates = seen.map((s) => s.request.headers.get('x-bg-date-time'));
    expect(new Set(dates).size).toBe(3);
  });

  it('re-signs each retry with a fresh nonce (Guangdong TIF)', async () => {
    handler = async (entry, res, attempt) => {
      entry.verified = await verifyGuangdongTif(entry.request, { tokenFor: () => 'tok' });
      send(res, attempt === 1 ? 500 : 200, '{}');
    };
    await client({ signer: guangdongTifSigner({ paasId: 'p', token: 'tok' }) }).request({ method: 'GET', path: '/x' });
    expect(seen.map((s) => s.verified)).toEqual([{ ok: true, accessKey: 'p' }, { ok: true, accessKey: 'p' }]);
    expect(seen[0]?.request.headers.get('x-tif-nonce')).not.toBe(seen[1]?.request.headers.get('x-tif-nonce'));
  });

  it('sends the body a signer substitutes (the SM4/SM2 envelope), and decodes answers with decodeBody', async () => {
    const keys = sm2GenerateKeyPair();
    const sm4Key = '0123456789abcdeffedcba9876543210';
    handler = (entry, res) => send(res, 200, openGmEnvelope(entry.request.body ?? '', { sm4Key, sm2PublicKey: keys.publicKey }));
    const gm = client({
      signer: gmEnvelopeSigner({ sm4Key, sm2PrivateKey: keys.privateKey }),
      decodeBody: (text) => text.toUpperCase(),
    });
    expect(await gm.request({ method: 'POST', path: '/x', json: { name: 'a' }, idempotencyKey: 'k' })).toEqual({ NAME: 'A' });
    expect(JSON.parse(seen[0]?.request.body ?? '{}')).toMatchObject({ encType: 'SM4', signType: 'SM2' });
  });
});

describe('createHttpClient: bodies', () => {
  it('unwraps the payload of an envelope, and throws PROVINCE_ERROR for an error code inside HTTP 200', async () => {
    handler = (_s, res) => send(res, 200, '{"code":"0","msg":"成功","data":{"items":[1]}}');
    expect(await client({ envelope: ENVELOPE_RULES.codeMsgData }).request({ method: 'GET', path: '/x' })).toEqual({ items: [1] });

    handler = (_s, res) => send(res, 200, '{"code":"E1001","msg":"申办流水号不存在","data":null}');
    const error = await failure(client({ envelope: ENVELOPE_RULES.codeMsgData }).request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('PROVINCE_ERROR');
    expect(error.params).toEqual({ code: 'E1001', message: '申办流水号不存在' });
    expect(error.message).toContain('申办流水号不存在');
    expect(error.retryable).toBe(false);
    expect(seen).toHaveLength(2);
  });

  it('throws RESPONSE_NOT_JSON for a gateway error page served with HTTP 200', async () => {
    handler = (_s, res) => send(res, 200, '<html>502 Bad Gateway</html>');
    const error = await failure(client().request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('RESPONSE_NOT_JSON');
    expect(error.params['status']).toBe(200);
  });

  it('validates the payload with the schema: RESPONSE_INVALID names the field, never the value', async () => {
    handler = (_s, res) => send(res, 200, '{"code":0,"data":{"caseNumber":"371327-SECRET-VALUE","count":"x"}}');
    const schema = z.object({ caseNumber: z.string(), count: z.number() });
    const error = await failure(client({ envelope: ENVELOPE_RULES.codeMsgData }).request({ method: 'GET', path: '/x', schema }));
    expect(error.code).toBe('RESPONSE_INVALID');
    expect(error.path).toEqual(['count']);
    expect(error.message).not.toContain('SECRET');
    expect(error.localized('en')).not.toMatch(/"x"/);

    handler = (_s, res) => send(res, 200, '{"code":0,"data":{"caseNumber":"A1","count":3}}');
    const ok = await client({ envelope: ENVELOPE_RULES.codeMsgData }).request({ method: 'GET', path: '/x', schema });
    expect(ok.count + 1).toBe(4);
  });

  it('returns undefined for an empty body', async () => {
    handler = (_s, res) => {
      res.writeHead(204);
      res.end();
    };
    expect(await client().request({ method: 'DELETE', path: '/x' })).toBeUndefined();
  });
});
