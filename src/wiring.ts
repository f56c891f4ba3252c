import { randomUUID } from 'node:crypto';
import type { AppContext } from './app/ports.js';
import type { Config } from './config.js';
import { connectDatabase, type DatabaseHandle } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { createStores, createTransactionRunner } from './db/stores.js';
import { createPasswordHasher } from './platform/password-hasher.js';

export interface Runtime {
  context: AppContext;
  handle: DatabaseHandle;
  close: () => Promise<void>;
}

/** The composition root: opens the database, migrates it, and builds the use-case context. */
export async function startRuntime(config: Config, options: { clock?: () => Date } = {}): Promise<Runtime> {
  const handle = connectDatabase(config.database);
  try {
    await migrateToLatest(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const clock = options.clock ?? (() => new Date());
  const now = () => clock().toISOString();
  const context: AppContext = {
    stores: createStores(handle.db, handle.dialect, now, handle.submissionWriter),
    transaction: createTransactionRunner(handle, now),
    passwords: createPasswordHasher(),
    clock,
    newId: randomUUID,
  };
  return { context, handle, close: () => handle.close() };
}
