import type { Command } from 'commander';
import { seedDemoCompany } from '../../app/demo/seed-demo-company.js';
import { openRuntime, parsePort, type GlobalOptions } from '../runtime.js';
import { portAndHost } from './serve.js';

/** `eyelevel demo`: the demo company, seeded once, then served at once. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('seed the demo company (once) and serve it')
    .option('--data <dir>', 'data folder for the SQLite database (default ./data, or EYELEVEL_DATA)')
    .option('--port <port>', 'port to listen on (default 3000, or PORT)', parsePort)
    .option('--host <host>', 'address to listen on (default 127.0.0.1, or HOST)')
    .action(async (options: GlobalOptions & { port?: number; host?: string }) => {
      const { config, runtime } = await openRuntime(options, { ...portAndHost(options), defaultLogLevel: 'warn' });
      const { isSeeded, logins } = await seedDemoCompany(runtime.context);
      process.stdout.write(isSeeded ? 'seeded the demo company Muster AG\n' : 'the demo company is already there; serving it\n');
      const { startServing } = await import('../start-serving.js');
      const url = await startServing({ config: { ...config, adminEmail: logins.admin, adminPassword: logins.password }, runtime });
      process.stdout.write(`\nOpen ${url} and sign in as ${logins.admin} with password ${logins.password}\n`);
      process.stdout.write(`Other demo logins (same password): executive ${logins.executive}, lead ${logins.lead}\n`);
    });
}
