import type { Command } from 'commander';

/** `eyelevel import people|units|relationships FILE.csv [--dry-run]`. */
export function registerImportCommand(program: Command): void {
  program.command('import').description('import people, units or relationships from a CSV file');
}
