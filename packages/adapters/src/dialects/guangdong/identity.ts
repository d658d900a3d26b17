import type { IdentityCapability } from '../../contract/capabilities.js';
import { readOnlyKey, type OAuthClientConfig } from '../shared/http-config.js';
import { oauthIdentity } from '../shared/oauth-identity.js';
import { GUANGDONG_PROFILE_FIELDS, GUANGDONG_TOKEN_FIELDS } from './record-fields.js';
import { GUANGDONG_ERRORS, type GuangdongRuntime } from './runtime.js';

/** The guangdong unified login: `/oauth/authorize` page, `/oauth/token` (camelCase body), `POST /user/info`. @internal */
export function guangdongIdentity(rt: GuangdongRuntime, oauth: OAuthClientConfig): IdentityCapability {
  return oauthIdentity(rt, oauth, {
    tokenBody: (code, redirectUri, c) => ({ grantType: 'authorization_code', code, redirectUri, clientId: c.clientId, clientSecret: c.clientSecret }),
    profileRequest: (headers) => ({ method: 'POST', path: '/user/info', json: {}, headers, idempotencyKey: readOnlyKey() }),
    errors: GUANGDONG_ERRORS,
    tokenFields: GUANGDONG_TOKEN_FIELDS,
    profileFields: GUANGDONG_PROFILE_FIELDS,
  });
}
