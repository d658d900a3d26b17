import type { Signer } from '../signing/signer.js';

/** The `fetch` signature the client calls. */
export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * A `fetch` that sends `body` and signs every call anew: ky calls it once per attempt, retries
 * included (its `beforeRequest` hooks run only once), so a timestamp or nonce is fresh on each
 * attempt and the signature matches what is actually sent. The signer may replace the body (the
 * SM4/SM2 envelope). ky's Request carries the method, URL, headers and abort signal; the body
 * comes from `body`, never from a stream, so each attempt sends it whole.
 * @internal
 */
export function signingFetch(base: FetchLike, signer: Signer | undefined, body: string | undefined): FetchLike {
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const headers = new Headers(request.headers);
    let sent = body;
    if (signer !== undefined) {
      const parts = await signer.sign({ method: request.method, url: new URL(request.url), headers: new Headers(headers), body });
      for (const [name, value] of Object.entries(parts.headers ?? {})) headers.set(name, value);
      if (parts.body !== undefined) sent = parts.body;
    }
    // `init` holds only options ky does not know (e.g. an undici dispatcher): pass them on.
    return base(request.url, {
      ...(input instanceof Request ? init : {}),
      method: request.method,
      headers,
      signal: request.signal,
      redirect: request.redirect,
      ...(sent === undefined ? {} : { body: sent }),
    });
  };
}
