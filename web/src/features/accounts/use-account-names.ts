import { useMemo } from 'react';
import { useResource } from '../../shared/use-resource';
import { fetchAccountDirectory, type DirectoryAccount } from './api';

/** The account directory and a lookup from account id to name. */
export interface AccountNames {
  isLoading: boolean;
  error: unknown;
  accounts: DirectoryAccount[];
  /** The account's name, or null for an id the directory does not list (disabled or unknown). */
  accountName: (accountId: string) => string | null;
}

/** Loads the account directory once per page and names accounts by id. */
export function useAccountNames(): AccountNames {
  const directory = useResource((signal) => fetchAccountDirectory(signal), []);
  return useMemo(() => {
    const accounts = directory.data ?? [];
    const names = new Map(accounts.map((account) => [account.id, account.name]));
    return {
      isLoading: directory.isLoading && !directory.data,
      error: directory.error,
      accounts,
      accountName: (accountId) => names.get(accountId) ?? null,
    };
  }, [directory.data, directory.error, directory.isLoading]);
}
