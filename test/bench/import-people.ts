import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemActor } from '../../src/app/authorize.js';
import { importPeople } from '../../src/app/import/import-people.js';
import { loadConfig } from '../../src/config.js';
import { startRuntime } from '../../src/wiring.js';
import { report } from './measure.js';

const PEOPLE = 100_000;

/** An HR export of a large company: 10 divisions of 100 teams, 100 people each. */
function generateExport(nameOf: (index: number) => string): string {
  const lines = ['email;name;unit;locale;lead'];
  for (let index = 0; index < PEOPLE; index += 1) {
    const unit = `Großkonzern AG/Bereich ${index % 10}/Team ${Math.floor(index / 10) % 100}`;
    lines.push(`person.${index}@example.com;${nameOf(index)};${unit};${index % 3 === 0 ? 'en' : 'de'};${index % 10 === 0 ? 'ja' : ''}`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Import of a 100,000-person CSV into SQLite (or DATABASE_URL): first import, the same file again, 10 % renamed. */
export async function benchmarkImportPeople(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'eyelevel-bench-import-'));
  const runtime = await startRuntime(loadConfig({ ...process.env, EYELEVEL_DATA: folder, LOG_LEVEL: 'silent' }));
  try {
    const { context } = runtime;
    const original = generateExport((index) => `Person ${index} Müller`);
    const renamed = generateExport((index) => (index % 10 === 0 ? `Person ${index} Schmidt` : `Person ${index} Müller`));
    const run = async (label: string, csv: string) => {
      const start = performance.now();
      const result = await importPeople(context, systemActor, { csv, dryRun: false });
      report(label, { ms: performance.now() - start, ...result.summary });
    };
    await run(`import 100k people (${runtime.handle.dialect})`, original);
    await run('import the same file again', original);
    await run('import with 10k renamed', renamed);
  } finally {
    await runtime.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
