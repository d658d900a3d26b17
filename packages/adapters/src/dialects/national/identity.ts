import type { IdentityCapability } from '../../contract/capabilities.js';
import type { OAuthClientConfig } from '../shared/http-config.js';
import { oauthIdentity } from '../shared/oauth-identity.js';
import { NATIONAL_PROFILE_FIELDS, NATIONAL_TOKEN_FIELDS } from './record-fields.js';
import { NATIONAL_ERRORS, type NationalRuntime } from './runtime.js';

/** The national unified login: `/oauth/authorize` page, `/oauth/token` (snake_case body), `GET /userinfo`. @internal */
export function nationalIdentity(rt: NationalRuntime, oauth: OAuthClientConfig): IdentityCapability {
  return oauthIdentity(rt, oauth, {
    tokenBody: (code, redirectUri, c) => ({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: c.clientId, client_secret: c.clientSecret }),
    profileRequest: (headers) => ({ method: 'GET', path: '/userinfo', headers }),
    errors: NATIONAL_ERRORS,
    tokenFields: NATIONAL_TOKEN_FIELDS,
    profileFields: NATIONAL_PROFILE_FIELDS,
  });
}
