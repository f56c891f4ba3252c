import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCompany } from '../../src/app/demo/seed-demo-company.js';
import { seedDemoWaves } from '../../src/app/demo/seed-demo-waves.js';
import { createResultsCache, loadWaveResultsBySubject, type WaveResults } from '../../src/app/results/wave-results.js';
import { dimensionsOf } from '../../src/domain/questionnaire/questionnaire.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';

// Exports read a wave one provider at a time (only the release plan stays in memory); their
// figures must be exactly those of the results the server keeps whole.
describe('results read one subject at a time', () => {
  let test: TestRuntime;
  let full: WaveResults;
  let bySubject: WaveResults;

  beforeAll(async () => {
    test = await createTestRuntime();
    const { context } = test.runtime;
    await seedDemoCompany(context);
    await seedDemoWaves(context, { publicUrl: test.config.publicUrl, anonymityThreshold: test.config.anonymityThreshold });
    const wave = (await context.stores.waves.listWaves()).find((candidate) => candidate.status === 'closed');
    if (!wave) throw new Error('the demo has no closed wave');
    const settings = { anonymityThreshold: 5, commentThreshold: 10 };
    full = await createResultsCache(context, settings).load(wave);
    bySubject = await loadWaveResultsBySubject(context, wave, settings);
  });
  afterAll(() => test.cleanup());

  it('gives every provider the same figures and heatmap cells as the whole results', async () => {
    const measures = [...dimensionsOf(full.content), 'overall', 'nps'];
    const providers = new Set(full.plan.release({ kind: 'perception', measure: 'overall' }).groups.map((group) => group.subjectUnitId));
    expect(providers.size).toBeGreaterThan(5);
    for (const providerUnitId of providers) {
      await bySubject.focus(providerUnitId);
      for (const measure of measures) {
        const query = { kind: 'perception' as const, measure, subjectUnitIds: [providerUnitId] };
        expect(bySubject.figure(query)).toEqual(full.figure(query));
        for (const block of full.plan.blocks({ subjectUnitId: providerUnitId, kind: 'perception', measure })) {
          expect(bySubject.blockAggregate(providerUnitId, 'perception', measure, block)).toEqual(
            full.blockAggregate(providerUnitId, 'perception', measure, block),
          );
        }
      }
    }
  });

  it('refuses a figure of a subject that is not loaded, rather than answering with nothing', async () => {
    const [first, second] = [
      ...new Set(full.plan.release({ kind: 'perception', measure: 'overall' }).groups.map((group) => group.subjectUnitId)),
    ];
    await bySubject.focus(first as string);
    expect(() => bySubject.figure({ kind: 'perception', measure: 'overall', subjectUnitIds: [second as string] })).toThrow(/not loaded/);
  });
});
