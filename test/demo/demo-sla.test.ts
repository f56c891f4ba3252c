import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getActionEffect } from '../../src/app/actions/action-effect.js';
import { listActions } from '../../src/app/actions/list-actions.js';
import { systemActor } from '../../src/app/authorize.js';
import { seedDemoCompany } from '../../src/app/demo/seed-demo-company.js';
import { seedDemoSla, type DemoSlaOutcome } from '../../src/app/demo/seed-demo-sla.js';
import { seedDemoWaves } from '../../src/app/demo/seed-demo-waves.js';
import type { AppContext } from '../../src/app/ports.js';
import { createResultsCache, type ResultsCache } from '../../src/app/results/wave-results.js';
import { getCompliance } from '../../src/app/sla/get-compliance.js';
import { getSlaBesidePerception } from '../../src/app/sla/sla-beside-perception.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';

// The demo's SLA story on a real database: weak point → action → SLA → next wave improved,
// and the one relationship where the SLA is met while the customers feel otherwise.
describe('demo SLAs, actions and retrospective', () => {
  let test: TestRuntime;
  let context: AppContext;
  let cache: ResultsCache;
  let outcome: DemoSlaOutcome;
  let idOf: (code: string) => string;

  const relationshipOf = async (providerCode: string, customerCode: string) => {
    const relationships = await context.stores.relationships.listAll();
    const found = relationships.find(
      (relationship) => relationship.providerUnitId === idOf(providerCode) && relationship.customerUnitId === idOf(customerCode),
    );
    if (!found) throw new Error(`no relationship ${providerCode} → ${customerCode}`);
    return found;
  };
  const objectivesOf = async (relationshipId: string) => context.stores.sla.listVersionsByRelationships([relationshipId]);

  beforeAll(async () => {
    test = await createTestRuntime();
    context = test.runtime.context;
    const settings = { publicUrl: test.config.publicUrl, anonymityThreshold: test.config.anonymityThreshold };
    await seedDemoCompany(context);
    await seedDemoWaves(context, settings);
    outcome = await seedDemoSla(context);
    cache = createResultsCache(context, {
      anonymityThreshold: test.config.anonymityThreshold,
      commentThreshold: test.config.commentThreshold,
    });
    const units = await context.stores.units.listAll();
    const ids = new Map(units.map((unit) => [unit.code ?? unit.id, unit.id]));
    idOf = (code) => ids.get(code) ?? code;
  }, 120_000);
  afterAll(() => test.cleanup());

  it('agrees seven objectives with a year of measurements, three actions and one retrospective, once', async () => {
    expect(outcome).toMatchObject({ isSeeded: true, objectives: 7, actions: 3, retrospectives: 1 });
    expect(outcome.measurements).toBeGreaterThan(5 * 52 * 3);
    expect((await seedDemoSla(context)).isSeeded).toBe(false);
    const versions = await context.stores.sla.listVersionsByRelationships();
    expect(versions.every((version) => version.status === 'agreed' && version.agreedBy?.side === 'customer')).toBe(true);
  });

  it("shows Service Desk's and Controlling's compliance improving from missed to met", async () => {
    for (const [provider, customer] of [
      ['SERVICE-DESK', 'INSIDE-SALES'],
      ['SERVICE-DESK', 'DEVELOPMENT'],
      ['CONTROLLING', 'SALES'],
    ] as const) {
      for (const objective of await objectivesOf((await relationshipOf(provider, customer)).id)) {
        const { periods } = await getCompliance(context, systemActor, { objectiveId: objective.objectiveId });
        const ended = periods.filter((period) => !period.isRunning && period.status !== 'no-objective');
        const share = (entries: typeof ended) => entries.filter((period) => period.status === 'met').length / entries.length;
        const quarter = Math.floor(ended.length / 4);
        expect(ended.slice(0, 2).every((period) => period.status === 'missed')).toBe(true);
        expect(share(ended.slice(0, quarter))).toBeLessThan(0.5);
        expect(share(ended.slice(-quarter))).toBe(1);
      }
    }
  });

  it("flags Einkauf & Logistik's hotline: availability met, reachability perceived red", async () => {
    const relationship = await relationshipOf('PROCUREMENT', 'INSIDE-SALES');
    const view = await getSlaBesidePerception(context, cache, { actor: systemActor, relationshipId: relationship.id });
    const flags = view.waves.flatMap((wave) => wave.objectives.map((objective) => objective.comparison.flag));
    expect(flags).toContain('green-sla-red-perception');
    // Service Desk: in the second wave SLA and perception were both red; by the third the SLA is met.
    const serviceDesk = await getSlaBesidePerception(context, cache, {
      actor: systemActor,
      relationshipId: (await relationshipOf('SERVICE-DESK', 'INSIDE-SALES')).id,
    });
    const [third, second] = serviceDesk.waves;
    expect(second?.objectives.map((objective) => objective.comparison.flag)).toEqual(['both-red', 'both-red']);
    expect(third?.objectives.map((objective) => objective.compliance.status)).toEqual(['met', 'met']);
  });

  it('shows the done actions helped in the next wave, and the Einkauf action overdue', async () => {
    const { actions } = await listActions(context, systemActor, {});
    expect(actions.map((action) => [action.dimension, action.status, action.isOverdue]).sort()).toEqual([
      ['reachability', 'open', true],
      ['responsiveness', 'done', false],
      ['transparency', 'done', false],
    ]);
    for (const action of actions.filter((entry) => entry.status === 'done')) {
      const effect = await getActionEffect(context, cache, { actor: systemActor, actionId: action.id });
      expect(effect.comparisonGroup).toBe('other-providers');
      expect(effect.effect.label).toBe('helped');
      expect(effect.effect.difference).toBeGreaterThan(0.4);
    }
  });

  it('holds a completed retrospective of Service Desk and Innendienst on the second wave, linked to its action and SLAs', async () => {
    const relationship = await relationshipOf('SERVICE-DESK', 'INSIDE-SALES');
    const [retrospective] = await context.stores.retrospectives.list({ relationshipIds: [relationship.id] });
    expect(retrospective).toMatchObject({ status: 'completed', actionIds: [expect.any(String)] });
    expect(retrospective?.slaObjectiveIds).toHaveLength(2);
    expect(retrospective?.provider?.notes.whatWeAgree).toMatch(/ticket/i);
    const waves = (await context.stores.waves.listWaves()).sort((a, b) => ((a.opensAt ?? '') < (b.opensAt ?? '') ? -1 : 1));
    expect(retrospective?.waveId).toBe(waves[1]?.id);
  });
});
