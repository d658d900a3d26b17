import * as z from 'zod/mini';
import type { IdentityCapability } from '../../contract/capabilities.js';
import type { HttpRequest } from '../../http/client.js';
import { authorizeParamsSchema, exchangeParamsSchema, identitySessionSchema, verifiedProfileSchema } from '../../parse/identity-schemas.js';
import { parseInput } from '../../parse/parse-response.js';
import { withProvinceErrors, type DialectErrorTables } from '../mapping/province-errors.js';
import type { ObjectSpec, ProfileSpec } from '../mapping/spec.js';
import type { DialectRuntime } from './dialect-runtime.js';
import { callOptions, type OAuthClientConfig } from './http-config.js';
import { pageUrl, sessionOf } from './identity-helpers.js';
import { responseOf } from './mapped-io.js';

const tokenSchema = /* @__PURE__ */ z.object({ accessToken: z.string().check(z.minLength(1)), expiresIn: z.int().check(z.gte(1)) });
const kindSchema = /* @__PURE__ */ z.object({ kind: z.enum(['person', 'organization']) });

/** What differs between dialects' unified logins: the token body's names, the profile call, the tables. @internal */
export interface OAuthDialect {
  /** The `/oauth/token` body of an authorization-code exchange. */
  readonly tokenBody: (code: string, redirectUri: string, oauth: OAuthClientConfig) => Record<string, string>;
  /** The profile call, given the bearer `authorization` header. */
  readonly profileRequest: (headers: { readonly authorization: string }) => HttpRequest;
  /** What the token and session refusals mean. */
  readonly errors: Pick<DialectErrorTables, 'token' | 'session'>;
  /** The token answer → `{ accessToken, expiresIn }`. */
  readonly tokenFields: ObjectSpec;
  /** The profile answer → `VerifiedProfile`. */
  readonly profileFields: ProfileSpec;
}

/** A unified login: the `/oauth/authorize` page, `/oauth/token`, then the dialect's profile call. @internal */
export function oauthIdentity(rt: DialectRuntime, oauth: OAuthClientConfig, dialect: OAuthDialect): IdentityCapability {
  return {
    authorizeUrl(params) {
      const p = parseInput(authorizeParamsSchema, params, { what: 'identity.authorizeUrl' });
      return pageUrl(rt.config.baseUrl, '/oauth/authorize', { response_type: 'code', client_id: oauth.clientId, redirect_uri: p.redirectUri, state: p.state });
    },

    async exchange(params, options = {}) {
      const p = parseInput(exchangeParamsSchema, params, { what: 'identity.exchange' });
      const json = dialect.tokenBody(p.code, p.redirectUri, oauth);
      // Codes are single use: never retried (no idempotency key).
      const data = await withProvinceErrors(() => rt.client.request({ method: 'POST', path: '/oauth/token', json, ...callOptions(options) }), dialect.errors.token);
      return sessionOf(responseOf(rt, tokenSchema, dialect.tokenFields, data, 'identity.exchange'), 'identity.exchange');
    },

    async profile(session, options = {}) {
      const s = parseInput(identitySessionSchema, session, { what: 'identity.profile' });
      const request = dialect.profileRequest({ authorization: `Bearer ${s.accessToken}` });
      const data = await withProvinceErrors(() => rt.client.request({ ...request, ...callOptions(options) }), dialect.errors.session);
      const { kind } = responseOf(rt, kindSchema, { kind: dialect.profileFields.kind }, data, 'identity.profile');
      return responseOf(rt, verifiedProfileSchema, dialect.profileFields[kind], data, 'identity.profile');
    },
  };
}
