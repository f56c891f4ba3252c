import { randomBytes } from 'node:crypto';
import { canManageAccounts, checkAccountRole, type Actor, type Role } from '../../domain/access/policy.js';
import { DomainError, invalidField } from '../../domain/errors.js';
import { checkPersonFields, normaliseEmail } from '../../domain/org/person.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { Account, AppContext, Stores } from '../ports.js';

const MIN_PASSWORD_LENGTH = 12;

/** Every account, for admins. */
export async function listAccounts(context: AppContext, actor: Actor): Promise<Account[]> {
  requirePermission(canManageAccounts(actor), 'manage accounts');
  return context.stores.accounts.listAll();
}

/** One entry of the account directory: enough to name an owner or an author, nothing more. */
export interface DirectoryEntry {
  id: string;
  name: string;
  role: Role;
  unitId: string | null;
}

/**
 * The enabled accounts by name, for every signed-in user: actions need an owner to choose and
 * SLAs, actions and retrospectives name who did what. Email addresses stay with the admins.
 */
export async function listAccountDirectory(context: AppContext): Promise<DirectoryEntry[]> {
  const accounts = await context.stores.accounts.listAll();
  return accounts
    .filter((account) => !account.isDisabled)
    .map(({ id, name, role, unitId }) => ({ id, name, role, unitId }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Creates an account with a role (and a unit for leads). */
export async function createAccount(
  context: AppContext,
  actor: Actor,
  input: { email: string; name: string; role: Role; unitId?: string | null | undefined; password: string },
): Promise<Account> {
  requirePermission(canManageAccounts(actor), 'manage accounts');
  checkPassword(input.password);
  const problems = checkPersonFields({ email: input.email, name: input.name, locale: 'en' });
  if (problems[0]) throw invalidField(problems[0].field ?? 'email', problems[0].problem);
  const passwordHash = await context.passwords.hash(input.password);
  return context.transaction(async (stores) => {
    const account: Account = {
      id: context.newId(),
      email: normaliseEmail(input.email),
      name: input.name.trim(),
      role: input.role,
      unitId: input.unitId ?? null,
      isDisabled: false,
    };
    await checkRoleAndUnit(stores, account);
    if (await stores.accounts.findCredentials(account.email)) {
      throw new DomainError('conflict', `email: an account for ${account.email} exists already`, [
        { field: 'email', problem: 'already taken' },
      ]);
    }
    await stores.accounts.insert(account, passwordHash);
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'account.create',
      subject: account.id,
      details: { role: account.role },
    });
    return account;
  });
}

/** Changes role, unit, disabled flag or password; disabling or a new password ends the account's sessions. */
export async function updateAccount(
  context: AppContext,
  actor: Actor,
  input: {
    id: string;
    role?: Role | undefined;
    unitId?: string | null | undefined;
    isDisabled?: boolean | undefined;
    password?: string | undefined;
  },
): Promise<Account> {
  requirePermission(canManageAccounts(actor), 'manage accounts');
  if (input.password !== undefined) checkPassword(input.password);
  const passwordHash = input.password === undefined ? undefined : await context.passwords.hash(input.password);
  return context.transaction(async (stores) => {
    const existing = requireFound(await stores.accounts.findById(input.id), 'account');
    const role = input.role ?? existing.role;
    const account: Account = {
      ...existing,
      role,
      unitId: input.unitId !== undefined ? input.unitId : role === 'lead' ? existing.unitId : null,
      isDisabled: input.isDisabled ?? existing.isDisabled,
    };
    await checkRoleAndUnit(stores, account);
    if (account.id === actor.accountId && (account.isDisabled || account.role !== 'admin')) {
      throw new DomainError('conflict', 'you cannot disable or demote your own account');
    }
    await stores.accounts.update(account);
    if (passwordHash) await stores.accounts.setPasswordHash(account.id, passwordHash);
    if (account.isDisabled || passwordHash) await stores.sessions.deleteForAccount(account.id);
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'account.update',
      subject: account.id,
      details: { role: account.role, unitId: account.unitId, isDisabled: account.isDisabled, passwordChanged: passwordHash !== undefined },
    });
    return account;
  });
}

/**
 * At first start, creates the admin account: with the configured password, or with a
 * generated one that the caller prints once. Does nothing when any account exists.
 */
export async function ensureAdminAccount(
  context: AppContext,
  input: { email: string; password: string | undefined },
): Promise<{ email: string; generatedPassword: string | undefined } | undefined> {
  if ((await context.stores.accounts.count()) > 0) return undefined;
  const generatedPassword = input.password === undefined ? randomBytes(12).toString('base64url') : undefined;
  const password = input.password ?? (generatedPassword as string);
  const account: Account = {
    id: context.newId(),
    email: normaliseEmail(input.email),
    name: 'Administrator',
    role: 'admin',
    unitId: null,
    isDisabled: false,
  };
  await context.stores.accounts.insert(account, await context.passwords.hash(password));
  await context.stores.audit.record({
    at: context.clock().toISOString(),
    accountId: null,
    action: 'account.bootstrap',
    subject: account.id,
  });
  return { email: account.email, generatedPassword };
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw invalidField('password', `must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > 256) throw invalidField('password', 'must be at most 256 characters');
}

async function checkRoleAndUnit(stores: Stores, account: Account): Promise<void> {
  const problem = checkAccountRole(account.role, account.unitId);
  if (problem) throw invalidField(account.role === 'lead' ? 'unitId' : 'role', problem);
  if (account.unitId !== null && !(await stores.units.findById(account.unitId))) throw invalidField('unitId', 'no such unit');
}
