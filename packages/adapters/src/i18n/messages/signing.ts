import { defineMessages } from '@sijitong/core';

/**
 * Messages of request signing and 国密 (SM2/SM3/SM4): bad keys, failed decryption, signatures that
 * do not verify, malformed envelopes. They never repeat a key or a plaintext.
 */
export const signingMessages = /* @__PURE__ */ defineMessages(
  {
    SIGNING_CRYPTO_UNAVAILABLE:
      '当前环境没有 Web Crypto（crypto.subtle），无法计算签名：请在 Node 20 以上或 HTTPS 页面中运行签名代码。',
    GM_SM4_KEY_INVALID: 'SM4 密钥格式不正确：应为 32 位十六进制字符（16 字节）。请核对省级系统下发的密钥。',
    GM_SM4_IV_INVALID: 'SM4 CBC 模式的初始向量（IV）格式不正确：应为 32 位十六进制字符（16 字节）。请核对与对方约定的 IV。',
    GM_SM2_PRIVATE_KEY_INVALID: 'SM2 私钥格式不正确：应为 64 位十六进制字符。请核对签名私钥。',
    GM_SM2_PUBLIC_KEY_INVALID:
      'SM2 公钥格式不正确或不在曲线上：应为以 04 开头的 130 位十六进制字符（未压缩点），或 66 位压缩点。请核对对方提供的公钥。',
    GM_SM4_DECRYPT_FAILED:
      'SM4 解密失败：密钥、模式（ECB/CBC）、IV 或填充方式与加密方不一致，或密文已损坏。请核对 SM4 密钥和加密参数。',
    GM_SM2_DECRYPT_FAILED:
      'SM2 解密失败：私钥与加密所用公钥不匹配、密文排列方式（C1C3C2/C1C2C3）不一致，或密文已损坏。请核对密钥和密文格式。',
    GM_SIGNATURE_INVALID: 'SM2 签名验证失败：报文可能被篡改，或公钥、用户 ID 与签名方不一致。已拒绝该报文，请核对公钥和用户 ID。',
    GM_ENVELOPE_NOT_JSON: '国密报文不是 JSON：请核对对方返回的是否为加密报文。',
    GM_ENVELOPE_FIELDS: '国密报文缺少字段：encType、signType、encData、signData 都必须是字符串。请核对对方的报文格式。',
    GM_ENVELOPE_TYPES: '国密报文的算法不受支持：encType 应为 SM4，signType 应为 SM2（实际为 {encType}、{signType}）。请与对方确认算法。',
  },
  {
    SIGNING_CRYPTO_UNAVAILABLE:
      'Web Crypto (crypto.subtle) is not available here, so the request cannot be signed: run signing code on Node 20 or later, or on an HTTPS page.',
    GM_SM4_KEY_INVALID: 'The SM4 key is malformed: expected 32 hex characters (16 bytes). Check the key the provincial system issued.',
    GM_SM4_IV_INVALID: 'The SM4 CBC initialisation vector (IV) is malformed: expected 32 hex characters (16 bytes). Check the IV agreed with the peer.',
    GM_SM2_PRIVATE_KEY_INVALID: 'The SM2 private key is malformed: expected 64 hex characters. Check the signing key.',
    GM_SM2_PUBLIC_KEY_INVALID:
      'The SM2 public key is malformed or not on the curve: expected 130 hex characters starting with 04 (uncompressed point) or a 66-character compressed point. Check the key the peer provided.',
    GM_SM4_DECRYPT_FAILED:
      'SM4 decryption failed: the key, mode (ECB/CBC), IV or padding differs from the sender\'s, or the ciphertext is damaged. Check the SM4 key and cipher settings.',
    GM_SM2_DECRYPT_FAILED:
      'SM2 decryption failed: the private key does not match the public key used, the ciphertext order (C1C3C2/C1C2C3) differs, or the ciphertext is damaged. Check the keys and the ciphertext format.',
    GM_SIGNATURE_INVALID:
      'The SM2 signature does not verify: the message may have been tampered with, or the public key or user id differs from the signer\'s. The message was refused; check the public key and user id.',
    GM_ENVELOPE_NOT_JSON: 'The 国密 envelope is not JSON: check that the peer sent an encrypted envelope.',
    GM_ENVELOPE_FIELDS: 'The 国密 envelope lacks fields: encType, signType, encData and signData must all be strings. Check the peer\'s message format.',
    GM_ENVELOPE_TYPES:
      'The 国密 envelope uses unsupported algorithms: encType must be SM4 and signType SM2 (got {encType}, {signType}). Confirm the algorithms with the peer.',
  },
);
