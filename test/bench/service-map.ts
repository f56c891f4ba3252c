import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureAdminAccount } from '../../src/app/access/accounts.js';
import { loadConfig } from '../../src/config.js';
import type { Relationship, Service } from '../../src/domain/org/relationship.js';
import type { Unit } from '../../src/domain/org/unit.js';
import { buildServer } from '../../src/http/server.js';
import { startRuntime } from '../../src/wiring.js';
import { report, timeRepeatedly } from './measure.js';

/** The service map API at the large-company scale: 1,000 units, 10,000 relationships. */
export async function benchmarkServiceMap(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'eyelevel-bench-map-'));
  const config = loadConfig({ EYELEVEL_DATA: folder, LOG_LEVEL: 'silent', EYELEVEL_RATE_LIMIT: '1000000' });
  const runtime = await startRuntime(config);
  try {
    const { context } = runtime;
    const units: Unit[] = [{ id: 'u0', name: 'Company', parentId: null, code: null }];
    for (let index = 1; index < 1000; index += 1) {
      units.push({ id: `u${index}`, name: `Unit ${index}`, parentId: index < 20 ? 'u0' : `u${index % 20}`, code: null });
    }
    const services: Service[] = units.map((unit) => ({ id: `s-${unit.id}`, providerUnitId: unit.id, name: 'Service', description: '' }));
    const relationships: Relationship[] = [];
    for (let index = 0; index < 10_000; index += 1) {
      const provider = index % 1000;
      const customer = (provider + 1 + Math.floor(index / 1000) * 37) % 1000;
      relationships.push({
        id: `r${index}`,
        providerUnitId: `u${provider}`,
        customerUnitId: `u${customer}`,
        serviceIds: [`s-u${provider}`],
      });
    }
    await context.transaction(async (stores) => {
      await stores.units.insertMany(units);
      await stores.services.insertMany(services);
      await stores.relationships.insertMany(relationships);
    });
    await ensureAdminAccount(context, { email: 'bench@example.com', password: 'bench-password-123' });
    const app = await buildServer({ context, config });
    const login = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'bench@example.com', password: 'bench-password-123' },
    });
    const cookie = login.cookies.map((entry) => `${entry.name}=${entry.value}`).join('; ');
    let bytes = 0;
    const figures = await timeRepeatedly(30, async () => {
      const response = await app.inject({ method: 'GET', url: '/api/service-map', headers: { cookie } });
      if (response.statusCode !== 200) throw new Error(`service map answered ${response.statusCode}`);
      bytes = response.rawPayload.length;
    });
    report('GET /api/service-map 1k/10k', { p50ms: figures.p50, p95ms: figures.p95, kB: bytes / 1024 });
    await app.close();
  } finally {
    await runtime.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
