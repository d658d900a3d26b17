import { sm2, sm3, sm4 } from 'sm-crypto-v2';
import { AdapterError } from '../errors.js';
import { signingMessages } from '../i18n/messages/signing.js';
import { fromBase64, fromHex, toBase64, toHex, utf8 } from './crypto.js';

/**
 * 国密 primitives over `sm-crypto-v2`, with the defaults Java peers (BouncyCastle, hutool) use:
 * SM2 signatures DER-encoded over SM3 with the Z value (user id `1234567812345678`), SM2
 * ciphertext C1C3C2 with the `04` point prefix, SM4 with PKCS#7 padding. Keys are hex.
 */

/** The SM2 user id both sides assume when none was agreed (GM/T 0009). */
export const SM2_DEFAULT_USER_ID = '1234567812345678';

const HEX32 = /^[0-9a-fA-F]{32}$/;
const HEX = /^(?:[0-9a-fA-F]{2})*$/;

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? utf8(data) : data;
}

/** SM3 digest of `data` (a string is hashed as UTF-8), lower-case hex. */
export function sm3Digest(data: string | Uint8Array): string {
  return sm3(bytesOf(data));
}

/**
 * HMAC-SM3 of `data` under `key`, lower-case hex. A string key is taken as its UTF-8 bytes (as
 * Java's `key.getBytes(UTF_8)`); pass a `Uint8Array` for a binary key.
 */
export function sm3Hmac(key: string | Uint8Array, data: string | Uint8Array): string {
  return sm3(bytesOf(data), { key: bytesOf(key), mode: 'hmac' });
}

// ————————————————————————————— SM4 —————————————————————————————

/** Options of the SM4 functions. */
export interface Sm4Options {
  /** Block mode; default `'ecb'` (what most provincial gateways use). */
  readonly mode?: 'ecb' | 'cbc';
  /** The CBC initialisation vector, 32 hex characters; required for CBC. */
  readonly iv?: string;
  /** Padding; default `'pkcs7'` (Java's `PKCS5Padding` is the same for 16-byte blocks). */
  readonly padding?: 'pkcs7' | 'none';
  /** How the ciphertext is written; default `'hex'`. */
  readonly encoding?: 'hex' | 'base64';
}

function sm4Params(keyHex: string, options: Sm4Options) {
  if (!HEX32.test(keyHex)) throw new AdapterError(signingMessages, 'GM_SM4_KEY_INVALID');
  const mode = options.mode ?? 'ecb';
  if (mode === 'cbc' && (options.iv === undefined || !HEX32.test(options.iv))) {
    throw new AdapterError(signingMessages, 'GM_SM4_IV_INVALID');
  }
  return {
    mode,
    padding: options.padding === 'none' ? ('none' as const) : ('pkcs#7' as const),
    ...(mode === 'cbc' && options.iv !== undefined ? { iv: options.iv } : {}),
    output: 'array' as const,
  };
}

/** SM4-encrypts `data` (a string as UTF-8) under a 32-hex-character key; hex or Base64 out. */
export function sm4Encrypt(data: string | Uint8Array, keyHex: string, options: Sm4Options = {}): string {
  const out = sm4.encrypt(bytesOf(data), keyHex, sm4Params(keyHex, options));
  return options.encoding === 'base64' ? toBase64(out) : toHex(out);
}

/** SM4-decrypts hex or Base64 ciphertext (as `options.encoding`) to bytes. */
export function sm4DecryptBytes(ciphertext: string, keyHex: string, options: Sm4Options = {}): Uint8Array {
  const params = sm4Params(keyHex, options);
  const bytes = options.encoding === 'base64' ? fromBase64(ciphertext) : HEX.test(ciphertext) ? fromHex(ciphertext) : undefined;
  if (bytes === undefined || bytes.length === 0 || bytes.length % 16 !== 0) {
    throw new AdapterError(signingMessages, 'GM_SM4_DECRYPT_FAILED');
  }
  try {
    return sm4.decrypt(bytes, keyHex, params);
  } catch (cause) {
    throw new AdapterError(signingMessages, 'GM_SM4_DECRYPT_FAILED', {}, { cause });
  }
}

/** SM4-decrypts hex or Base64 ciphertext to UTF-8 text. */
export function sm4Decrypt(ciphertext: string, keyHex: string, options: Sm4Options = {}): string {
  const bytes = sm4DecryptBytes(ciphertext, keyHex, options);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new AdapterError(signingMessages, 'GM_SM4_DECRYPT_FAILED', {}, { cause });
  }
}

// ————————————————————————————— SM2 —————————————————————————————

/** An SM2 key pair in hex: the private key (64 characters) and the uncompressed public key (`04…`). */
export interface Sm2KeyPair {
  /** 64 hex characters. */
  readonly privateKey: string;
  /** 130 hex characters starting with `04`. */
  readonly publicKey: string;
}

/** A new random SM2 key pair (for tests and simulators; real keys come from the province). */
export function sm2GenerateKeyPair(): Sm2KeyPair {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKey, publicKey };
}

/** The uncompressed public key (`04…`) of a private key. */
export function sm2PublicKeyOf(privateKeyHex: string): string {
  return sm2.getPublicKeyFromPrivateKey(checkPrivateKey(privateKeyHex));
}

function checkPrivateKey(hex: string): string {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new AdapterError(signingMessages, 'GM_SM2_PRIVATE_KEY_INVALID');
  return hex.toLowerCase();
}

/** `04`-prefixed or compressed public key, checked to be on the curve; a bare 128-hex `x‖y` gets its `04`. */
function checkPublicKey(hex: string): string {
  const key = /^[0-9a-fA-F]{128}$/.test(hex) ? `04${hex}` : hex.toLowerCase();
  let valid = false;
  if (/^04[0-9a-f]{128}$/.test(key) || /^0[23][0-9a-f]{64}$/.test(key)) {
    try {
      valid = sm2.verifyPublicKey(key);
    } catch {
      valid = false;
    }
  }
  if (!valid) throw new AdapterError(signingMessages, 'GM_SM2_PUBLIC_KEY_INVALID');
  return key;
}

/** Options of {@link sm2Sign} and {@link sm2Verify}. */
export interface Sm2SignOptions {
  /** The signer's user id in the Z value; default `1234567812345678`. */
  readonly userId?: string;
}

/**
 * SM2 signature of `data` (a string as UTF-8): SM3 with the Z value of the signer's public key
 * and `userId`, DER-encoded (`SEQUENCE { INTEGER r, INTEGER s }`), hex. This is what
 * BouncyCastle's `SM2Signer` and hutool's `SM2.sign` produce and expect.
 */
export function sm2Sign(data: string | Uint8Array, privateKeyHex: string, options: Sm2SignOptions = {}): string {
  const privateKey = checkPrivateKey(privateKeyHex);
  return sm2.doSignature(bytesOf(data), privateKey, {
    der: true,
    hash: true,
    publicKey: sm2.getPublicKeyFromPrivateKey(privateKey),
    userId: options.userId ?? SM2_DEFAULT_USER_ID,
  });
}

/** Whether `signatureHex` (DER, as {@link sm2Sign} makes) is a valid SM2 signature of `data`. */
export function sm2Verify(data: string | Uint8Array, signatureHex: string, publicKeyHex: string, options: Sm2SignOptions = {}): boolean {
  const publicKey = checkPublicKey(publicKeyHex);
  if (!HEX.test(signatureHex) || !signatureHex.startsWith('30')) return false;
  try {
    return sm2.doVerifySignature(bytesOf(data), signatureHex, publicKey, {
      der: true,
      hash: true,
      userId: options.userId ?? SM2_DEFAULT_USER_ID,
    });
  } catch {
    return false;
  }
}

/** Options of {@link sm2Encrypt} and {@link sm2Decrypt}. */
export interface Sm2CipherOptions {
  /** The order of the ciphertext parts; default `'C1C3C2'` (GM/T 0003-2012, BouncyCastle's `Mode.C1C3C2`). */
  readonly order?: 'C1C3C2' | 'C1C2C3';
}

const modeOf = (options: Sm2CipherOptions): 0 | 1 => (options.order === 'C1C2C3' ? 0 : 1);

/**
 * SM2-encrypts `data` (a string as UTF-8) to hex, C1C3C2 by default, C1 written as an
 * uncompressed point with its `04` prefix as Java peers expect (sm-crypto alone omits it).
 */
export function sm2Encrypt(data: string | Uint8Array, publicKeyHex: string, options: Sm2CipherOptions = {}): string {
  return `04${sm2.doEncrypt(bytesOf(data), checkPublicKey(publicKeyHex), modeOf(options))}`;
}

/** SM2-decrypts hex ciphertext to bytes; C1 with or without the `04` prefix is accepted. */
export function sm2DecryptBytes(ciphertextHex: string, privateKeyHex: string, options: Sm2CipherOptions = {}): Uint8Array {
  const privateKey = checkPrivateKey(privateKeyHex);
  const hex = ciphertextHex.toLowerCase();
  if (HEX.test(hex)) {
    // C1C3C2 without the prefix may start with 04 by chance: try both readings, the C3 check decides.
    const candidates = hex.startsWith('04') ? [hex.slice(2), hex] : [hex];
    for (const candidate of candidates) {
      if (candidate.length < 192) continue;
      try {
        const out: unknown = sm2.doDecrypt(candidate, privateKey, modeOf(options), { output: 'array' });
        if (out instanceof Uint8Array) return out;
      } catch {
        // Not a point on the curve under this reading: try the next one.
      }
    }
  }
  throw new AdapterError(signingMessages, 'GM_SM2_DECRYPT_FAILED');
}

/** SM2-decrypts hex ciphertext to UTF-8 text. */
export function sm2Decrypt(ciphertextHex: string, privateKeyHex: string, options: Sm2CipherOptions = {}): string {
  const bytes = sm2DecryptBytes(ciphertextHex, privateKeyHex, options);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new AdapterError(signingMessages, 'GM_SM2_DECRYPT_FAILED', {}, { cause });
  }
}
