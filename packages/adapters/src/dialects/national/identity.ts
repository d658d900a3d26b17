import * as z from 'zod/mini';
import type { IdentityCapability } from '../../contract/capabilities.js';
import { authorizeParamsSchema, exchangeParamsSchema, identitySessionSchema, verifiedProfileSchema } from '../../parse/identity-schemas.js';
import { parseInput } from '../../parse/parse-response.js';
import { withProvinceErrors } from '../mapping/province-errors.js';
import { callOptions } from '../shared/http-config.js';
import { pageUrl, sessionOf } from '../shared/identity-helpers.js';
import { responseOf } from '../shared/mapped-io.js';
import { NATIONAL_PROFILE_FIELDS, NATIONAL_TOKEN_FIELDS } from './record-fields.js';
import { NATIONAL_ERRORS, type NationalRuntime } from './runtime.js';

const tokenSchema = z.object({ accessToken: z.string().check(z.minLength(1)), expiresIn: z.int().check(z.gte(1)) });
const kindSchema = z.object({ kind: z.enum(['person', 'organization']) });

/** The national unified login: `/oauth/authorize` page, `/oauth/token`, `/userinfo`. @internal */
export function nationalIdentity(rt: NationalRuntime, oauth: { readonly clientId: string; readonly clientSecret: string }): IdentityCapability {
  return {
    authorizeUrl(params) {
      const p = parseInput(authorizeParamsSchema, params, { what: 'identity.authorizeUrl' });
      return pageUrl(rt.config.baseUrl, '/oauth/authorize', { response_type: 'code', client_id: oauth.clientId, redirect_uri: p.redirectUri, state: p.state });
    },

    async exchange(params, options = {}) {
      const p = parseInput(exchangeParamsSchema, params, { what: 'identity.exchange' });
      const json = { grant_type: 'authorization_code', code: p.code, redirect_uri: p.redirectUri, client_id: oauth.clientId, client_secret: oauth.clientSecret };
      // Codes are single use: never retried (no idempotency key).
      const data = await withProvinceErrors(() => rt.client.request({ method: 'POST', path: '/oauth/token', json, ...callOptions(options) }), NATIONAL_ERRORS.token);
      return sessionOf(responseOf(rt, tokenSchema, NATIONAL_TOKEN_FIELDS, data, 'identity.exchange'), 'identity.exchange');
    },

    async profile(session, options = {}) {
      const s = parseInput(identitySessionSchema, session, { what: 'identity.profile' });
      const data = await withProvinceErrors(
        () => rt.client.request({ method: 'GET', path: '/userinfo', headers: { authorization: `Bearer ${s.accessToken}` }, ...callOptions(options) }),
        NATIONAL_ERRORS.session,
      );
      const { kind } = responseOf(rt, kindSchema, { kind: NATIONAL_PROFILE_FIELDS.kind }, data, 'identity.profile');
      return responseOf(rt, verifiedProfileSchema, NATIONAL_PROFILE_FIELDS[kind], data, 'identity.profile');
    },
  };
}
