import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/domain/org/unit.js';
import type { SurveyWave } from '../respond/fixture.js';
import { createClosedWave, insertRatings } from '../support/closed-wave.js';
import { buildAccount, buildUnit } from '../support/factories.js';
import { createTestServer, type ApiClient, type Body, type TestServer } from '../support/server.js';

// Group rows of the heatmap when the release plan merges other units per dimension (k = 5).
// Facilities is rated by three units under Ops, which has no respondents of its own:
//   North (2): reliability 3, reachability 3;
//   South (3): reliability 2, reachability 4;
//   East (5): reliability 5; reachability 1 by two of them, "can't judge" by three.
// Reliability: East (5) has a cell of its own; North and South (2 + 3) are one group under Ops,
//   n = 5, mean (6 + 6) / 5 = 12 / 5.
// Reachability: East has 2 answers only, so all three (2 + 3 + 2) are one group under Ops,
//   n = 7, mean (6 + 12 + 2) / 7 = 20 / 7; East's own cell is hidden.
// So two group rows are labelled Ops, one of two units and one of three, each with one cell.

describe('heatmap groups that differ per dimension', () => {
  let server: TestServer;
  let admin: ApiClient;
  let wave: SurveyWave;
  let provider: Unit;
  let ops: Unit;
  let north: Unit;
  let east: Unit;

  const heatmapRows = async (client: ApiClient, query = ''): Promise<Body[]> =>
    (await client.get(`/api/results/waves/${wave.waveId}/heatmap${query}`)).body.rows.filter(
      (row: { providerUnitId: string }) => row.providerUnitId === provider.id,
    );
  const summary = (row: Body) => ({ name: row.group.name, unitCount: row.group.unitCount, isMerged: row.group.isMerged });

  beforeAll(async () => {
    server = await createTestServer();
    admin = await server.signInAsAdmin();
    wave = await createClosedWave(server, { providerNames: ['Facilities'] });
    provider = wave.providers[0] as Unit;
    ops = await buildUnit(server.context, { name: 'Ops' });
    north = await buildUnit(server.context, { name: 'North', parentId: ops.id });
    const south = await buildUnit(server.context, { name: 'South', parentId: ops.id });
    east = await buildUnit(server.context, { name: 'East', parentId: ops.id });
    const rate = (customerUnitId: string, values: number[], answers: (value: number) => Record<string, number | null>) =>
      insertRatings(server, wave, { providerUnitId: provider.id, customerUnitId, values, answers });
    await rate(north.id, [3, 3], (value) => ({ 'rel-1': value, 'rea-1': 3 }));
    await rate(south.id, [2, 2, 2], (value) => ({ 'rel-1': value, 'rea-1': 4 }));
    await rate(east.id, [1, 1], (value) => ({ 'rel-1': 5, 'rea-1': value }));
    await rate(east.id, [5, 5, 5], (value) => ({ 'rel-1': value, 'rea-1': null }));
  });
  afterAll(() => server.cleanup());

  it('gives each set of merged units a row of its own, with the cells of the dimensions where it is a group', async () => {
    const rows = await heatmapRows(admin);
    expect(rows.map(summary)).toEqual([
      { name: 'East', unitCount: 1, isMerged: false },
      { name: 'North', unitCount: 1, isMerged: false },
      { name: 'South', unitCount: 1, isMerged: false },
      { name: 'Ops (2 units together)', unitCount: 2, isMerged: true },
      { name: 'Ops (3 units together)', unitCount: 3, isMerged: true },
    ]);
    const [eastRow, northRow, southRow, pair, trio] = rows;
    expect(eastRow.cells.reliability).toEqual({ mean: 5, n: 5 });
    expect(eastRow.cells.reachability).toEqual({ hidden: true });
    for (const row of [northRow, southRow]) {
      expect(row.cells.reliability).toEqual({ hidden: true });
      expect(row.cells.reachability).toEqual({ hidden: true });
    }
    expect(pair.group.labelUnitId).toBe(ops.id);
    expect(pair.cells.reliability.n).toBe(5);
    expect(pair.cells.reliability.mean).toBeCloseTo(12 / 5, 10);
    expect(pair.cells.reachability).toBeNull();
    expect(trio.group.labelUnitId).toBe(ops.id);
    expect(trio.cells.reliability).toBeNull();
    expect(trio.cells.reachability.n).toBe(7);
    expect(trio.cells.reachability.mean).toBeCloseTo(20 / 7, 10);
    expect(trio.cells.courtesy).toBeNull();
  });

  it("shows East's lead the group East is part of in one dimension only, and not the other", async () => {
    const lead = await buildAccount(server.context, { role: 'lead', unitId: east.id });
    const rows = await heatmapRows(await server.signIn(lead.email, lead.password));
    expect(rows.map(summary)).toEqual([
      { name: 'East', unitCount: 1, isMerged: false },
      { name: 'Ops (3 units together)', unitCount: 3, isMerged: true },
    ]);
    expect(rows[1].cells.reachability.n).toBe(7);
  });

  it("shows North's lead both groups, and the filter on Ops finds both", async () => {
    const lead = await buildAccount(server.context, { role: 'lead', unitId: north.id });
    const rows = await heatmapRows(await server.signIn(lead.email, lead.password));
    expect(rows.map((row) => row.group.name)).toEqual(['North', 'Ops (2 units together)', 'Ops (3 units together)']);
    const forOps = await heatmapRows(admin, `?customer=${ops.id}`);
    expect(forOps.map((row) => row.group.unitCount)).toEqual([2, 3]);
  });
});
