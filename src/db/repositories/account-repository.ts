import type { Kysely } from 'kysely';
import type { Account, AccountStore } from '../../app/ports.js';
import { isRole } from '../../domain/access/policy.js';
import type { AccountTable, Database } from '../schema.js';

const columns = ['id', 'email', 'name', 'role', 'unit_id', 'is_disabled'] as const;

/** Accounts that sign in to the admin, lead and executive UI. */
export function createAccountRepository(db: Kysely<Database>, now: () => string): AccountStore {
  return {
    async listAll() {
      return (await db.selectFrom('accounts').select(columns).orderBy('email').execute()).map(toAccount);
    },
    async findById(id) {
      const row = await db.selectFrom('accounts').select(columns).where('id', '=', id).executeTakeFirst();
      return row ? toAccount(row) : undefined;
    },
    async findCredentials(email) {
      const row = await db
        .selectFrom('accounts')
        .select([...columns, 'password_hash'])
        .where('email', '=', email)
        .executeTakeFirst();
      return row ? { account: toAccount(row), passwordHash: row.password_hash } : undefined;
    },
    async count() {
      const row = await db.selectFrom('accounts').select(db.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
      return Number(row.count);
    },
    async insert(account, passwordHash) {
      await db
        .insertInto('accounts')
        .values({ ...toRow(account), password_hash: passwordHash, created_at: now() })
        .execute();
    },
    async update(account) {
      const { id, ...fields } = toRow(account);
      await db.updateTable('accounts').set(fields).where('id', '=', id).execute();
    },
    async setPasswordHash(id, passwordHash) {
      await db.updateTable('accounts').set({ password_hash: passwordHash }).where('id', '=', id).execute();
    },
  };
}

export function toAccount(row: Pick<AccountTable, (typeof columns)[number]>): Account {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: isRole(row.role) ? row.role : 'executive',
    unitId: row.unit_id,
    isDisabled: row.is_disabled === 1,
  };
}

function toRow(account: Account) {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    role: account.role,
    unit_id: account.unitId,
    is_disabled: account.isDisabled ? 1 : 0,
  };
}
