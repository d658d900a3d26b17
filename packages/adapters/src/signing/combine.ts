import type { RequestToSign, Signer } from './signer.js';

/**
 * One signer made of several, applied in order: each sees the body and headers the previous ones
 * produced, so `combineSigners(gmEnvelopeSigner(…), zhejiangHmacSigner(…))` signs the envelope.
 */
export function combineSigners(...signers: readonly Signer[]): Signer {
  return {
    async sign(request: RequestToSign) {
      let body = request.body;
      const headers = new Headers(request.headers);
      const added: Record<string, string> = {};
      for (const signer of signers) {
        const parts = await signer.sign({ method: request.method, url: request.url, headers: new Headers(headers), body });
        if (parts.body !== undefined) body = parts.body;
        for (const [name, value] of Object.entries(parts.headers ?? {})) {
          headers.set(name, value);
          added[name] = value;
        }
      }
      return body === request.body ? { headers: added } : { headers: added, body };
    },
  };
}
