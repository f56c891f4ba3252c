import type { Command } from 'commander';
import pino from 'pino';
import { ensureAdminAccount } from '../../app/access/accounts.js';
import type { Config } from '../../config.js';
import { buildServer } from '../../http/server.js';
import type { Runtime } from '../../wiring.js';
import { openRuntime, parsePort, type GlobalOptions } from '../runtime.js';

interface ServeOptions extends GlobalOptions {
  port?: number;
  host?: string;
}

/** `eyelevel serve`: migrate, create the first admin if there is none, and serve. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and API')
    .option('--data <dir>', 'data folder for the SQLite database (default ./data, or EYELEVEL_DATA)')
    .option('--port <port>', 'port to listen on (default 3000, or PORT)', parsePort)
    .option('--host <host>', 'address to listen on (default 127.0.0.1, or HOST)')
    .action(async (options: ServeOptions) => {
      const { config, runtime } = await openRuntime(options, portAndHost(options));
      await startServing({ config, runtime });
    });
}

export function portAndHost(options: ServeOptions): { port?: number; host?: string } {
  return { ...(options.port === undefined ? {} : { port: options.port }), ...(options.host === undefined ? {} : { host: options.host }) };
}

/** Starts the HTTP server on an open runtime and prints where it listens and how to sign in. */
export async function startServing({ config, runtime }: { config: Config; runtime: Runtime }): Promise<string> {
  const admin = await ensureAdminAccount(runtime.context, { email: config.adminEmail, password: config.adminPassword });
  const logger = pino({
    level: config.logLevel,
    redact: { paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], remove: true },
  });
  const app = await buildServer({ context: runtime.context, config, logger });
  const shutdown = async () => {
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  process.stdout.write(`eyelevel is serving ${url}\n`);
  if (admin) {
    process.stdout.write(`admin login: ${admin.email}\n`);
    process.stdout.write(
      admin.generatedPassword
        ? `admin password (shown once, change it after signing in): ${admin.generatedPassword}\n`
        : 'admin password: the one in EYELEVEL_ADMIN_PASSWORD\n',
    );
  }
  return url;
}
