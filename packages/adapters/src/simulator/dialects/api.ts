import * as z from 'zod/mini';
import type { Reply, SimRequest } from '../http-io.js';
import { SimError } from '../sim-error.js';

/** A handler's answer that goes out as it is (a file, a redirect), not in the dialect's envelope. */
export class RawReply {
  /** @param reply - the reply to send unchanged. */
  constructor(readonly reply: Reply) {}
}

/** A handler's `data` with extra response headers (e.g. `X-Sim-Captcha-Answer`). */
export class DataWithHeaders {
  /**
   * @param data - the envelope's `data`.
   * @param headers - headers to add.
   */
  constructor(
    readonly data: unknown,
    readonly headers: Readonly<Record<string, string>>,
  ) {}
}

/** What an API handler gets: the request and the authenticated gateway client. */
export interface ApiCall {
  /** The request. */
  readonly request: SimRequest;
  /** accessKey or paasId of the verified signature. */
  readonly client: string;
  /** The request's JSON body (decrypted for guangdong), `undefined` when none. */
  readonly body: unknown;
}

/** An API handler: returns the envelope's `data`, a {@link DataWithHeaders} or a {@link RawReply}; throws {@link SimError}. */
export type ApiHandler = (call: ApiCall) => Promise<unknown>;

/** Parses `value` with `schema`, or throws `PARAM_INVALID` naming the first bad field. */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue === undefined || issue.path.length === 0 ? 'body' : issue.path.join('.');
  throw new SimError('PARAM_INVALID', { detail: field });
}

/** A trimmed non-empty string of at most `max` characters. */
export const text = (max = 200) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** A whole number written in a query string (e.g. `pageNo=2`) within [min, max]. */
export const queryInt = (min: number, max: number) =>
  z.pipe(
    z.string().check(z.regex(/^\d{1,9}$/)),
    z.pipe(
      z.transform((s: string) => Number(s)),
      z.number().check(z.gte(min), z.lte(max)),
    ),
  );

/** The base64 content of an upload, decoded; `PARAM_INVALID` when it is not Base64. */
export function decodeBase64(value: string, field: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 === 1) throw new SimError('PARAM_INVALID', { detail: field });
  return new Uint8Array(Buffer.from(value, 'base64'));
}
