import { AdapterError, isAdapterError } from '../errors.js';
import { signingMessages } from '../i18n/messages/signing.js';
import { sm2Sign, sm2Verify, sm4Decrypt, sm4Encrypt, type Sm4Options } from './gm.js';
import type { RequestToSign, Signer } from './signer.js';

/**
 * The 国密 envelope some provinces wrap bodies in:
 * `{"encType":"SM4","signType":"SM2","encData":…,"signData":…}`. `encData` is the SM4 ciphertext
 * of the JSON body, lower-case hex; `signData` is the DER hex SM2 signature (SM3 with Z) of the
 * `encData` text exactly as sent. Hex rather than Base64: it is sm-crypto's and hutool's
 * `encryptHex` form, and has no variants (URL-safe alphabet, MIME line breaks) to disagree on.
 */
export interface GmEnvelope {
  /** Always `SM4`. */
  readonly encType: 'SM4';
  /** Always `SM2`. */
  readonly signType: 'SM2';
  /** SM4 ciphertext of the inner JSON, hex. */
  readonly encData: string;
  /** SM2 signature of `encData`, DER, hex. */
  readonly signData: string;
}

/** SM4 settings of an envelope: ECB with PKCS#7 unless the peer agreed on CBC and an IV. */
export type GmEnvelopeCipher = Pick<Sm4Options, 'mode' | 'iv'>;

/** Options of {@link gmEnvelopeSigner} and {@link sealGmEnvelope}. */
export interface GmEnvelopeSignerOptions extends GmEnvelopeCipher {
  /** SM4 key, 32 hex characters. */
  readonly sm4Key: string;
  /** Our SM2 private key, 64 hex characters. */
  readonly sm2PrivateKey: string;
  /** Our SM2 user id; default `1234567812345678`. */
  readonly userId?: string;
}

/** Options of {@link openGmEnvelope}. */
export interface OpenGmEnvelopeOptions extends GmEnvelopeCipher {
  /** SM4 key, 32 hex characters. */
  readonly sm4Key: string;
  /** The sender's SM2 public key. */
  readonly sm2PublicKey: string;
  /** The sender's SM2 user id; default `1234567812345678`. */
  readonly userId?: string;
}

/** The SM4 options of an envelope's settings (mode and IV, when given). */
function cipherOf(options: GmEnvelopeCipher): Sm4Options {
  return { ...(options.mode === undefined ? {} : { mode: options.mode }), ...(options.iv === undefined ? {} : { iv: options.iv }) };
}

/** Wraps `json` (the body text) in a signed 国密 envelope and returns the envelope's JSON text. */
export function sealGmEnvelope(json: string, options: GmEnvelopeSignerOptions): string {
  const encData = sm4Encrypt(json, options.sm4Key, cipherOf(options));
  const signData = sm2Sign(encData, options.sm2PrivateKey, options.userId === undefined ? {} : { userId: options.userId });
  const envelope: GmEnvelope = { encType: 'SM4', signType: 'SM2', encData, signData };
  return JSON.stringify(envelope);
}

/**
 * A signer that replaces a request's body with its 国密 envelope (and sets
 * `Content-Type: application/json`). Requests without a body are left alone. Combine with a
 * header signer through {@link combineSigners} when the gateway wants both.
 */
export function gmEnvelopeSigner(options: GmEnvelopeSignerOptions): Signer {
  return {
    async sign(request: RequestToSign) {
      if (request.body === undefined) return {};
      return { body: sealGmEnvelope(request.body, options), headers: { 'content-type': 'application/json' } };
    },
  };
}

function isEnvelopeShape(value: unknown): value is Record<'encType' | 'signType' | 'encData' | 'signData', string> {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return ['encType', 'signType', 'encData', 'signData'].every((k) => typeof v[k] === 'string');
}

/**
 * Opens a 国密 envelope: checks its shape, verifies the SM2 signature of `encData` with the
 * sender's public key (a bad signature throws `GM_SIGNATURE_INVALID` before anything is
 * decrypted), then SM4-decrypts and returns the inner JSON text.
 */
export function openGmEnvelope(body: string, options: OpenGmEnvelopeOptions): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (cause) {
    throw new AdapterError(signingMessages, 'GM_ENVELOPE_NOT_JSON', {}, { cause });
  }
  if (!isEnvelopeShape(parsed)) throw new AdapterError(signingMessages, 'GM_ENVELOPE_FIELDS');
  if (parsed.encType.toUpperCase() !== 'SM4' || parsed.signType.toUpperCase() !== 'SM2') {
    throw new AdapterError(signingMessages, 'GM_ENVELOPE_TYPES', {
      encType: parsed.encType.slice(0, 16),
      signType: parsed.signType.slice(0, 16),
    });
  }
  const userId = options.userId === undefined ? {} : { userId: options.userId };
  if (!sm2Verify(parsed.encData, parsed.signData, options.sm2PublicKey, userId)) {
    throw new AdapterError(signingMessages, 'GM_SIGNATURE_INVALID');
  }
  return sm4Decrypt(parsed.encData, options.sm4Key, cipherOf(options));
}

/**
 * A response decoder for a province that seals every JSON answer (errors included): opens and
 * verifies the envelope; a body that is not JSON at all (a gateway's error page) passes through
 * unchanged, so the http client reports it as `RESPONSE_NOT_JSON`. @internal
 */
export function gmEnvelopeDecoder(options: OpenGmEnvelopeOptions): (text: string) => string {
  return (text) => {
    try {
      return openGmEnvelope(text, options);
    } catch (error) {
      if (isAdapterError(error, 'GM_ENVELOPE_NOT_JSON')) return text;
      throw error;
    }
  };
}
