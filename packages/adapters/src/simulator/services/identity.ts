import { SIMULATOR_CREDENTIALS, type SimulatorUser } from '../credentials.js';
import { SimError } from '../sim-error.js';
import type { SimulatorState } from '../state.js';

/** How long an authorisation code lives (ms). */
export const AUTH_CODE_TTL_MS = 300_000;
/** How long an access token lives (seconds). */
export const TOKEN_TTL_SECONDS = 7200;

const OAUTH_CLIENTS: ReadonlyMap<string, string> = new Map([
  [SIMULATOR_CREDENTIALS.national.oauth.clientId, SIMULATOR_CREDENTIALS.national.oauth.clientSecret],
  [SIMULATOR_CREDENTIALS.guangdong.oauth.clientId, SIMULATOR_CREDENTIALS.guangdong.oauth.clientSecret],
]);

function randomToken(bytes: number): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('base64url');
}

/** Why an authorisation request is refused before the login form, or `undefined` when it is fine. */
export function authorizeProblem(clientId: string | null, redirectUri: string | null, responseType: string | null): string | undefined {
  if (responseType !== 'code') return 'response_type';
  if (clientId === null || !OAUTH_CLIENTS.has(clientId)) return 'client_id';
  if (redirectUri === null || !isLoopbackUrl(redirectUri)) return 'redirect_uri';
  return undefined;
}

/** True for `http://127.0.0.1:*` and `http://localhost:*` URLs, the only redirect URIs registered. */
export function isLoopbackUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  } catch {
    return false;
  }
}

/** The user with these credentials, or `undefined`. */
export function checkLogin(state: SimulatorState, username: string, password: string): SimulatorUser | undefined {
  const user = state.user(username.trim());
  return user !== undefined && user.password === password ? user : undefined;
}

/** Issues a single-use authorisation code for `user`. */
export function issueAuthCode(state: SimulatorState, user: SimulatorUser, clientId: string, redirectUri: string, now: Date): string {
  const code = randomToken(18);
  state.authCodes.set(code, { username: user.username, clientId, redirectUri, expiresAt: now.getTime() + AUTH_CODE_TTL_MS });
  return code;
}

/** Exchanges a code for an access token (the code is used up, right or wrong); else `TOKEN_INVALID`. */
export function exchangeCode(
  state: SimulatorState,
  request: { readonly code: string; readonly clientId: string; readonly clientSecret: string; readonly redirectUri: string },
  now: Date,
): { accessToken: string; expiresIn: number } {
  const issued = state.authCodes.get(request.code);
  state.authCodes.delete(request.code);
  const valid =
    issued !== undefined &&
    issued.expiresAt > now.getTime() &&
    issued.clientId === request.clientId &&
    OAUTH_CLIENTS.get(request.clientId) === request.clientSecret &&
    issued.redirectUri === request.redirectUri;
  if (!valid) throw new SimError('TOKEN_INVALID');
  const accessToken = randomToken(24);
  state.tokens.set(accessToken, { username: issued.username, expiresAt: now.getTime() + TOKEN_TTL_SECONDS * 1000 });
  return { accessToken, expiresIn: TOKEN_TTL_SECONDS };
}

/** The user of the `Authorization: Bearer …` header, or `TOKEN_INVALID`. */
export function bearerUser(state: SimulatorState, headers: Headers, now: Date): SimulatorUser {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '');
  const token = match?.[1] === undefined ? undefined : state.tokens.get(match[1]);
  const user = token !== undefined && token.expiresAt > now.getTime() ? state.user(token.username) : undefined;
  if (user === undefined) throw new SimError('TOKEN_INVALID');
  return user;
}

/** The user's ID number or credit code. */
export function holderIdOf(user: SimulatorUser): string {
  return user.kind === 'person' ? user.idNumber : user.creditCode;
}
