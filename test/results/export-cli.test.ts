import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSurveyWave, type SurveyWave } from '../respond/fixture.js';
import { createTestServer, type Body, type TestServer } from '../support/server.js';
import { createExportWave, expectSameAsApi, extractPdfText, readCsv, readXlsx, type ExportWave } from './export-fixture.js';

// `eyelevel report` from its TypeScript sources, on the database of an in-process test server
// (SQLite file or PostgreSQL, as DATABASE_URL says), compared with that server's API.
const root = resolve(import.meta.dirname, '../..');

describe('eyelevel report', () => {
  let server: TestServer;
  let fixture: ExportWave;
  let openWave: SurveyWave;
  let api: { report: Body; heatmap: Body };
  let folder: string;

  const runReport = (args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> => {
    const database = server.config.database;
    const environment = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(DATABASE_URL|EYELEVEL_|LOG_LEVEL$)/.test(name)),
    );
    if (database.kind === 'postgres') environment.DATABASE_URL = database.url;
    const dataOption = database.kind === 'sqlite' ? ['--data', server.config.dataDirectory] : [];
    return new Promise((resolvePromise, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'report', ...args, ...dataOption], {
        cwd: root,
        env: environment,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    });
  };
  const expectRefusal = (result: { code: number | null; stderr: string }, ...words: string[]) => {
    expect(result.code, result.stderr).toBe(1);
    for (const word of words) expect(result.stderr).toContain(word);
    expect(result.stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace
  };

  beforeAll(async () => {
    server = await createTestServer();
    fixture = await createExportWave(server);
    openWave = await createSurveyWave(server.context, server.runtime.handle.db, { status: 'open' });
    const admin = await server.signInAsAdmin();
    const base = `/api/results/waves/${fixture.wave.waveId}`;
    api = {
      report: (await admin.get(`${base}/providers/${fixture.provider.id}`)).body,
      heatmap: (await admin.get(`${base}/heatmap`)).body,
    };
    folder = mkdtempSync(join(tmpdir(), 'eyelevel-report-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await server.cleanup();
  });

  describe.concurrent('writes', () => {
    it('the CSV of every provider, equal to the API', async () => {
      const out = join(folder, 'all.csv');
      const result = await runReport(['--wave', fixture.wave.waveId, '--format', 'csv', '--out', out]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`wrote the aggregates of 1 provider in wave "${api.report.wave.name}" to ${out}`);
      const file = readCsv(readFileSync(out));
      expectSameAsApi(file, api);
      expect(new Set(file.totals.map((row) => row.provider_id))).toEqual(new Set([fixture.provider.id]));
    });

    it('the XLSX of one provider named by its path in any case, for the latest wave', async () => {
      const out = join(folder, 'one.xlsx');
      const provider = fixture.provider.name.toUpperCase();
      const result = await runReport(['--wave', 'latest', '--provider', provider, '--format', 'xlsx', '--out', out]);
      expect(result.code, result.stderr).toBe(0);
      const file = await readXlsx(readFileSync(out));
      expectSameAsApi(file, api);
      expect(new Set(file.cells.map((row) => row.provider_id))).toEqual(new Set([fixture.provider.id]));
    });

    it('the German PDF of one provider named by id, for a wave named by its name', async () => {
      const out = join(folder, 'report.pdf');
      const args = ['--wave', api.report.wave.name, '--provider', fixture.provider.id, '--format', 'pdf', '--locale', 'de'];
      const result = await runReport([...args, '--out', out]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`wrote the report of "${fixture.provider.name}"`);
      const runs = await extractPdfText(readFileSync(out));
      expect(runs).toEqual(
        expect.arrayContaining([fixture.provider.name, 'Zuverlässigkeit', '3,27', `Befragung: ${api.report.wave.name}`]),
      );
    });
  });

  describe.concurrent('refuses, naming the option', () => {
    it('an unknown wave', async () => {
      const out = join(folder, 'unknown-wave.csv');
      expectRefusal(await runReport(['--wave', 'no such wave', '--format', 'csv', '--out', out]), '--wave', '"no such wave" not found');
    });

    it('an open wave', async () => {
      const out = join(folder, 'open-wave.csv');
      expectRefusal(await runReport(['--wave', openWave.waveId, '--format', 'csv', '--out', out]), '--wave', 'is open');
    });

    it('an unknown provider', async () => {
      const out = join(folder, 'unknown-provider.xlsx');
      const args = ['--wave', fixture.wave.waveId, '--provider', 'Nowhere/Nothing', '--format', 'xlsx', '--out', out];
      expectRefusal(await runReport(args), '--provider', 'Nowhere/Nothing');
    });

    it('a PDF without a provider', async () => {
      const out = join(folder, 'no-provider.pdf');
      expectRefusal(await runReport(['--wave', fixture.wave.waveId, '--format', 'pdf', '--out', out]), '--provider');
    });

    it('a format it does not write', async () => {
      const out = join(folder, 'report.doc');
      expectRefusal(await runReport(['--wave', fixture.wave.waveId, '--format', 'doc', '--out', out]), '--format', "'doc'");
    });

    it('a file that exists, unless --force', async () => {
      const out = join(folder, 'exists.csv');
      writeFileSync(out, 'keep me');
      const args = ['--wave', fixture.wave.waveId, '--format', 'csv', '--out', out];
      expectRefusal(await runReport(args), '--out', 'exists', '--force');
      expect(readFileSync(out, 'utf8')).toBe('keep me');
      const forced = await runReport([...args, '--force']);
      expect(forced.code, forced.stderr).toBe(0);
      expectSameAsApi(readCsv(readFileSync(out)), api);
    });
  });

  it('leaves no file behind when it refuses, and no temporary file ever', () => {
    expect(readdirSync(folder).sort()).toEqual(['all.csv', 'exists.csv', 'one.xlsx', 'report.pdf']);
  });
});
