import { describe, expect, it } from 'vitest';
import { guangdongTifSignature, guangdongTifSigner, verifyGuangdongTif } from './guangdong-tif.js';
import type { RequestToSign } from './signer.js';

const at = new Date('2026-03-02T01:30:00Z');
const tokenFor = (id: string) => (id === 'paas-1' ? 'tok' : undefined);
const base: RequestToSign = { method: 'POST', url: new URL('https://gd.example.cn/ebus/api'), headers: new Headers(), body: '{}' };

describe('guangdongTifSigner', () => {
  it('signs hex(SHA-256(timestamp + token + nonce + timestamp)) with seconds and the given nonce', async () => {
    const parts = await guangdongTifSigner({ paasId: 'paas-1', token: 'tok', now: () => at, nonce: () => 'n1' }).sign(base);
    const ts = String(at.getTime() / 1000);
    expect(parts.headers).toMatchObject({ 'x-tif-paasid': 'paas-1', 'x-tif-timestamp': ts, 'x-tif-nonce': 'n1' });
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${ts}tokn1${ts}`)));
    const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(parts.headers?.['x-tif-signature']).toBe(hex);
    expect(await guangdongTifSignature(ts, 'tok', 'n1')).toBe(hex);
  });

  it('uses a fresh random nonce per call by default', async () => {
    const signer = guangdongTifSigner({ paasId: 'paas-1', token: 'tok', now: () => at });
    const a = (await signer.sign(base)).headers?.['x-tif-nonce'];
    const b = (await signer.sign(base)).headers?.['x-tif-nonce'];
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });

  it('verifies, case-insensitively, and refuses unknown ids, skew and tampering', async () => {
    const parts = await guangdongTifSigner({ paasId: 'paas-1', token: 'tok', now: () => at }).sign(base);
    const headers = new Headers(parts.headers);
    const request = { ...base, headers };
    expect(await verifyGuangdongTif(request, { tokenFor, now: () => at })).toEqual({ ok: true, accessKey: 'paas-1' });
    const upper = new Headers(headers);
    upper.set('x-tif-signature', (headers.get('x-tif-signature') ?? '').toUpperCase());
    expect(await verifyGuangdongTif({ ...base, headers: upper }, { tokenFor, now: () => at })).toMatchObject({ ok: true });
    expect(await verifyGuangdongTif({ ...base, headers: new Headers() }, { tokenFor })).toEqual({ ok: false, reason: 'missing' });
    expect(await verifyGuangdongTif(request, { tokenFor: () => undefined, now: () => at })).toEqual({ ok: false, reason: 'unknownKey' });
    expect(await verifyGuangdongTif(request, { tokenFor, now: () => new Date(at.getTime() + 181_000) })).toEqual({ ok: false, reason: 'skew' });
    const wrongNonce = new Headers(headers);
    wrongNonce.set('x-tif-nonce', 'other');
    expect(await verifyGuangdongTif({ ...base, headers: wrongNonce }, { tokenFor, now: () => at })).toEqual({ ok: false, reason: 'signature' });
  });
});
