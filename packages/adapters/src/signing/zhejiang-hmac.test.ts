import { describe, expect, it } from 'vitest';
import { verifyZhejiangHmac, zhejiangHmacSigner, zhejiangSortedQuery, zhejiangStringToSign } from './zhejiang-hmac.js';
import type { RequestToSign } from './signer.js';

const at = new Date('2026-03-02T01:30:00Z');
const secretFor = (ak: string) => (ak === 'ak-1' ? 'sk-secret' : undefined);

async function signed(url = 'https://gw.example.cn/api/v1/items?pageSize=20&b=2&a=1&a=0', now = at): Promise<RequestToSign> {
  const request: RequestToSign = { method: 'GET', url: new URL(url), headers: new Headers(), body: undefined };
  const parts = await zhejiangHmacSigner({ accessKey: 'ak-1', secretKey: 'sk-secret', now: () => now }).sign(request);
  const headers = new Headers(parts.headers);
  return { ...request, headers };
}

describe('zhejiangHmacSigner', () => {
  it('sorts the query by key then value, keeping its percent-encoding', () => {
    expect(zhejiangSortedQuery(new URL('https://x.cn/p?b=2&a=%E4%B8%AD&a=1&flag'))).toBe('a=%E4%B8%AD&a=1&b=2&flag=');
    expect(zhejiangSortedQuery(new URL('https://x.cn/p'))).toBe('');
  });

  it('signs METHOD, path, sorted query, access key and date, each followed by a newline', () => {
    const text = zhejiangStringToSign('get', new URL('https://x.cn/api/items?b=2&a=1'), 'ak-1', 'Mon, 02 Mar 2026 01:30:00 GMT');
    expect(text).toBe('GET\n/api/items\na=1&b=2\nak-1\nMon, 02 Mar 2026 01:30:00 GMT\n');
  });

  it('sets the four headers; the signature is Base64 HMAC-SHA256 of the string to sign', async () => {
    const request = await signed();
    expect(request.headers.get('X-BG-HMAC-ACCESS-KEY')).toBe('ak-1');
    expect(request.headers.get('X-BG-HMAC-ALGORITHM')).toBe('hmac-sha256');
    expect(request.headers.get('X-BG-DATE-TIME')).toBe('Mon, 02 Mar 2026 01:30:00 GMT');
    expect(request.headers.get('X-BG-HMAC-SIGNATURE')).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    // Independent computation with Web Crypto.
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('sk-secret'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const text = 'GET\n/api/v1/items\na=0&a=1&b=2&pageSize=20\nak-1\nMon, 02 Mar 2026 01:30:00 GMT\n';
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text)));
    expect(request.headers.get('X-BG-HMAC-SIGNATURE')).toBe(btoa(String.fromCharCode(...mac)));
  });

  it('verifies its own signature and refuses missing headers, unknown keys, skew and tampering', async () => {
    const request = await signed();
    expect(await verifyZhejiangHmac(request, { secretFor, now: () => at })).toEqual({ ok: true, accessKey: 'ak-1' });
    expect(await verifyZhejiangHmac({ ...request, headers: new Headers() }, { secretFor, now: () => at })).toEqual({ ok: false, reason: 'missing' });
    expect(await verifyZhejiangHmac(request, { secretFor: () => undefined, now: () => at })).toEqual({ ok: false, reason: 'unknownKey' });
    const late = new Date(at.getTime() + 91_000);
    expect(await verifyZhejiangHmac(request, { secretFor, now: () => late })).toEqual({ ok: false, reason: 'skew' });
    expect(await verifyZhejiangHmac(request, { secretFor, now: () => late, skewSeconds: 120 })).toMatchObject({ ok: true });
    const tampered = { ...request, url: new URL('https://gw.example.cn/api/v1/items?pageSize=200&b=2&a=1&a=0') };
    expect(await verifyZhejiangHmac(tampered, { secretFor, now: () => at })).toEqual({ ok: false, reason: 'signature' });
    const post = { ...request, method: 'POST' };
    expect(await verifyZhejiangHmac(post, { secretFor, now: () => at })).toEqual({ ok: false, reason: 'signature' });
  });
});
