import { readFile } from 'node:fs/promises';
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { systemActor } from '../../app/authorize.js';
import { importPeople } from '../../app/import/import-people.js';
import { importRelationships } from '../../app/import/import-relationships.js';
import { importUnits } from '../../app/import/import-units.js';
import { decodeUtf8 } from '../../app/import/read-csv.js';
import type { ImportInput } from '../../app/import/run-import.js';
import type { AppContext } from '../../app/ports.js';
import { importMeasurements, type MeasurementImportReport } from '../../app/sla/import-measurements.js';
import type { Actor } from '../../domain/access/policy.js';
import type { ImportReport } from '../../domain/import/import-plan.js';
import { withRuntime, type GlobalOptions } from '../runtime.js';

type AnyImportReport = ImportReport | MeasurementImportReport;
type ImportUseCase = (context: AppContext, actor: Actor, input: ImportInput) => Promise<AnyImportReport>;

interface ImportOptions extends GlobalOptions {
  dryRun?: boolean;
}

const SHOWN_CHANGES = 50;
// Below this many rows an import is done before a progress bar would be worth drawing.
const PROGRESS_BAR_ROWS = 10_000;

/** `eyelevel import people|units|relationships|measurements FILE.csv [--dry-run]`. */
export function registerImportCommand(program: Command): void {
  const command = program
    .command('import')
    .description('import people, units, relationships or SLA measurements from a CSV file (UTF-8, separated by ";" or ",")');
  const subcommands: { name: string; alias?: string; description: string; run: ImportUseCase }[] = [
    {
      name: 'people',
      alias: 'org',
      description: 'people by email: columns email, name, unit (a path like Company/IT), locale, lead',
      run: importPeople,
    },
    { name: 'units', description: 'org units by code: columns code, name, parent_code', run: importUnits },
    { name: 'relationships', description: 'the service map: columns provider, customer (unit paths), service', run: importRelationships },
    {
      name: 'measurements',
      description: 'SLA measurements: columns objective (id) or relationship (id) and metric, at (date or ISO time), value',
      run: importMeasurements,
    },
  ];
  for (const subcommand of subcommands) {
    const child = command
      .command(subcommand.name)
      .description(subcommand.description)
      .argument('<file>', 'the CSV file')
      .option('--dry-run', 'show what would change, and write nothing')
      .option('--data <dir>', 'data folder for the SQLite database (default ./data, or EYELEVEL_DATA)')
      .action(async (file: string, options: ImportOptions) => {
        const csv = decodeUtf8(await readImportFile(file));
        const report = await withRuntime(options, (runtime) =>
          runWithProgress(subcommand.run, runtime.context, { csv, dryRun: options.dryRun === true }),
        );
        process.stdout.write(formatReport(report, file));
      });
    if (subcommand.alias) child.alias(subcommand.alias);
  }
}

async function readImportFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `cannot read "${file}": no such file` : `cannot read "${file}": ${(error as Error).message}`);
  }
}

async function runWithProgress(run: ImportUseCase, context: AppContext, input: { csv: string; dryRun: boolean }): Promise<AnyImportReport> {
  const isLarge = input.csv.split('\n', PROGRESS_BAR_ROWS + 2).length > PROGRESS_BAR_ROWS + 1;
  // noTTYOutput: false keeps logs and pipes free of bar redraws.
  const bar = new SingleBar(
    { stream: process.stderr, noTTYOutput: false, clearOnComplete: true, format: 'writing {bar} {value}/{total}' },
    Presets.shades_classic,
  );
  let isStarted = false;
  const onProgress = (done: number, total: number) => {
    if (!isLarge || total === 0) return;
    if (!isStarted) bar.start(total, done);
    isStarted = true;
    bar.update(done);
  };
  try {
    return await run(context, systemActor, { ...input, onProgress });
  } finally {
    if (isStarted) bar.stop();
  }
}

/** The diff a person reads: what was (or would be) written, counts first, then up to 50 changes. */
function formatReport(report: AnyImportReport, file: string): string {
  const lines = [report.dryRun ? `dry run of ${file}: nothing was written` : `imported ${file}`];
  for (const [name, count] of Object.entries(report.summary)) {
    lines.push(`  ${name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)}: ${count}`);
  }
  if (report.changes.length === 0) lines.push('no changes');
  for (const change of report.changes.slice(0, SHOWN_CHANGES)) {
    lines.push(`${change.kind === 'create' ? '+' : '~'} ${change.entity} ${change.label}${change.detail ? ` (${change.detail})` : ''}`);
  }
  const hidden = report.changes.length - SHOWN_CHANGES;
  if (hidden > 0) {
    const more = report.changesTruncated ? `${hidden} more changes listed, and others beyond the list` : `${hidden} more changes`;
    lines.push(`… ${more}; the counts above are complete`);
  }
  return `${lines.join('\n')}\n`;
}
