import { describe, expect, it } from 'vitest';
import { isAdapterError } from '../errors.js';
import {
  sm2Decrypt,
  sm2Encrypt,
  sm2GenerateKeyPair,
  sm2PublicKeyOf,
  sm2Sign,
  sm2Verify,
  sm3Digest,
  sm3Hmac,
  sm4Decrypt,
  sm4DecryptBytes,
  sm4Encrypt,
} from './gm.js';

const hex = (s: string) => s.replace(/\s+/g, '').toLowerCase();
const bytes = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return isAdapterError(error) ? error.code : 'not an AdapterError';
  }
  return 'no error';
};

/** GM/T 0003.5-2012 Annex A: the signature example on the recommended curve. */
const ANNEX_A = {
  privateKey: hex('3945208F 7B2144B1 3F36E38A C6D39F95 88939369 2860B51A 42FB81EF 4DF7C5B8'),
  x: hex('09F9DF31 1E5421A1 50DD7D16 1E4BC5C6 72179FAD 1833FC07 6BB08FF3 56F35020'),
  y: hex('CCEA490C E26775A5 2DC6EA71 8CC1AA60 0AED05FB F35E084A 6632F607 2DA9AD13'),
  r: hex('F5A03B06 48D2C463 0EEAC513 E1BB81A1 5944DA38 27D5B741 43AC7EAC EEE720B3'),
  s: hex('B1B6AA29 DF212FD8 763182BC 0D421CA1 BB9038FD 1F7F42D4 840B69C4 85BBC1AA'),
};

/** Reads `SEQUENCE { INTEGER, INTEGER }` and returns the two integers' hex (leading 00 kept). */
function readDer(signature: string): [string, string] {
  const b = bytes(signature);
  expect(b[0]).toBe(0x30);
  expect(b[1]).toBe(b.length - 2);
  const ints: string[] = [];
  let i = 2;
  for (let n = 0; n < 2; n++) {
    expect(b[i]).toBe(0x02);
    const len = b[i + 1] ?? 0;
    const value = b.slice(i + 2, i + 2 + len);
    // Minimal encoding: a leading zero only before a high bit.
    if (value[0] === 0) expect((value[1] ?? 0) & 0x80).not.toBe(0);
    else expect((value[0] ?? 0) & 0x80).toBe(0);
    ints.push([...value].map((v) => v.toString(16).padStart(2, '0')).join(''));
    i += 2 + len;
  }
  expect(i).toBe(b.length);
  return [ints[0] ?? '', ints[1] ?? ''];
}

describe('SM3', () => {
  it('matches the GB/T 32905 "abc" vector', () => {
    expect(sm3Digest('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('HMAC-SM3 takes a string key as UTF-8 bytes, and differs by key', () => {
    const key = 'secret';
    expect(sm3Hmac(key, 'abc')).toBe(sm3Hmac(new TextEncoder().encode(key), 'abc'));
    expect(sm3Hmac(key, 'abc')).toMatch(/^[0-9a-f]{64}$/);
    expect(sm3Hmac('other', 'abc')).not.toBe(sm3Hmac(key, 'abc'));
  });
});

describe('SM4', () => {
  const key = '0123456789abcdeffedcba9876543210';

  it('matches the GB/T 32907 example for one block without padding', () => {
    const out = sm4Encrypt(bytes(key), key, { padding: 'none' });
    expect(out).toBe('681edf34d206965e86b3e94f536e4246');
    expect(sm4DecryptBytes(out, key, { padding: 'none' })).toEqual(bytes(key));
  });

  it('round-trips UTF-8 text in ECB and CBC with PKCS#7, hex and Base64', () => {
    const text = '{"name":"张三","n":1}';
    for (const encoding of ['hex', 'base64'] as const) {
      const ecb = sm4Encrypt(text, key, { encoding });
      expect(sm4Decrypt(ecb, key, { encoding })).toBe(text);
      const cbc = sm4Encrypt(text, key, { mode: 'cbc', iv: 'fedcba98765432100123456789abcdef', encoding });
      expect(cbc).not.toBe(ecb);
      expect(sm4Decrypt(cbc, key, { mode: 'cbc', iv: 'fedcba98765432100123456789abcdef', encoding })).toBe(text);
    }
    // PKCS#7 always adds padding: 16 bytes of plaintext make 32 of ciphertext.
    expect(sm4Encrypt('0123456789abcdef', key)).toHaveLength(64);
  });

  it('refuses bad keys and IVs, and fails cleanly on a wrong key', () => {
    expect(codeOf(() => sm4Encrypt('x', 'abc'))).toBe('GM_SM4_KEY_INVALID');
    expect(codeOf(() => sm4Encrypt('x', key, { mode: 'cbc' }))).toBe('GM_SM4_IV_INVALID');
    const cipher = sm4Encrypt('{"a":1}', key);
    expect(codeOf(() => sm4Decrypt(cipher, 'ffeeddccbbaa99887766554433221100'))).toBe('GM_SM4_DECRYPT_FAILED');
    expect(codeOf(() => sm4Decrypt('zz', key))).toBe('GM_SM4_DECRYPT_FAILED');
  });
});

describe('SM2 signatures', () => {
  it('verifies the GM/T 0003.5 Annex A signature (SM3 with Z, default user id), DER-encoded', () => {
    const publicKey = `04${ANNEX_A.x}${ANNEX_A.y}`;
    expect(sm2PublicKeyOf(ANNEX_A.privateKey)).toBe(publicKey);
    const der = `3046022100${ANNEX_A.r}022100${ANNEX_A.s}`;
    expect(sm2Verify('message digest', der, publicKey)).toBe(true);
    expect(sm2Verify('message digest.', der, publicKey)).toBe(false);
    expect(sm2Verify('message digest', der, publicKey, { userId: 'ALICE123@YAHOO.COM' })).toBe(false);
  });

  it('signs with DER output (SEQUENCE of two minimal INTEGERs) that verifies, and fails when tampered', () => {
    const { privateKey, publicKey } = sm2GenerateKeyPair();
    const signature = sm2Sign('{"caseNumber":"X1"}', privateKey);
    const [r, s] = readDer(signature);
    for (const int of [r, s]) expect(int.replace(/^00/, '').length).toBeLessThanOrEqual(64);
    expect(sm2Verify('{"caseNumber":"X1"}', signature, publicKey)).toBe(true);
    expect(sm2Verify('{"caseNumber":"X2"}', signature, publicKey)).toBe(false);
    expect(sm2Verify('{"caseNumber":"X1"}', signature.slice(0, -2) + (signature.endsWith('00') ? '01' : '00'), publicKey)).toBe(false);
    expect(sm2Verify('{"caseNumber":"X1"}', 'not hex', publicKey)).toBe(false);
    expect(sm2Verify('{"caseNumber":"X1"}', signature, sm2GenerateKeyPair().publicKey)).toBe(false);
    // A custom user id must be the same on both sides.
    const withId = sm2Sign('m', privateKey, { userId: 'junan' });
    expect(sm2Verify('m', withId, publicKey, { userId: 'junan' })).toBe(true);
    expect(sm2Verify('m', withId, publicKey)).toBe(false);
  });

  it('refuses malformed keys', () => {
    expect(codeOf(() => sm2Sign('m', 'abcd'))).toBe('GM_SM2_PRIVATE_KEY_INVALID');
    expect(codeOf(() => sm2Verify('m', '3000', `04${'1'.repeat(128)}`))).toBe('GM_SM2_PUBLIC_KEY_INVALID');
  });
});

describe('SM2 encryption', () => {
  it('encrypts C1C3C2 with the 04 prefix and decrypts it; C1C2C3 is a different layout', () => {
    const { privateKey, publicKey } = sm2GenerateKeyPair();
    const text = '查询密码 123456';
    const cipher = sm2Encrypt(text, publicKey);
    const plainLength = new TextEncoder().encode(text).length;
    expect(cipher).toMatch(/^04[0-9a-f]+$/);
    expect(cipher).toHaveLength(2 + 128 + 64 + plainLength * 2);
    expect(sm2Decrypt(cipher, privateKey)).toBe(text);
    // sm-crypto's bare form (no 04) is read too.
    expect(sm2Decrypt(cipher.slice(2), privateKey)).toBe(text);
    // C3 sits right after C1 in C1C3C2: the same bytes read as C1C2C3 fail the integrity check.
    expect(codeOf(() => sm2Decrypt(cipher, privateKey, { order: 'C1C2C3' }))).toBe('GM_SM2_DECRYPT_FAILED');
    const c1c2c3 = sm2Encrypt(text, publicKey, { order: 'C1C2C3' });
    expect(sm2Decrypt(c1c2c3, privateKey, { order: 'C1C2C3' })).toBe(text);
  });

  it('fails with GM_SM2_DECRYPT_FAILED on a wrong key or damaged ciphertext', () => {
    const { publicKey } = sm2GenerateKeyPair();
    const other = sm2GenerateKeyPair();
    const cipher = sm2Encrypt('secret', publicKey);
    expect(codeOf(() => sm2Decrypt(cipher, other.privateKey))).toBe('GM_SM2_DECRYPT_FAILED');
    expect(codeOf(() => sm2Decrypt(cipher.slice(0, -2), other.privateKey))).toBe('GM_SM2_DECRYPT_FAILED');
    expect(codeOf(() => sm2Decrypt('04abcd', other.privateKey))).toBe('GM_SM2_DECRYPT_FAILED');
  });
});
