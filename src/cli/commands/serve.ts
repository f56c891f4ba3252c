import type { Command } from 'commander';
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
      // Loaded here so that commands without a server (import, migrate) start quickly.
      const { startServing } = await import('../start-serving.js');
      await startServing({ config, runtime });
    });
}

export function portAndHost(options: ServeOptions): { port?: number; host?: string } {
  return { ...(options.port === undefined ? {} : { port: options.port }), ...(options.host === undefined ? {} : { host: options.host }) };
}
