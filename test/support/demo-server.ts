import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { seedDemoCompany } from '../../src/app/demo/seed-demo-company.js';
import { seedDemoSla } from '../../src/app/demo/seed-demo-sla.js';
import { seedDemoWaves } from '../../src/app/demo/seed-demo-waves.js';
import { buildServer } from '../../src/http/server.js';
import { findWebDirectory } from '../../src/http/web-assets.js';
import { launchBrowser } from './browser.js';
import { createTestRuntime, type TestRuntime } from './database.js';

export interface DemoServer {
  test: TestRuntime;
  app: FastifyInstance;
  baseUrl: string;
  browser: Browser;
  /** Closes the browser and the server and drops the database. */
  close: () => Promise<void>;
}

/**
 * The built web app served by the real server on a fresh database with the demo company, in
 * the order of `eyelevel demo` as far as asked (company; its survey waves; its SLAs, actions
 * and retrospective), and Chromium. `prepare` runs on the seeded database before the server
 * starts. Screenshots go to test-results/.
 */
export async function startDemoServer(
  options: {
    seed: 'company' | 'waves' | 'sla';
    prepare?: (test: TestRuntime) => Promise<void>;
    /** Settings for the runtime, as environment variables (SMTP_URL, say). */
    environment?: Record<string, string>;
  } = { seed: 'company' },
): Promise<DemoServer> {
  const webDirectory = findWebDirectory();
  if (!webDirectory) throw new Error('dist/web is missing: run `npm run build` before the browser tests');
  const test = await createTestRuntime(options.environment);
  const context = test.runtime.context;
  let app: FastifyInstance | undefined;
  try {
    await seedDemoCompany(context);
    if (options.seed !== 'company') {
      await seedDemoWaves(context, { publicUrl: test.config.publicUrl, anonymityThreshold: test.config.anonymityThreshold });
    }
    if (options.seed === 'sla' && !(await seedDemoSla(context)).isSeeded) throw new Error('the demo SLAs were not seeded');
    await options.prepare?.(test);
    app = await buildServer({ context, config: test.config, webDirectory });
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const { browser, close: closeBrowser } = await launchBrowser();
    mkdirSync('test-results', { recursive: true });
    const server = app;
    return {
      test,
      app: server,
      baseUrl,
      browser,
      close: async () => {
        await closeBrowser();
        await server.close();
        await test.cleanup();
      },
    };
  } catch (error) {
    await app?.close();
    await test.cleanup();
    throw error;
  }
}
