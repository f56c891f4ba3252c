import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config.js';
import { DomainError } from '../domain/errors.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerImportCommand } from './commands/import.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerReportCommand } from './commands/report.js';
import { registerServeCommand } from './commands/serve.js';
import { registerWaveCommand } from './commands/wave.js';

const MAX_PRINTED_PROBLEMS = 200;

/** The `eyelevel` command line. Every command takes --data DIR and honours DATABASE_URL. */
export function buildProgram(): Command {
  const program = new Command('eyelevel')
    .description('eyelevel: measure and improve how the units of one company serve each other')
    .version('0.1.0')
    .showHelpAfterError()
    .addHelpText('after', '\nEnvironment: DATABASE_URL=postgres://… selects PostgreSQL; otherwise SQLite in the data folder.');
  registerDemoCommand(program);
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerImportCommand(program);
  registerWaveCommand(program);
  registerReportCommand(program);
  return program;
}

/** Runs the CLI; expected failures print one clear line and exit 1. */
export async function runCli(argv: string[]): Promise<void> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof ConfigError || error instanceof DomainError) {
      process.stderr.write(`eyelevel: ${error.message}\n`);
      if (error instanceof DomainError) {
        for (const problem of error.problems.slice(0, MAX_PRINTED_PROBLEMS)) process.stderr.write(`  ${formatProblem(problem)}\n`);
        const hidden = error.problems.length - MAX_PRINTED_PROBLEMS;
        if (hidden > 0) process.stderr.write(`  … and ${hidden} more\n`);
      }
      process.exitCode = 1;
      return;
    }
    process.stderr.write(`eyelevel: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

function formatProblem(problem: DomainError['problems'][number]): string {
  if (problem.line !== undefined) return `line ${problem.line}: ${problem.column ?? ''}: ${problem.problem}`;
  return problem.field ? `${problem.field}: ${problem.problem}` : problem.problem;
}
