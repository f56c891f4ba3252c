import { randomBytes } from 'node:crypto';
import type { Actor } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import { normaliseEmail } from '../../domain/org/person.js';
import type { Account, AppContext } from '../ports.js';
import { createToken, hashToken } from '../tokens.js';

let dummyHashPromise: Promise<string> | undefined;
function dummyHash(context: AppContext): Promise<string> {
  dummyHashPromise ??= context.passwords.hash(randomBytes(16).toString('hex'));
  return dummyHashPromise;
}

/** Only the hash of a session token is stored, so a copy of the database opens no session. */
export const hashSessionToken = hashToken;

/**
 * Checks email and password and opens a session; returns the cookie token. The same answer
 * for an unknown email and a wrong password, so that accounts cannot be enumerated.
 */
export async function signIn(
  context: AppContext,
  input: { email: string; password: string; sessionHours: number },
): Promise<{ token: string; account: Account; expiresAt: Date }> {
  const credentials = await context.stores.accounts.findCredentials(normaliseEmail(input.email));
  // An unknown email costs the same hash as a wrong password, so timing reveals no accounts.
  const isValid = await context.passwords.verify(credentials?.passwordHash ?? (await dummyHash(context)), input.password);
  if (!credentials || !isValid || credentials.account.isDisabled) {
    throw new DomainError('unauthenticated', 'email or password is wrong');
  }
  const token = createToken();
  const now = context.clock();
  // Sign-ins are rare enough to sweep expired sessions here instead of on a timer.
  await context.stores.sessions.deleteExpired(now.toISOString());
  const expiresAt = new Date(now.getTime() + input.sessionHours * 3_600_000);
  await context.stores.sessions.insert({
    id: hashSessionToken(token),
    accountId: credentials.account.id,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  await context.stores.audit.record({
    at: now.toISOString(),
    accountId: credentials.account.id,
    action: 'session.sign-in',
    subject: credentials.account.id,
  });
  return { token, account: credentials.account, expiresAt };
}

/** The actor behind a session token, or undefined when it is unknown or expired. */
export async function resolveSession(context: AppContext, token: string): Promise<Actor | undefined> {
  return context.stores.sessions.findActor(hashSessionToken(token), context.clock().toISOString());
}

/** Ends the session. */
export async function signOut(context: AppContext, token: string): Promise<void> {
  await context.stores.sessions.delete(hashSessionToken(token));
}
