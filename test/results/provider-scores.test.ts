import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/domain/org/unit.js';
import type { SurveyWave } from '../respond/fixture.js';
import { createClosedWave, insertRatings } from '../support/closed-wave.js';
import { buildAccount, buildUnit } from '../support/factories.js';
import { createTestServer, type TestServer } from '../support/server.js';

// Per-provider scores (k = 5): Facilities is rated by Sales (6: reliability and overall
// 4,4,4,5,5,2) and Ops (5: 3,3,2,2,2), so both figures are 36 / 11 over n = 11. The Canteen
// has 3 answers only: nothing may be released, and it is not listed.
describe('provider scores API', () => {
  let server: TestServer;
  let wave: SurveyWave;
  let facilities: Unit;
  let canteen: Unit;

  const insertResponses = (providerUnitId: string, customerUnitId: string, values: number[]) =>
    insertRatings(server, wave, {
      providerUnitId,
      customerUnitId,
      values,
      answers: (value) => ({ 'rel-1': value, overall: value, 'importance:reliability': 5 }),
    });

  beforeAll(async () => {
    server = await createTestServer();
    wave = await createClosedWave(server, { providerNames: ['Facilities', 'Canteen'] });
    [facilities, canteen] = wave.providers as [Unit, Unit];
    const sales = await buildUnit(server.context, { name: 'Sales' });
    const ops = await buildUnit(server.context, { name: 'Ops' });
    await insertResponses(facilities.id, sales.id, [4, 4, 4, 5, 5, 2]);
    await insertResponses(facilities.id, ops.id, [3, 3, 2, 2, 2]);
    await insertResponses(canteen.id, sales.id, [5, 5, 5]);
  });
  afterAll(() => server.cleanup());

  it('gives each provider its released overall and dimension means over all customers', async () => {
    const executive = await buildAccount(server.context, { role: 'executive' });
    const client = await server.signIn(executive.email, executive.password);
    const response = await client.get(`/api/results/waves/${wave.waveId}/providers`);
    expect(response.status).toBe(200);
    expect(response.body.k).toBe(5);
    expect(response.body.providers.map((provider: { providerName: string }) => provider.providerName)).toEqual([facilities.name]);
    const [row] = response.body.providers;
    expect(row.providerUnitId).toBe(facilities.id);
    expect(row.overall.n).toBe(11);
    expect(row.overall.mean).toBeCloseTo(36 / 11, 10);
    expect(row.dimensions.reliability.mean).toBeCloseTo(36 / 11, 10);
    expect(row.dimensions.reliability.n).toBe(11);
    expect(row.dimensions.courtesy).toBeNull();
    expect(JSON.stringify(response.body)).not.toContain(canteen.id);
  });

  it("gives a lead the own unit's scores only", async () => {
    const lead = await buildAccount(server.context, { role: 'lead', unitId: canteen.id });
    const client = await server.signIn(lead.email, lead.password);
    const response = await client.get(`/api/results/waves/latest/providers`);
    expect(response.status).toBe(200);
    expect(response.body.providers).toEqual([]);
  });
});
