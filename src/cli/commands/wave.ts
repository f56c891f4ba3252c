import { open, rm, type FileHandle } from 'node:fs/promises';
import type { Command } from 'commander';
import { systemActor } from '../../app/authorize.js';
import { exportWaveLinks, type WaveLink } from '../../app/waves/export-wave-links.js';
import { writeLinkCards } from '../../app/waves/wave-link-cards.js';
import { listWaves } from '../../app/waves/list-waves.js';
import { withRuntime, type GlobalOptions } from '../runtime.js';

const DATA_OPTION = ['--data <dir>', 'data folder for the SQLite database (default ./data, or EYELEVEL_DATA)'] as const;

/** `eyelevel wave list` and `eyelevel wave links WAVE --out FILE`. */
export function registerWaveCommand(program: Command): void {
  const command = program.command('wave').description('survey waves: list them, export invitation links');
  command
    .command('list')
    .description('list the waves, newest first')
    .option(...DATA_OPTION)
    .action(async (options: GlobalOptions) => {
      const waves = await withRuntime(options, (runtime) => listWaves(runtime.context, systemActor));
      process.stdout.write(formatWaves(waves));
    });
  command
    .command('links')
    .description(
      'write a new link for everyone invited to an open wave, as CSV (email,name,unit,link) for the intranet or a ' +
        "mail merge, or as PDF cards to print and cut (a QR code each, in the person's language); everyone is " +
        'listed, answered or not, so the list itself tells no one who has answered (opening a link does: keep the ' +
        'file like personnel data); links made before keep working',
    )
    .argument('<wave>', 'the wave, by id or name')
    .requiredOption('--out <file>', 'the file to write (it holds secret links: keep it safe, delete it after use)')
    .option('--format <format>', 'csv or pdf (default: pdf when the file ends in .pdf, else csv)')
    .option('--force', 'overwrite the file when it exists')
    .option(...DATA_OPTION)
    .action(async (wave: string, options: GlobalOptions & { out: string; format?: string; force?: boolean }) => {
      const format = options.format ?? (options.out.toLowerCase().endsWith('.pdf') ? 'pdf' : 'csv');
      if (format !== 'csv' && format !== 'pdf') throw new Error(`--format: "${format}" is not a format; choose csv or pdf`);
      // Open the file first: a path we cannot write must not cost the invitees new links.
      const file = await openOutput(options.out, options.force === true);
      let isWritten = false;
      try {
        const result = await withRuntime(options, (runtime, config) =>
          exportWaveLinks(runtime.context, systemActor, { wave, publicUrl: config.publicUrl }),
        );
        if (format === 'pdf') await writeLinkCards(result.links, result.wave.name, file.createWriteStream());
        else await file.writeFile(formatCsv(result.links), 'utf8');
        isWritten = true;
        process.stdout.write(`wrote ${result.links.length} links for wave "${result.wave.name}" to ${options.out}\n`);
        if (result.links.length > 0) process.stdout.write(`the links start with ${result.links[0]?.link.replace(/\/r\/.*$/, '/r/')}\n`);
      } finally {
        await file.close();
        if (!isWritten) await rm(options.out, { force: true });
      }
    });
}

async function openOutput(path: string, isOverwriteAllowed: boolean): Promise<FileHandle> {
  try {
    // Owner-only: the file holds links that let anyone answer in someone's name.
    return await open(path, isOverwriteAllowed ? 'w' : 'wx', 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new Error(`--out: "${path}" exists; choose another file or add --force`);
    throw new Error(`--out: cannot write "${path}": ${(error as Error).message}`);
  }
}

/** RFC 4180 CSV; a cell that a spreadsheet would run as a formula gets a leading apostrophe. */
export function formatCsv(links: readonly WaveLink[]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [['email', 'name', 'unit', 'link'], ...links.map((link) => [link.email, link.name, link.unit, link.link])];
  return lines.map((line) => line.map(cell).join(',')).join('\n') + '\n';
}

function formatWaves(waves: Awaited<ReturnType<typeof listWaves>>): string {
  if (waves.length === 0) return 'no waves yet\n';
  const rows = [
    ['id', 'status', 'opens', 'closes', 'invited', 'name'],
    ...waves.map((wave) => [wave.id, wave.status, formatTime(wave.opensAt), formatTime(wave.closesAt), String(wave.invited), wave.name]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return (
    rows
      .map((row) => row.map((value, column) => (column === row.length - 1 ? value : value.padEnd(widths[column] ?? 0))).join('  '))
      .join('\n') + '\n'
  );
}

function formatTime(value: string | null): string {
  return value === null ? '-' : `${value.slice(0, 16).replace('T', ' ')} UTC`;
}
