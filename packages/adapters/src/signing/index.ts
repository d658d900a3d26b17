/**
 * Request signing for provincial gateways: Zhejiang-style HMAC, Guangdong-style TIF, appKey
 * hashes, and 国密 SM2/SM3/SM4 with the SM4/SM2 body envelope. Web Crypto and sm-crypto-v2 only,
 * so signers run in Node 20 and browsers alike (but keep secrets on the server).
 * @module
 */
export type { RequestToSign, SignedParts, Signer, VerifyFailure, VerifyResult } from './signer.js';
export { combineSigners } from './combine.js';
export {
  verifyZhejiangHmac,
  ZHEJIANG_HMAC_HEADERS,
  zhejiangHmacSigner,
  zhejiangSortedQuery,
  zhejiangStringToSign,
  type VerifyZhejiangHmacOptions,
  type ZhejiangHmacOptions,
} from './zhejiang-hmac.js';
export {
  GUANGDONG_TIF_HEADERS,
  guangdongTifSignature,
  guangdongTifSigner,
  verifyGuangdongTif,
  type GuangdongTifOptions,
  type VerifyGuangdongTifOptions,
} from './guangdong-tif.js';
export {
  APP_KEY_HEADERS,
  appKeySign,
  appKeySigner,
  verifyAppKey,
  type AppKeyAlgorithm,
  type AppKeyOptions,
  type VerifyAppKeyOptions,
} from './app-key.js';
export {
  SM2_DEFAULT_USER_ID,
  sm2Decrypt,
  sm2DecryptBytes,
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
  type Sm2CipherOptions,
  type Sm2KeyPair,
  type Sm2SignOptions,
  type Sm4Options,
} from './gm.js';
export {
  gmEnvelopeSigner,
  openGmEnvelope,
  sealGmEnvelope,
  type GmEnvelope,
  type GmEnvelopeCipher,
  type GmEnvelopeSignerOptions,
  type OpenGmEnvelopeOptions,
} from './gm-envelope.js';
