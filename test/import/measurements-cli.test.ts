import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/app/authorize.js';
import { proposeSlaObjective } from '../../src/app/sla/propose-objective.js';
import { loadConfig } from '../../src/config.js';
import { startRuntime } from '../../src/wiring.js';
import { buildRelationship } from '../support/factories.js';

const projectRoot = new URL('../../', import.meta.url).pathname;
const dataDirectory = mkdtempSync(join(tmpdir(), 'eyelevel-measurements-cli-'));
afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

/** Runs `eyelevel import measurements …` as a user would, on SQLite in a temporary data folder. */
function eyelevel(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'src/cli/main.ts', 'import', 'measurements', ...args, '--data', dataDirectory],
      { cwd: projectRoot, env: { ...environment, LOG_LEVEL: 'silent' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('eyelevel import measurements', () => {
  let objectiveId: string;

  beforeAll(async () => {
    // The objective is made in the same SQLite file the command then opens.
    const runtime = await startRuntime(loadConfig({ EYELEVEL_DATA: dataDirectory, LOG_LEVEL: 'silent' }));
    try {
      const relationship = await buildRelationship(runtime.context);
      const objective = await proposeSlaObjective(runtime.context, systemActor, {
        relationshipId: relationship.id,
        side: 'provider',
        terms: {
          name: 'First response',
          metric: 'first-response-time',
          customMetric: null,
          unit: 'minutes',
          target: 30,
          direction: 'at-most',
          aggregation: 'p90',
          requiredShare: null,
          period: 'week',
          dimensions: [],
        },
      });
      objectiveId = objective.objectiveId;
    } finally {
      await runtime.close();
    }
  });

  it('shows a dry run, imports, and imports the same file again without changes', async () => {
    const file = join(dataDirectory, 'measurements.csv');
    writeFileSync(file, `\uFEFFobjective;at;value\n${objectiveId};2025-03-03T08:00:00Z;12\n${objectiveId};2025-03-04;45\n`);
    const dryRun = await eyelevel(file, '--dry-run');
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain(`dry run of ${file}: nothing was written\n`);
    expect(dryRun.stdout).toContain('  measurements created: 2\n');
    expect(dryRun.stdout).toContain('+ measurement First response 2025-03-03T08:00:00.000Z (12)\n');

    const real = await eyelevel(file);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain(`imported ${file}\n`);
    expect(real.stdout).toContain('  measurements created: 2\n');

    const again = await eyelevel(file);
    expect(again.stdout).toContain('  measurements created: 0\n  measurements unchanged: 2\nno changes\n');
  }, 120_000);

  it('exits 1 and lists every bad row as "line N: column: problem"', async () => {
    const file = join(dataDirectory, 'bad.csv');
    writeFileSync(file, `objective,at,value\n${objectiveId},2025-03-05,-3\nunknown,2025-03-05,3\n`);
    const result = await eyelevel(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'eyelevel: nothing was imported: 2 problems on 2 lines, the first: line 2: value: must not be negative',
    );
    expect(result.stderr).toContain('  line 3: objective: no SLA objective has the id "unknown"\n');
  }, 120_000);
});
