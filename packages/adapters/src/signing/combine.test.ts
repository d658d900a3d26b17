import { describe, expect, it } from 'vitest';
import { combineSigners } from './combine.js';
import { gmEnvelopeSigner } from './gm-envelope.js';
import { sm2GenerateKeyPair } from './gm.js';
import { verifyAppKey, appKeySigner } from './app-key.js';
import type { Signer } from './signer.js';

describe('combineSigners', () => {
  it('applies signers in order, each seeing the body and headers of the previous', async () => {
    const keys = sm2GenerateKeyPair();
    const seen: (string | undefined)[] = [];
    const spy: Signer = {
      async sign(request) {
        seen.push(request.body, request.headers.get('content-type') ?? undefined);
        return { headers: { 'x-spy': '1' } };
      },
    };
    const now = () => new Date('2026-03-02T00:00:00Z');
    const signer = combineSigners(
      gmEnvelopeSigner({ sm4Key: '0123456789abcdeffedcba9876543210', sm2PrivateKey: keys.privateKey }),
      spy,
      appKeySigner({ appKey: 'k', appSecret: 's', algorithm: 'sha256', now }),
    );
    const request = { method: 'POST', url: new URL('https://x.cn/api'), headers: new Headers(), body: '{"a":1}' };
    const parts = await signer.sign(request);
    expect(seen[0]).toBe(parts.body);
    expect(seen[1]).toBe('application/json');
    expect(parts.body).toContain('"encType":"SM4"');
    expect(parts.headers).toMatchObject({ 'content-type': 'application/json', 'x-spy': '1', appKey: 'k' });
    const verified = await verifyAppKey({ ...request, headers: new Headers(parts.headers) }, { secretFor: () => 's', algorithm: 'sha256', now });
    expect(verified.ok).toBe(true);
  });

  it('returns no body when none of the signers replaced it', async () => {
    const parts = await combineSigners().sign({ method: 'GET', url: new URL('https://x.cn/'), headers: new Headers(), body: undefined });
    expect(parts).toEqual({ headers: {} });
  });
});
