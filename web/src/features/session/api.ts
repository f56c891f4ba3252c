import { requestJson, setCsrfToken } from '../../shared/api-client';

export type Role = 'admin' | 'executive' | 'lead';

/** The signed-in account as the session endpoint describes it. */
export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  unitId: string | null;
}

interface SessionBody {
  account: Account;
  csrfToken: string;
}

/** Returns the current account, or null when nobody is signed in. */
export async function fetchSession(): Promise<Account | null> {
  try {
    const body = await requestJson<SessionBody>('GET', '/api/session', { isUnauthorizedExpected: true });
    setCsrfToken(body.csrfToken);
    return body.account;
  } catch (error) {
    if (error instanceof Error && 'status' in error && error.status === 401) return null;
    throw error;
  }
}

/** Signs in with email and password; throws an ApiError (401) on bad credentials. */
export async function signIn(credentials: { email: string; password: string }): Promise<Account> {
  const body = await requestJson<SessionBody>('POST', '/api/session', { body: credentials, isUnauthorizedExpected: true });
  setCsrfToken(body.csrfToken);
  return body.account;
}

/** Ends the session on the server. */
export async function signOut(): Promise<void> {
  try {
    await requestJson<void>('DELETE', '/api/session', { isUnauthorizedExpected: true });
  } finally {
    setCsrfToken(null);
  }
}
