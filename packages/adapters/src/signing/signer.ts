/** A request about to be sent, as a signer sees it. */
export interface RequestToSign {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The full URL, query included. */
  readonly url: URL;
  /** The headers as they will be sent (before the signer's are added). */
  readonly headers: Headers;
  /** The body text, or `undefined` for none. */
  readonly body: string | undefined;
}

/** What a signer adds to a request: headers to set, and a body that replaces the original. */
export interface SignedParts {
  /** Headers to set (they overwrite headers of the same name). */
  readonly headers?: Record<string, string>;
  /** A body that replaces the request's body (e.g. the SM4/SM2 envelope). */
  readonly body?: string;
}

/**
 * Signs one attempt of a request. Signers with a timestamp or nonce are called again for every
 * attempt, retries included, so each attempt carries a fresh, valid signature.
 */
export interface Signer {
  /** The headers (and possibly a new body) for this attempt. */
  sign(request: RequestToSign): Promise<SignedParts>;
}

/** Why a signature was refused by a verifier. */
export type VerifyFailure = 'missing' | 'unknownKey' | 'skew' | 'signature';

/** What a verifier (e.g. the simulator's) concludes about a signed request. */
export type VerifyResult =
  | {
      /** The signature is valid. */
      readonly ok: true;
      /** The access key (AK, paasId or appKey) it was made with. */
      readonly accessKey: string;
    }
  | {
      /** The signature was refused. */
      readonly ok: false;
      /** Why. */
      readonly reason: VerifyFailure;
    };
