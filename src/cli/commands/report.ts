import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, link, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { Option, type Command } from 'commander';
import { systemActor } from '../../app/authorize.js';
import { prepareAggregateExport } from '../../app/results/export-aggregates.js';
import { getProviderReport } from '../../app/results/provider-report.js';
import { EXPORT_LOCALES, findExportWave, findUnitByReference, type ExportLocale } from '../../app/results/export-target.js';
import { createResultsCache, loadWaveResultsBySubject, type ResultsCache } from '../../app/results/wave-results.js';
import { DomainError } from '../../domain/errors.js';
import { withRuntime, type GlobalOptions } from '../runtime.js';

const FORMATS = ['pdf', 'xlsx', 'csv'] as const;
type ReportFormat = (typeof FORMATS)[number];

interface ReportOptions extends GlobalOptions {
  wave: string;
  provider?: string;
  format: ReportFormat;
  out: string;
  force?: boolean;
  locale: ExportLocale;
}

/** `eyelevel report --wave W [--provider P] --format pdf|xlsx|csv --out FILE [--force]`. */
export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description(
      'write the released results of a closed wave: CSV or XLSX of the aggregates (all providers, or one), ' +
        'or the PDF report of one provider; every figure through the anonymity engine',
    )
    .requiredOption('--wave <wave>', 'the wave: its id, its name, or "latest" for the most recent closed wave')
    .option('--provider <unit>', 'a provider unit, by id or path like "Muster AG/IT/Service Desk" (required for pdf)')
    .addOption(new Option('--format <format>', 'the file format').choices(FORMATS).makeOptionMandatory())
    .requiredOption('--out <file>', 'the file to write')
    .option('--force', 'overwrite the file when it exists')
    .addOption(new Option('--locale <locale>', 'the language of labels').choices(EXPORT_LOCALES).default('en'))
    .option('--data <dir>', 'data folder for the SQLite database (default ./data, or EYELEVEL_DATA)')
    .action(async (options: ReportOptions) => {
      if (options.format === 'pdf' && options.provider === undefined)
        throw new Error('--provider: a PDF report is about one provider; name it');
      const isForced = options.force === true;
      if (!isForced && (await exists(options.out))) throw new Error(`--out: "${options.out}" exists; choose another file or add --force`);
      const written = await withRuntime(options, async (runtime, config) => {
        const { context } = runtime;
        const cache = createResultsCache(context, {
          anonymityThreshold: config.anonymityThreshold,
          commentThreshold: config.commentThreshold,
        });
        const wave = await naming('--wave', () => findExportWave(context, options.wave));
        const provider =
          options.provider === undefined
            ? undefined
            : await naming('--provider', () => findUnitByReference(context, options.provider as string));
        const input = { actor: systemActor, waveId: wave.id };
        if (options.format === 'pdf') {
          const report = await getProviderReport(context, cache, { ...input, providerUnitId: (provider as { id: string }).id });
          // The PDF and XLSX libraries load only for the command that needs them.
          const { writeProviderPdf } = await import('../../app/results/export-provider-pdf.js');
          await writeFileAtomically(options.out, isForced, (output) =>
            writeProviderPdf(report, output, { locale: options.locale, providerPath: provider?.path }),
          );
          return `the report of "${provider?.path}" in wave "${wave.name}"`;
        }
        // One provider's aggregates at a time: the export keeps only the release plan in memory.
        const settings = { anonymityThreshold: config.anonymityThreshold, commentThreshold: config.commentThreshold };
        const bySubject: ResultsCache = { load: (wave) => loadWaveResultsBySubject(context, wave, settings), forget: () => false };
        const data = await prepareAggregateExport(context, bySubject, {
          ...input,
          providerUnitIds: provider ? [provider.id] : undefined,
          locale: options.locale,
        });
        const writer =
          options.format === 'csv'
            ? (await import('../../app/results/export-aggregates-csv.js')).writeAggregatesCsv
            : (await import('../../app/results/export-aggregates-xlsx.js')).writeAggregatesXlsx;
        await writeFileAtomically(options.out, isForced, (output) => writer(data, output));
        return `the aggregates of ${data.providers.length} provider${data.providers.length === 1 ? '' : 's'} in wave "${wave.name}"`;
      });
      process.stdout.write(`wrote ${written} to ${options.out}\n`);
    });
}

/** Runs a lookup; its failure names the option it came from. */
async function naming<T>(option: string, lookup: () => Promise<T>): Promise<T> {
  try {
    return await lookup();
  } catch (error) {
    if (error instanceof DomainError) throw new DomainError(error.code, `${option}: ${error.message}`, error.problems);
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Writes to a temporary file beside the target and moves it into place only when complete,
 * so that no half-written file is ever left under the name asked for. Without --force the
 * move refuses to replace a file that appeared in the meantime.
 */
async function writeFileAtomically(path: string, isForced: boolean, write: (output: Writable) => Promise<void>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const output = createWriteStream(temporary, { flags: 'wx' });
  try {
    await new Promise<void>((resolve, reject) => {
      output.once('open', () => resolve());
      output.once('error', reject);
    }).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`--out: cannot write "${path}": ${error.message}`);
    });
    await write(output);
    if (isForced) await rename(temporary, path);
    else {
      await link(temporary, path).catch((error: NodeJS.ErrnoException) => {
        throw new Error(error.code === 'EEXIST' ? `--out: "${path}" exists; choose another file or add --force` : error.message);
      });
    }
  } finally {
    output.destroy();
    await rm(temporary, { force: true });
  }
}
