import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath } from './import-support.js';

const projectRoot = new URL('../../', import.meta.url).pathname;
const dataDirectory = mkdtempSync(join(tmpdir(), 'eyelevel-import-cli-'));
afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

/** Runs `eyelevel import …` as a user would, on SQLite in a temporary data folder. */
function eyelevel(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // Without DATABASE_URL the CLI uses --data; a PostgreSQL test run must not import into its base database.
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'src/cli/main.ts', 'import', ...args, '--data', dataDirectory],
      { cwd: projectRoot, env: { ...environment, LOG_LEVEL: 'silent' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('eyelevel import', () => {
  it('exits 1 and lists every bad row as "line N: column: problem"', async () => {
    const result = await eyelevel('people', fixturePath('people-some-bad-rows.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('eyelevel: nothing was imported: 4 problems on 3 lines, the first: line 3: email:');
    expect(result.stderr).toContain('  line 3: email: "not-an-email" is not an email address\n');
    expect(result.stderr).toContain('  line 5: name: must not be empty\n');
    expect(result.stderr).toContain('  line 5: lead: must be yes, no, true, false, 1, 0, ja, nein, x or empty, not "vielleicht"\n');
    expect(result.stderr).toContain('  line 6: unit: "Muster AG//Vertrieb" is not a unit path like Company/IT/Support\n');
  }, 120_000);

  it('names a file that is not there', async () => {
    const result = await eyelevel('people', join(dataDirectory, 'missing.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`eyelevel: cannot read "${join(dataDirectory, 'missing.csv')}": no such file\n`);
  }, 120_000);

  it('shows the diff of a dry run (alias "org"), then imports, then finds nothing to change', async () => {
    const file = fixturePath('people-semicolon-bom.csv');
    const dryRun = await eyelevel('org', file, '--dry-run');
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain(`dry run of ${file}: nothing was written\n`);
    expect(dryRun.stdout).toContain('  people created: 3\n');
    expect(dryRun.stdout).toContain('+ unit Muster AG/Qualität/Prüfung\n');
    expect(dryRun.stdout).toContain('+ person anna.mueller@example.com (Muster AG/Qualität/Prüfung, de, lead)\n');

    const real = await eyelevel('people', file);
    expect(real.code).toBe(0);
    expect(real.stdout.replace(`imported ${file}`, '')).toBe(dryRun.stdout.replace(`dry run of ${file}: nothing was written`, ''));

    const again = await eyelevel('people', file);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('  people unchanged: 3\n');
    expect(again.stdout).toContain('no changes\n');
  }, 120_000);
});
