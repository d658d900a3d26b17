import { buildUrl } from '../../http/client.js';
import { identitySessionSchema } from '../../parse/identity-schemas.js';
import { parseResponse } from '../../parse/parse-response.js';
import type { IdentitySession } from '../../contract/capabilities.js';
import { beijingInstantOf } from '../mapping/convert.js';

/** A session from a token and its lifetime in seconds, expiring that long from `now` (Beijing offset). */
export function sessionOf(token: { readonly accessToken: string; readonly expiresIn: number }, what: string, now: number = Date.now()): IdentitySession {
  return parseResponse(identitySessionSchema, { accessToken: token.accessToken, expiresAt: beijingInstantOf(now + token.expiresIn * 1000) }, { what });
}

/** `base` + `path` + the query, for browser redirects (authorize pages). */
export function pageUrl(base: string, path: string, query: Readonly<Record<string, string>>): string {
  return buildUrl(base, path, query).toString();
}
