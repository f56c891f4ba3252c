import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../src/app/ports.js';
import type { Config } from '../../src/config.js';
import type { Database } from '../../src/db/schema.js';
import { buildServer } from '../../src/http/server.js';
import { createTestRuntime } from '../support/database.js';

export interface RespondentTestServer {
  app: FastifyInstance;
  context: AppContext;
  db: Kysely<Database>;
  config: Config;
  cleanup: () => Promise<void>;
}

/** The real server in process on a fresh database (SQLite, or PostgreSQL when DATABASE_URL says so). */
export async function createRespondentTestServer(
  options: { logger?: FastifyBaseLogger; environment?: Record<string, string> } = {},
): Promise<RespondentTestServer> {
  const test = await createTestRuntime(options.environment);
  const app = await buildServer({ context: test.runtime.context, config: test.config, logger: options.logger });
  await app.ready();
  return {
    app,
    context: test.runtime.context,
    db: test.runtime.handle.db,
    config: test.config,
    cleanup: async () => {
      await app.close();
      await test.cleanup();
    },
  };
}

/** Submits ratings through the API with the invitation token. */
export function submitWithToken(app: FastifyInstance, token: string, ratings: unknown[]) {
  return app.inject({
    method: 'POST',
    url: '/api/respond/submissions',
    headers: { authorization: `Bearer ${token}` },
    payload: { ratings },
  });
}
