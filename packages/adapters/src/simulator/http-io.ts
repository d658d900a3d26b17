import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a simulator handler answers: a status, headers and a body (text or bytes). */
export interface Reply {
  /** HTTP status. */
  readonly status: number;
  /** Response headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The body; none for e.g. redirects. */
  readonly body?: string | Uint8Array;
}

/** A request as simulator handlers see it: body already read as UTF-8 text. */
export interface SimRequest {
  /** Upper-case method. */
  readonly method: string;
  /** The full URL (host from the server's own address). */
  readonly url: URL;
  /** Request headers. */
  readonly headers: Headers;
  /** The body text (empty when none). */
  readonly body: string;
  /** The peer's address, for limits of unsigned pages. */
  readonly remoteAddress: string;
  /** Path parameters of the matched route (`{ id: 'JN…' }`). */
  readonly params: Readonly<Record<string, string>>;
}

/** The largest request body the simulator reads (a 5 MB file, Base64, inside a hex SM4 envelope). */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Thrown by {@link readBody} when the body exceeds {@link MAX_BODY_BYTES}. */
export class BodyTooLargeError extends Error {
  /** Always `'BodyTooLargeError'`. */
  override readonly name = 'BodyTooLargeError';
}

/** Reads the whole body of `req` as UTF-8, refusing more than {@link MAX_BODY_BYTES}. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The request headers of `req` as a `Headers` object (repeated headers joined). */
export function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Writes `reply` to `res` and ends it. */
export function sendReply(res: ServerResponse, reply: Reply): void {
  const body = reply.body === undefined ? undefined : typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : Buffer.from(reply.body);
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  if (body !== undefined) res.setHeader('Content-Length', body.length);
  res.end(body);
}

/** A JSON reply. */
export function jsonReply(value: unknown, status = 200, headers: Readonly<Record<string, string>> = {}): Reply {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

/** An HTML page reply. */
export function htmlReply(page: string, status = 200): Reply {
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }, body: page };
}

/** A redirect to `location`. */
export function redirectReply(location: string, status: 302 | 303 = 302): Reply {
  return { status, headers: { Location: location, 'Cache-Control': 'no-store' } };
}

/** A binary reply (e.g. a licence file). */
export function bytesReply(content: Uint8Array, contentType: string): Reply {
  return { status: 200, headers: { 'Content-Type': contentType }, body: content };
}

/** The fields of an `application/x-www-form-urlencoded` body. */
export function parseForm(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body));
}

/** `JSON.parse` that answers `undefined` instead of throwing. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
