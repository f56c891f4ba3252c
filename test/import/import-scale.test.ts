import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/app/authorize.js';
import { importPeople } from '../../src/app/import/import-people.js';
import type { AppContext } from '../../src/app/ports.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';

// Time limits belong to the benchmarks; this only shows that the scale works, and prints the time.
const PEOPLE = 100_000;
const TIMEOUT = 600_000;

let database: TestRuntime;
let context: AppContext;
beforeAll(async () => {
  database = await createTestRuntime();
  context = database.runtime.context;
});
afterAll(async () => {
  await database?.cleanup();
});

/** A large company: 10 divisions of 100 teams, 100 people each; every 10th person a lead. */
function generateExport(nameOf: (index: number) => string): string {
  const lines = ['email;name;unit;locale;lead'];
  for (let index = 0; index < PEOPLE; index += 1) {
    const unit = `Großkonzern AG/Bereich ${index % 10}/Team ${Math.floor(index / 10) % 100}`;
    lines.push(`person.${index}@example.com;${nameOf(index)};${unit};${index % 3 === 0 ? 'en' : 'de'};${index % 10 === 0 ? 'ja' : ''}`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label} (${database.config.database.kind}): ${Math.round(performance.now() - started)} ms`);
  return result;
}

describe(`importing ${PEOPLE.toLocaleString('en')} people`, () => {
  it(
    'creates all of them with their 1,011 units, then finds nothing to change in the same file',
    async () => {
      const csv = generateExport((index) => `Mitarbeiterin Nummer ${index} Müller`);
      let lastProgress: [number, number] = [0, 0];
      const report = await timed('import of 100,000 new people', () =>
        importPeople(context, systemActor, { csv, dryRun: false, onProgress: (done, total) => (lastProgress = [done, total]) }),
      );
      expect(report.summary).toEqual({ unitsCreated: 1011, peopleCreated: PEOPLE, peopleUpdated: 0, peopleUnchanged: 0, notInFile: 0 });
      expect(report.changes).toHaveLength(1000);
      expect(report.changesTruncated).toBe(true);
      expect(lastProgress).toEqual([PEOPLE + 1011, PEOPLE + 1011]);
      expect(await context.stores.people.count()).toBe(PEOPLE);
      const stored = await context.stores.people.findByEmail('person.99990@example.com');
      expect(stored).toMatchObject({ name: 'Mitarbeiterin Nummer 99990 Müller', locale: 'en', isLead: true });

      const again = await timed('re-import of the same 100,000 people', () => importPeople(context, systemActor, { csv, dryRun: false }));
      expect(again.summary).toMatchObject({ peopleCreated: 0, peopleUpdated: 0, peopleUnchanged: PEOPLE });
      expect(again.changes).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'updates 10,000 changed names among them',
    async () => {
      const csv = generateExport((index) => (index % 10 === 5 ? `Umbenannt ${index}` : `Mitarbeiterin Nummer ${index} Müller`));
      const report = await timed('import of 100,000 people, 10,000 of them renamed', () =>
        importPeople(context, systemActor, { csv, dryRun: false }),
      );
      expect(report.summary).toMatchObject({ peopleUpdated: 10_000, peopleUnchanged: 90_000 });
      expect(await context.stores.people.findByEmail('person.15@example.com')).toMatchObject({ name: 'Umbenannt 15' });
    },
    TIMEOUT,
  );
});
