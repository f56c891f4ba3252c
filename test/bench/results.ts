import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { ensureAdminAccount } from '../../src/app/access/accounts.js';
import { seededRandom } from '../../src/app/demo/demo-story.js';
import { loadConfig } from '../../src/config.js';
import { buildStandardContent } from '../../src/domain/questionnaire/questionnaire.js';
import { buildServer } from '../../src/http/server.js';
import { startRuntime } from '../../src/wiring.js';
import { report, timeRepeatedly } from './measure.js';

// Results at the large-company scale of SPEC.md: 1,000 units, 10,000 relationships,
// 100,000 people, a closed wave with 60 % participation, 6 providers per respondent and 20
// answers per rating — 360,000 ratings, 7.2 million answers. Budget: heatmap, weak points
// and provider report p95 ≤ 100 ms on SQLite, with or without a filter.

export const LARGE = { units: 1_000, relationships: 10_000, people: 100_000, participation: 0.6, providersPerRespondent: 6 };

export interface LargeWave {
  waveId: string;
  providerUnitIds: string[];
  answers: number;
}

/**
 * Writes the large company and one closed wave with its responses straight into a SQLite
 * file (the responses as the respondent side stores them: random ids, day-only dates).
 */
export async function seedLargeCompany(dataFolder: string): Promise<LargeWave> {
  const config = loadConfig({ EYELEVEL_DATA: dataFolder, LOG_LEVEL: 'silent' });
  const runtime = await startRuntime(config);
  const random = seededRandom(7_200_000);
  const content = buildStandardContent();
  const items = content.items.filter((item) => item.block === 'perception').map((item) => item.key);
  const unitIds = Array.from({ length: LARGE.units }, (_, index) => `unit-${index}`);
  // Each unit is the customer of 10 providers.
  const providersOf = unitIds.map((_, customer) =>
    Array.from({ length: LARGE.relationships / LARGE.units }, (_, step) => unitIds[(customer + 1 + step * 97) % LARGE.units] as string),
  );
  const waveId = randomUUID();
  let answers = 0;
  try {
    await ensureAdminAccount(runtime.context, { email: 'bench@example.com', password: 'bench-password-123' });
    await runtime.close();
    const db = new SqliteDatabase(join(dataFolder, 'eyelevel.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const now = new Date().toISOString();
    db.transaction(() => {
      const unit = db.prepare('INSERT INTO units (id, name, parent_id, code, created_at) VALUES (?, ?, ?, NULL, ?)');
      unitIds.forEach((id, index) => {
        const parent = index === 0 ? null : index < 21 ? 'unit-0' : `unit-${1 + (index % 20)}`;
        unit.run(id, `Unit ${index}`, parent, now);
      });
      const relationship = db.prepare('INSERT INTO relationships (id, provider_unit_id, customer_unit_id, created_at) VALUES (?, ?, ?, ?)');
      providersOf.forEach((providers, customer) => {
        for (const provider of providers) relationship.run(randomUUID(), provider, unitIds[customer], now);
      });
      const versionId = randomUUID();
      const questionnaireId = randomUUID();
      db.prepare('INSERT INTO questionnaires (id, name, created_at) VALUES (?, ?, ?)').run(questionnaireId, 'Standard', now);
      db.prepare(
        "INSERT INTO questionnaire_versions (id, questionnaire_id, number, status, content, created_at) VALUES (?, ?, 1, 'frozen', ?, ?)",
      ).run(versionId, questionnaireId, JSON.stringify(content), now);
      db.prepare(
        "INSERT INTO waves (id, name, questionnaire_version_id, scope, status, opens_at, closes_at, created_at) VALUES (?, 'Large wave', ?, ?, 'closed', ?, ?, ?)",
      ).run(waveId, versionId, JSON.stringify({ providerUnitIds: null, customerUnitIds: null }), now, now, now);
      const response = db.prepare(
        "INSERT INTO responses (id, wave_id, questionnaire_version_id, provider_unit_id, customer_unit_id, kind, submitted_on, answers) VALUES (?, ?, ?, ?, ?, 'perception', '2026-11-01', ?)",
      );
      const respondentsPerUnit = Math.round((LARGE.people / LARGE.units) * LARGE.participation);
      for (let customer = 0; customer < LARGE.units; customer += 1) {
        const providers = providersOf[customer] as string[];
        for (let person = 0; person < respondentsPerUnit; person += 1) {
          const start = Math.floor(random() * providers.length);
          for (let pick = 0; pick < LARGE.providersPerRespondent; pick += 1) {
            const provider = providers[(start + pick) % providers.length] as string;
            const rating: Record<string, number | null> = {};
            const base = 2 + ((customer * 7 + pick) % 3);
            for (const item of items)
              rating[item] = random() < 0.05 ? null : Math.min(5, Math.max(1, base + Math.round(random() * 2 - 0.5)));
            rating.overall = Math.min(5, base + 1);
            rating.nps = Math.min(10, base * 2 + Math.floor(random() * 3));
            response.run(randomUUID(), waveId, versionId, provider, unitIds[customer], JSON.stringify(rating));
            answers += items.length + 2;
          }
        }
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    return { waveId, providerUnitIds: [...new Set(providersOf.flat())], answers };
  } finally {
    await runtime.close().catch(() => undefined);
  }
}

export async function benchmarkResults(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'eyelevel-bench-results-'));
  try {
    let started = performance.now();
    const wave = await seedLargeCompany(folder);
    report('results: seed the large wave', { seconds: (performance.now() - started) / 1000, answers: wave.answers });

    // The naive way: one GROUP BY over the answers for one item per provider and customer.
    const raw = new SqliteDatabase(join(folder, 'eyelevel.db'), { readonly: true });
    const naive = await timeRepeatedly(3, async () =>
      raw
        .prepare(
          `SELECT provider_unit_id, customer_unit_id, avg(json_extract(answers, '$."rel-1"')) AS mean, count(json_extract(answers, '$."rel-1"')) AS n
           FROM responses WHERE wave_id = ? GROUP BY provider_unit_id, customer_unit_id`,
        )
        .all(wave.waveId),
    );
    raw.close();
    report('results: naive GROUP BY, one item', { p50ms: naive.p50, max: naive.max });

    const config = loadConfig({ EYELEVEL_DATA: folder, LOG_LEVEL: 'silent', EYELEVEL_RATE_LIMIT: '100000000' });
    const runtime = await startRuntime(config);
    const app = await buildServer({ context: runtime.context, config });
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: 'bench@example.com', password: 'bench-password-123' },
      });
      const cookie = login.cookies.map((entry) => `${entry.name}=${entry.value}`).join('; ');
      const get = async (url: string) => {
        const response = await app.inject({ method: 'GET', url, headers: { cookie } });
        if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}: ${response.body.slice(0, 200)}`);
        return response.rawPayload.length;
      };
      const base = `/api/results/waves/${wave.waveId}`;
      started = performance.now();
      await get(`${base}/weak-points`);
      report('results: first request (builds aggregates)', { seconds: (performance.now() - started) / 1000 });
      const provider = wave.providerUnitIds[42] as string;
      const cases: [string, string][] = [
        ['provider report', `${base}/providers/${provider}`],
        ['heatmap, first page of all providers', `${base}/heatmap`],
        ['heatmap, one provider', `${base}/heatmap?provider=${provider}`],
        ['weak points', `${base}/weak-points`],
      ];
      for (const [name, url] of cases) {
        let bytes = 0;
        const figures = await timeRepeatedly(30, async () => {
          bytes = await get(url);
        });
        report(`results: ${name}`, {
          p50ms: figures.p50,
          p95ms: figures.p95,
          firstMs: figures.first,
          kB: bytes / 1024,
          ofBudget: `${(figures.p95 / 100).toFixed(2)}×100ms`,
          naiveRatio: `${(naive.p50 / figures.p50).toFixed(0)}× faster than naive`,
        });
      }
    } finally {
      await app.close();
      await runtime.close();
    }
    // The XLSX export in a fresh process, so that its peak memory is the export's alone.
    const exporter = join(import.meta.dirname, 'results-export.ts');
    process.stdout.write(
      execFileSync(process.execPath, ['--import', 'tsx', exporter, '--wave', wave.waveId, '--data', folder], {
        env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent' },
        encoding: 'utf8',
      }),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
