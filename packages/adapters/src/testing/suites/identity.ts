import { expect } from 'vitest';
import type { IdentityCapability, IdentitySession } from '../../contract/capabilities.js';
import type { ConformanceFixtures } from '../fixtures.js';
import { identitySessionSchema, verifiedProfileSchema } from '../../parse/identity-schemas.js';
import { expectAdapterError, expectValid, type SuiteContext } from '../context.js';

/** Runs the whole sign-in: authorize URL, the fixture's login, exchange. @internal */
export async function signInWith(identity: IdentityCapability, f: NonNullable<ConformanceFixtures['identity']>): Promise<{ code: string; session: IdentitySession }> {
  const url = identity.authorizeUrl({ redirectUri: f.redirectUri, state: `state-${crypto.randomUUID()}` });
  expect(() => new URL(url), 'authorizeUrl must be an absolute URL').not.toThrow();
  const code = await f.login(url);
  const session = await identity.exchange({ code, redirectUri: f.redirectUri });
  return { code, session };
}

/** Identity checks: the code flow, single-use codes, forged sessions. @internal */
export function identitySuite({ capability: identity, fixtures, check }: SuiteContext<'identity'>): void {
  const f = fixtures.identity;
  if (f === undefined) return;

  check('identity.flow', 'signs in: authorizeUrl → login → exchange → profile', async () => {
    const { session } = await signInWith(identity, f);
    expectValid(identitySessionSchema, session, 'identity.exchange');
    const profile = await identity.profile(session);
    expectValid(verifiedProfileSchema, profile, 'identity.profile');
  });

  check('identity.codeReuse', 'refuses a code exchanged twice', async () => {
    const { code } = await signInWith(identity, f);
    await expectAdapterError(identity.exchange({ code, redirectUri: f.redirectUri }), 'a second exchange of one code');
  });

  check('identity.forgedSession', 'refuses a forged session', async () => {
    const forged = { accessToken: 'forged-token', expiresAt: '2099-01-01T00:00:00+08:00' };
    await expectAdapterError(identity.profile(forged), 'profile with a forged token');
  });
}
