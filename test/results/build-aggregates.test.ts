import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildWaveAggregates } from '../../src/app/results/wave-results.js';
import type { StoredWave } from '../../src/app/waves/ports.js';
import { createClosedWave, insertResponses } from '../support/closed-wave.js';
import { createTestServer, type TestServer } from '../support/server.js';

// A large wave's build gives other requests turns of the event loop; a request that asks for
// the same wave's build meanwhile must share it, not start a second one beside it.
describe("building a closed wave's aggregates", () => {
  let server: TestServer;
  let wave: StoredWave;

  beforeAll(async () => {
    server = await createTestServer();
    const closed = await createClosedWave(server, { providerNames: ['Canteen', 'Print shop'] });
    for (const provider of closed.providers) {
      await insertResponses(server, closed, [
        { providerUnitId: provider.id, customerUnitId: closed.customerUnit.id, answers: { 'rel-1': 4 } },
        { providerUnitId: provider.id, customerUnitId: closed.customerUnit.id, answers: { 'rel-1': 2, 'cou-1': 5 } },
      ]);
    }
    wave = (await server.context.stores.waves.findWave(closed.waveId))!;
  });
  afterAll(() => server.cleanup());

  it('shares a build in flight with a second caller, and builds anew once it is done', async () => {
    const reads = vi.spyOn(server.context.stores.results, 'listRatedUnits');
    try {
      const [first, second] = await Promise.all([buildWaveAggregates(server.context, wave), buildWaveAggregates(server.context, wave)]);
      expect(first).toEqual({ cells: 4, responses: 4 });
      expect(second).toBe(first);
      expect(reads).toHaveBeenCalledTimes(1);
      expect(await buildWaveAggregates(server.context, wave)).toEqual({ cells: 4, responses: 4 });
      expect(reads).toHaveBeenCalledTimes(2);
    } finally {
      reads.mockRestore();
    }
    expect(await server.context.stores.results.findBuild(wave.id)).toMatchObject({ responses: 4 });
  });
});
