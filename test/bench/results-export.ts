import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { systemActor } from '../../src/app/authorize.js';
import type { AppContext } from '../../src/app/ports.js';
import { prepareAggregateExport } from '../../src/app/results/export-aggregates.js';
import { writeAggregatesCsv } from '../../src/app/results/export-aggregates-csv.js';
import { writeAggregatesXlsx } from '../../src/app/results/export-aggregates-xlsx.js';
import { findExportWave } from '../../src/app/results/export-target.js';
import { loadWaveResultsBySubject, type ResultsCache, type ResultsSettings } from '../../src/app/results/wave-results.js';
import { loadConfig } from '../../src/config.js';
import { startRuntime } from '../../src/wiring.js';
import { report } from './measure.js';

const SAMPLE_MILLISECONDS = 50;
const MEGABYTE = 1024 * 1024;

export interface ResultsExportFigures {
  /** Loading the wave's results: building its cell aggregates when they are not built yet, then reading them. */
  loadMilliseconds: number;
  writeMilliseconds: number;
  bytes: number;
  rows: number;
  /** The highest RSS sampled every 50 ms from the start of the load to the end of the write. */
  peakRssBytes: number;
  /** The highest RSS sampled while writing only. */
  peakWriteRssBytes: number;
  /** The process's lifetime peak RSS as the kernel counts it: exact, but it includes whatever ran before. */
  processMaxRssBytes: number;
}

/**
 * Writes the XLSX (or CSV) of a closed wave's released aggregates to a temporary file, as
 * `eyelevel report` does, and measures time and memory: RSS is sampled every 50 ms. The
 * budget is an XLSX of the 7.2-million-answer wave in less than 300 MB RSS. Call it on a
 * runtime whose database holds the wave; run this file directly for a fresh process:
 * `npx tsx test/bench/results-export.ts --wave latest [--format csv] [--data DIR]`
 * (honours DATABASE_URL).
 */
export async function benchmarkResultsExport(
  runtime: { context: AppContext },
  waveReference: string,
  options: { format?: 'xlsx' | 'csv'; settings?: ResultsSettings } = {},
): Promise<ResultsExportFigures> {
  const format = options.format ?? 'xlsx';
  const folder = mkdtempSync(join(tmpdir(), 'eyelevel-bench-export-'));
  const file = join(folder, `results.${format}`);
  let peak = process.memoryUsage().rss;
  let writePeak = 0;
  let isWriting = false;
  const sample = () => {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    if (isWriting) writePeak = Math.max(writePeak, rss);
  };
  const sampler = setInterval(sample, SAMPLE_MILLISECONDS);
  try {
    const { context } = runtime;
    // As `eyelevel report` does: one provider's aggregates at a time.
    const settings = options.settings ?? { anonymityThreshold: 5, commentThreshold: 10 };
    const cache: ResultsCache = { load: (wave) => loadWaveResultsBySubject(context, wave, settings), forget: () => false };
    const loadStart = performance.now();
    const wave = await findExportWave(context, waveReference);
    const data = await prepareAggregateExport(context, cache, { actor: systemActor, waveId: wave.id });
    const loadMilliseconds = performance.now() - loadStart;
    sample();

    let rows = 0;
    const tally = <T>(list: T[]): T[] => {
      rows += list.length;
      return list;
    };
    // Count rows as the writer asks for them, without holding them.
    const counted = {
      ...data,
      totalRows: async (providerId: string) => tally(await data.totalRows(providerId)),
      groupRows: async (providerId: string) => tally(await data.groupRows(providerId)),
    };
    isWriting = true;
    const writeStart = performance.now();
    const write = format === 'xlsx' ? writeAggregatesXlsx : writeAggregatesCsv;
    await write(counted, createWriteStream(file));
    const writeMilliseconds = performance.now() - writeStart;
    sample();
    isWriting = false;

    const figures: ResultsExportFigures = {
      loadMilliseconds,
      writeMilliseconds,
      bytes: statSync(file).size,
      rows,
      peakRssBytes: peak,
      peakWriteRssBytes: writePeak,
      processMaxRssBytes: process.resourceUsage().maxRSS * 1024,
    };
    report(`results export (${format})`, {
      load_ms: figures.loadMilliseconds,
      write_ms: figures.writeMilliseconds,
      rows: figures.rows,
      file_MB: figures.bytes / MEGABYTE,
      peak_rss_MB: figures.peakRssBytes / MEGABYTE,
      write_rss_MB: figures.peakWriteRssBytes / MEGABYTE,
      max_rss_MB: figures.processMaxRssBytes / MEGABYTE,
    });
    return figures;
  } finally {
    clearInterval(sampler);
    rmSync(folder, { recursive: true, force: true });
  }
}

// Run directly: a fresh process, so the kernel's peak RSS is the export's alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argument = (name: string) => {
    const index = process.argv.indexOf(name);
    return index < 0 ? undefined : process.argv[index + 1];
  };
  const config = loadConfig(process.env, { dataDirectory: argument('--data') });
  const runtime = await startRuntime(config);
  try {
    const format = argument('--format') === 'csv' ? 'csv' : 'xlsx';
    await benchmarkResultsExport(runtime, argument('--wave') ?? 'latest', {
      format,
      settings: { anonymityThreshold: config.anonymityThreshold, commentThreshold: config.commentThreshold },
    });
  } finally {
    await runtime.close();
  }
}
