import { api } from '../../shared/api-client';
import type { Role } from '../session/api';

/** A local sign-in account. */
export interface AccountRecord {
  id: string;
  email: string;
  name: string;
  role: Role;
  unitId: string | null;
  isDisabled: boolean;
}

export const roles: readonly Role[] = ['admin', 'executive', 'lead'];

/** An enabled account as the name directory lists it; every signed-in role may read it. */
export interface DirectoryAccount {
  id: string;
  name: string;
  role: Role;
  unitId: string | null;
}

/** Lists all accounts (admins only). */
export async function fetchAccounts(signal?: AbortSignal): Promise<AccountRecord[]> {
  const body = await api.get<{ accounts: AccountRecord[] }>('/api/accounts', signal);
  return body.accounts;
}

/** Creates an account with an initial password; leads need a unit. */
export function createAccount(input: {
  email: string;
  name: string;
  role: Role;
  unitId?: string | null;
  password: string;
}): Promise<AccountRecord> {
  return api.post<AccountRecord>('/api/accounts', input);
}

/** Changes role, unit, disabled state or password of an account. */
export function updateAccount(
  id: string,
  changes: { role?: Role; unitId?: string | null; isDisabled?: boolean; password?: string },
): Promise<AccountRecord> {
  return api.patch<AccountRecord>(`/api/accounts/${encodeURIComponent(id)}`, changes);
}

/** Enabled accounts by name, for naming owners, authors and signatories. */
export async function fetchAccountDirectory(signal?: AbortSignal): Promise<DirectoryAccount[]> {
  return (await api.get<{ accounts: DirectoryAccount[] }>('/api/accounts/directory', signal)).accounts;
}
