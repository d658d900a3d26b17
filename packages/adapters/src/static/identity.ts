import * as z from 'zod/mini';
import type { IdentityCapability, IdentitySession } from '../contract/capabilities.js';
import { AdapterError } from '../errors.js';
import { contractMessages } from '../i18n/messages/contract.js';
import { staticMessages } from '../i18n/messages/static.js';
import { authorizeParamsSchema, exchangeParamsSchema, identitySessionSchema, verifiedProfileSchema } from '../parse/identity-schemas.js';
import { parseInput, parseResponse } from '../parse/parse-response.js';
import { signToken, verifyToken } from './crypto.js';
import type { StaticUser } from './data.js';
import type { StaticState } from './state.js';
import { instantOf } from './time.js';

/** How long a login code may wait before it is exchanged. */
const CODE_TTL_MS = 5 * 60 * 1000;

const codePayloadSchema = /* @__PURE__ */ z.object({ u: z.string(), r: z.string(), s: z.string(), t: z.number(), k: z.literal('code') });
const tokenPayloadSchema = /* @__PURE__ */ z.object({ u: z.string(), e: z.number(), k: z.literal('token') });

/** The user a session belongs to; `ADAPTER_SESSION_INVALID` when forged, expired or unknown. @internal */
export async function userOfSession(state: StaticState, session: IdentitySession): Promise<StaticUser> {
  const s = parseInput(identitySessionSchema, session, { what: 'identity.session' });
  const payload = z.safeParse(tokenPayloadSchema, await verifyToken(state.hmac, s.accessToken));
  const user = payload.success && payload.data.e > state.now() ? state.users.get(payload.data.u) : undefined;
  if (user === undefined) throw new AdapterError(contractMessages, 'ADAPTER_SESSION_INVALID');
  return user;
}

/**
 * Plays the user at the fake login page: signs `userId` in (default: the first user) for the
 * `redirect_uri` and `state` of `authorizeUrl`, and returns the code the province would append to
 * the redirect. Deterministic for a given clock and `state`. @internal
 */
export async function simulateLogin(state: StaticState, authorizeUrl: string, userId?: string): Promise<string> {
  const url = new URL(authorizeUrl);
  const id = userId ?? state.users.keys().next().value;
  if (id === undefined || !state.users.has(id)) throw new AdapterError(staticMessages, 'STATIC_USER_UNKNOWN', { user: id ?? '' });
  const redirectUri = url.searchParams.get('redirect_uri') ?? '';
  // The sign-in's `state` makes each code distinct even within one millisecond.
  return signToken(state.hmac, { k: 'code', u: id, r: redirectUri, s: url.searchParams.get('state') ?? '', t: state.now() });
}

/**
 * The identity capability of the static adapter: an OAuth2-style code flow with stateless signed
 * codes and tokens. Codes are single-use (remembered in the store until they expire). @internal
 */
export function staticIdentity(state: StaticState): IdentityCapability {
  return {
    authorizeUrl(params) {
      const p = parseInput(authorizeParamsSchema, params, { what: 'identity.authorizeUrl' });
      const url = new URL('/oauth/authorize', state.baseUrl);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('client_id', state.id);
      url.searchParams.set('redirect_uri', p.redirectUri);
      url.searchParams.set('state', p.state);
      return url.toString();
    },
    async exchange(params) {
      const p = parseInput(exchangeParamsSchema, params, { what: 'identity.exchange' });
      const payload = z.safeParse(codePayloadSchema, await verifyToken(state.hmac, p.code));
      const valid =
        payload.success &&
        payload.data.r === p.redirectUri &&
        state.now() - payload.data.t < CODE_TTL_MS &&
        state.users.has(payload.data.u) &&
        (await state.store.increment(`${state.id}:code:${p.code}`, { ttlMs: CODE_TTL_MS })) === 1;
      if (!valid || !payload.success) throw new AdapterError(contractMessages, 'ADAPTER_LOGIN_CODE_INVALID');
      const expires = state.now() + state.sessionTtlMs;
      const accessToken = await signToken(state.hmac, { k: 'token', u: payload.data.u, e: expires });
      return parseResponse(identitySessionSchema, { accessToken, expiresAt: instantOf(expires) }, { what: 'identity.exchange' });
    },
    async profile(session) {
      const user = await userOfSession(state, session);
      return parseResponse(verifiedProfileSchema, user.profile, { what: 'identity.profile' });
    },
  };
}
