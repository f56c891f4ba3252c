import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig, type Config } from '../../src/config.js';
import { startRuntime, type Runtime } from '../../src/wiring.js';

export interface TestRuntime {
  runtime: Runtime;
  config: Config;
  cleanup: () => Promise<void>;
}

/**
 * A fresh, migrated database for one test file: a SQLite file in a temporary folder, or,
 * when DATABASE_URL names PostgreSQL, a new database beside it that is dropped afterwards.
 */
export async function createTestRuntime(environment: Record<string, string> = {}): Promise<TestRuntime> {
  const folder = mkdtempSync(join(tmpdir(), 'eyelevel-test-'));
  const baseUrl = process.env.DATABASE_URL;
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (baseUrl?.startsWith('postgres')) {
    const name = `eyelevel_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  const config = loadConfig({
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    EYELEVEL_DATA: folder,
    LOG_LEVEL: 'silent',
    ...environment,
  });
  const runtime = await startRuntime(config);
  return {
    runtime,
    config,
    cleanup: async () => {
      await runtime.close();
      await dropDatabase();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
