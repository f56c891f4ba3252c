import type { Command } from 'commander';
import { withRuntime, type GlobalOptions } from '../runtime.js';

/** `eyelevel migrate`: bring the database schema up to date (serve and demo do this too). */
export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('create or upgrade the database schema')
    .option('--data <dir>', 'data folder for the SQLite database (default ./data, or EYELEVEL_DATA)')
    .action(async (options: GlobalOptions) => {
      // Opening the runtime migrates; the schema is current when it returns.
      await withRuntime(options, async (_runtime, config) => {
        process.stdout.write(`database is up to date (${config.database.kind})\n`);
      });
    });
}
