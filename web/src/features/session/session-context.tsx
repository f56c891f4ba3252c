import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onUnauthorized } from '../../shared/api-client';
import { fetchSession, signIn, signOut, type Account } from './api';

type SessionStatus = 'loading' | 'signed-in' | 'signed-out';

interface SessionValue {
  status: SessionStatus;
  account: Account | null;
  /** Set when the session could not be checked (server down, for example). */
  loadError: unknown;
  signIn: (credentials: { email: string; password: string }) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Loads the session once, keeps the account, and drops it when any API call answers 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [account, setAccount] = useState<Account | null>(null);
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [loadError, setLoadError] = useState<unknown>(undefined);

  useEffect(() => {
    let isCurrent = true;
    // On the sign-in page there is nothing to restore, and asking would only log a 401.
    const probe = window.location.pathname === '/login' ? Promise.resolve(null) : fetchSession();
    probe.then(
      (value) => {
        if (!isCurrent) return;
        setAccount(value);
        setStatus(value ? 'signed-in' : 'signed-out');
      },
      (error: unknown) => {
        if (!isCurrent) return;
        setLoadError(error);
        setStatus('signed-out');
      },
    );
    onUnauthorized(() => {
      setAccount(null);
      setStatus('signed-out');
    });
    return () => {
      isCurrent = false;
      onUnauthorized(null);
    };
  }, []);

  const handleSignIn = useCallback(async (credentials: { email: string; password: string }) => {
    const signedIn = await signIn(credentials);
    setLoadError(undefined);
    setAccount(signedIn);
    setStatus('signed-in');
  }, []);

  const handleSignOut = useCallback(async () => {
    try {
      await signOut();
    } finally {
      setAccount(null);
      setStatus('signed-out');
    }
  }, []);

  const value = useMemo(
    () => ({ status, account, loadError, signIn: handleSignIn, signOut: handleSignOut }),
    [status, account, loadError, handleSignIn, handleSignOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session: status, account and sign-in/out actions. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}

/** True when the signed-in account may change the organisation (admins only). */
export function useIsAdmin(): boolean {
  return useSession().account?.role === 'admin';
}
