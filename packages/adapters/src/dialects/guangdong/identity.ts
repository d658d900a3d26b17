import * as z from 'zod/mini';
import type { IdentityCapability } from '../../contract/capabilities.js';
import { authorizeParamsSchema, exchangeParamsSchema, identitySessionSchema, verifiedProfileSchema } from '../../parse/identity-schemas.js';
import { parseInput } from '../../parse/parse-response.js';
import { withProvinceErrors } from '../mapping/province-errors.js';
import { callOptions, readOnlyKey } from '../shared/http-config.js';
import { pageUrl, sessionOf } from '../shared/identity-helpers.js';
import { responseOf } from '../shared/mapped-io.js';
import { GUANGDONG_PROFILE_FIELDS, GUANGDONG_TOKEN_FIELDS } from './record-fields.js';
import { GUANGDONG_ERRORS, type GuangdongRuntime } from './runtime.js';

const tokenSchema = z.object({ accessToken: z.string().check(z.minLength(1)), expiresIn: z.int().check(z.gte(1)) });
const kindSchema = z.object({ kind: z.enum(['person', 'organization']) });

/** The guangdong unified login: `/oauth/authorize` page, `/oauth/token`, `/user/info`. @internal */
export function guangdongIdentity(rt: GuangdongRuntime, oauth: { readonly clientId: string; readonly clientSecret: string }): IdentityCapability {
  return {
    authorizeUrl(params) {
      const p = parseInput(authorizeParamsSchema, params, { what: 'identity.authorizeUrl' });
      return pageUrl(rt.config.baseUrl, '/oauth/authorize', { response_type: 'code', client_id: oauth.clientId, redirect_uri: p.redirectUri, state: p.state });
    },

    async exchange(params, options = {}) {
      const p = parseInput(exchangeParamsSchema, params, { what: 'identity.exchange' });
      const json = { grantType: 'authorization_code', code: p.code, redirectUri: p.redirectUri, clientId: oauth.clientId, clientSecret: oauth.clientSecret };
      // Codes are single use: never retried (no idempotency key).
      const data = await withProvinceErrors(() => rt.client.request({ method: 'POST', path: '/oauth/token', json, ...callOptions(options) }), GUANGDONG_ERRORS.token);
      return sessionOf(responseOf(rt, tokenSchema, GUANGDONG_TOKEN_FIELDS, data, 'identity.exchange'), 'identity.exchange');
    },

    async profile(session, options = {}) {
      const s = parseInput(identitySessionSchema, session, { what: 'identity.profile' });
      const data = await withProvinceErrors(
        () =>
          rt.client.request({
            method: 'POST',
            path: '/user/info',
            json: {},
            headers: { authorization: `Bearer ${s.accessToken}` },
            idempotencyKey: readOnlyKey(),
            ...callOptions(options),
          }),
        GUANGDONG_ERRORS.session,
      );
      const { kind } = responseOf(rt, kindSchema, { kind: GUANGDONG_PROFILE_FIELDS.kind }, data, 'identity.profile');
      return responseOf(rt, verifiedProfileSchema, GUANGDONG_PROFILE_FIELDS[kind], data, 'identity.profile');
    },
  };
}
