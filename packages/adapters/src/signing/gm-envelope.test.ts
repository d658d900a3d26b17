import { describe, expect, it } from 'vitest';
import { isAdapterError } from '../errors.js';
import { sm2GenerateKeyPair, sm2Verify, sm4Decrypt } from './gm.js';
import { gmEnvelopeSigner, openGmEnvelope, sealGmEnvelope } from './gm-envelope.js';

const sm4Key = '0123456789abcdeffedcba9876543210';
const keys = sm2GenerateKeyPair();
const inner = '{"caseNumber":"371327202603020001","name":"张三"}';

async function codeOf(f: () => unknown): Promise<string> {
  try {
    await f();
  } catch (error) {
    return isAdapterError(error) ? error.code : 'not an AdapterError';
  }
  return 'no error';
}

describe('gmEnvelopeSigner', () => {
  it('replaces the body with {encType, signType, encData (hex SM4), signData (DER SM2 of encData)}', async () => {
    const parts = await gmEnvelopeSigner({ sm4Key, sm2PrivateKey: keys.privateKey }).sign({
      method: 'POST',
      url: new URL('https://gd.example.cn/api'),
      headers: new Headers(),
      body: inner,
    });
    expect(parts.headers).toEqual({ 'content-type': 'application/json' });
    const envelope = JSON.parse(parts.body ?? '') as Record<string, string>;
    expect(Object.keys(envelope)).toEqual(['encType', 'signType', 'encData', 'signData']);
    expect(envelope['encType']).toBe('SM4');
    expect(envelope['signType']).toBe('SM2');
    expect(envelope['encData']).toMatch(/^[0-9a-f]+$/);
    expect(sm4Decrypt(envelope['encData'] ?? '', sm4Key)).toBe(inner);
    expect(envelope['signData']?.startsWith('30')).toBe(true);
    expect(sm2Verify(envelope['encData'] ?? '', envelope['signData'] ?? '', keys.publicKey)).toBe(true);
  });

  it('leaves requests without a body alone', async () => {
    const signer = gmEnvelopeSigner({ sm4Key, sm2PrivateKey: keys.privateKey });
    expect(await signer.sign({ method: 'GET', url: new URL('https://x.cn/'), headers: new Headers(), body: undefined })).toEqual({});
  });
});

describe('openGmEnvelope', () => {
  it('returns the inner JSON of a sealed envelope, in ECB and CBC', () => {
    const ecb = sealGmEnvelope(inner, { sm4Key, sm2PrivateKey: keys.privateKey });
    expect(openGmEnvelope(ecb, { sm4Key, sm2PublicKey: keys.publicKey })).toBe(inner);
    const iv = 'fedcba98765432100123456789abcdef';
    const cbc = sealGmEnvelope(inner, { sm4Key, sm2PrivateKey: keys.privateKey, mode: 'cbc', iv, userId: 'gd-gw' });
    expect(openGmEnvelope(cbc, { sm4Key, sm2PublicKey: keys.publicKey, mode: 'cbc', iv, userId: 'gd-gw' })).toBe(inner);
  });

  it('refuses a tampered encData or signature before decrypting', async () => {
    const envelope = JSON.parse(sealGmEnvelope(inner, { sm4Key, sm2PrivateKey: keys.privateKey })) as Record<string, string>;
    const encData = envelope['encData'] ?? '';
    const flipped = (encData.startsWith('0') ? '1' : '0') + encData.slice(1);
    const open = (e: object) => () => openGmEnvelope(JSON.stringify(e), { sm4Key, sm2PublicKey: keys.publicKey });
    expect(await codeOf(open({ ...envelope, encData: flipped }))).toBe('GM_SIGNATURE_INVALID');
    expect(await codeOf(open({ ...envelope, signData: '3006020101020101' }))).toBe('GM_SIGNATURE_INVALID');
    const stranger = sm2GenerateKeyPair();
    expect(await codeOf(() => openGmEnvelope(JSON.stringify(envelope), { sm4Key, sm2PublicKey: stranger.publicKey }))).toBe('GM_SIGNATURE_INVALID');
  });

  it('names what is wrong with a malformed envelope', async () => {
    const options = { sm4Key, sm2PublicKey: keys.publicKey };
    expect(await codeOf(() => openGmEnvelope('<xml/>', options))).toBe('GM_ENVELOPE_NOT_JSON');
    expect(await codeOf(() => openGmEnvelope('{"encType":"SM4"}', options))).toBe('GM_ENVELOPE_FIELDS');
    const aes = JSON.stringify({ encType: 'AES', signType: 'SM2', encData: '', signData: '' });
    expect(await codeOf(() => openGmEnvelope(aes, options))).toBe('GM_ENVELOPE_TYPES');
    const wrongKey = sealGmEnvelope(inner, { sm4Key: 'ffeeddccbbaa99887766554433221100', sm2PrivateKey: keys.privateKey });
    expect(await codeOf(() => openGmEnvelope(wrongKey, options))).toBe('GM_SM4_DECRYPT_FAILED');
  });
});
