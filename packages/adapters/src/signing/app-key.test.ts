import { describe, expect, it } from 'vitest';
import { appKeySign, appKeySigner, verifyAppKey, type AppKeyAlgorithm } from './app-key.js';
import type { RequestToSign } from './signer.js';

const at = new Date('2026-03-02T01:30:00Z');
const base: RequestToSign = { method: 'GET', url: new URL('https://city.example.cn/api'), headers: new Headers(), body: undefined };

describe('appKeySigner', () => {
  it('hashes appKey + appSecret + timestamp with the known vectors of md5, sha1 and sha256', async () => {
    // "abc" split as appKey "a", secret "b", timestamp "c".
    expect(await appKeySign('md5', 'a', 'b', 'c')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(await appKeySign('sha1', 'a', 'b', 'c')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(await appKeySign('sha256', 'a', 'b', 'c')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it.each<AppKeyAlgorithm>(['md5', 'sha1', 'sha256'])('signs with %s, millisecond timestamps, and verifies', async (algorithm) => {
    const parts = await appKeySigner({ appKey: 'k1', appSecret: 's1', algorithm, now: () => at }).sign(base);
    expect(parts.headers).toMatchObject({ appKey: 'k1', timestamp: String(at.getTime()) });
    expect(parts.headers?.['sign']).toBe(await appKeySign(algorithm, 'k1', 's1', String(at.getTime())));
    const request = { ...base, headers: new Headers(parts.headers) };
    const secretFor = (k: string) => (k === 'k1' ? 's1' : undefined);
    expect(await verifyAppKey(request, { secretFor, algorithm, now: () => at })).toEqual({ ok: true, accessKey: 'k1' });
    expect(await verifyAppKey(request, { secretFor: () => 'other', algorithm, now: () => at })).toEqual({ ok: false, reason: 'signature' });
    expect(await verifyAppKey(request, { secretFor, algorithm, now: () => new Date(at.getTime() + 301_000) })).toEqual({ ok: false, reason: 'skew' });
    expect(await verifyAppKey({ ...base, headers: new Headers() }, { secretFor, algorithm })).toEqual({ ok: false, reason: 'missing' });
    expect(await verifyAppKey(request, { secretFor: () => undefined, algorithm, now: () => at })).toEqual({ ok: false, reason: 'unknownKey' });
  });
});
