import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceWaves, type AdvanceReport } from '../../src/app/waves/advance-waves.js';
import { startWaveScheduler } from '../../src/app/waves/schedule-waves.js';
import { createTestServer, type ApiClient, type TestServer } from '../support/server.js';
import { buildSurveyCompany, createWave } from './wave-support.js';

let server: TestServer;
let admin: ApiClient;
const realClock = () => new Date();

beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
  await buildSurveyCompany(server.context, 'Clock');
});
afterAll(async () => {
  server.context.clock = realClock;
  await server?.cleanup();
});

const HOUR = 60 * 60 * 1000;
const settings = () => ({ publicUrl: server.config.publicUrl, anonymityThreshold: server.config.anonymityThreshold });
const setClock = (time: number) => {
  server.context.clock = () => new Date(time);
};
const invitationCount = async (waveId: string) =>
  Number(
    (
      await server.runtime.handle.db
        .selectFrom('invitations')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('wave_id', '=', waveId)
        .executeTakeFirstOrThrow()
    ).count,
  );

describe('scheduled opening and closing', () => {
  it('opens a wave when its time has come, once, and closes it at its close time', async () => {
    const start = Date.now();
    setClock(start);
    const opensAt = new Date(start + HOUR).toISOString();
    const closesAt = new Date(start + 3 * HOUR).toISOString();
    const wave = await createWave(admin, { opensAt, closesAt });

    setClock(start + HOUR - 1000);
    expect(await advanceWaves(server.context, settings())).toEqual({ opened: [], closed: [], failed: [] });
    expect(await invitationCount(wave.id)).toBe(0);

    setClock(start + HOUR + 1000);
    expect(await advanceWaves(server.context, settings())).toEqual({ opened: [wave.id], closed: [], failed: [] });
    expect(await invitationCount(wave.id)).toBe(13);
    const opened = (await admin.get(`/api/waves/${wave.id}`)).body;
    expect(opened).toMatchObject({ status: 'open', opensAt: new Date(start + HOUR + 1000).toISOString(), isAcceptingResponses: true });
    expect(opened.questionnaire.versionStatus).toBe('frozen');
    expect(opened.outbox.pending).toBe(13);

    // A second run finds nothing to do; nobody is invited twice.
    expect(await advanceWaves(server.context, settings())).toEqual({ opened: [], closed: [], failed: [] });
    expect(await invitationCount(wave.id)).toBe(13);

    setClock(start + 3 * HOUR);
    expect(await advanceWaves(server.context, settings())).toEqual({ opened: [], closed: [wave.id], failed: [] });
    expect((await admin.get(`/api/waves/${wave.id}`)).body).toMatchObject({
      status: 'closed',
      closesAt: new Date(start + 3 * HOUR).toISOString(),
    });
  });

  it('reading the waves applies what is due, between timer runs', async () => {
    const start = Date.now();
    setClock(start);
    const wave = await createWave(admin, { opensAt: new Date(start + HOUR).toISOString() });
    setClock(start + 2 * HOUR);
    const list = await admin.get('/api/waves');
    expect(list.body.waves.find((candidate: { id: string }) => candidate.id === wave.id)).toMatchObject({ status: 'open', invited: 13 });
  });

  it('runs from several callers at once open a wave once', async () => {
    const start = Date.now();
    setClock(start);
    const wave = await createWave(admin, { opensAt: new Date(start + HOUR).toISOString() });
    setClock(start + 2 * HOUR);
    const reports = await Promise.all([advanceWaves(server.context, settings()), advanceWaves(server.context, settings())]);
    expect(reports.flatMap((report) => report.opened)).toEqual([wave.id]);
    expect(await invitationCount(wave.id)).toBe(13);
  });

  it('a scheduled opening that cannot happen leaves a draft, reported and marked overdue', async () => {
    const start = Date.now();
    setClock(start);
    const company = await buildSurveyCompany(server.context, 'Empty');
    const wave = await createWave(admin, {
      opensAt: new Date(start + HOUR).toISOString(),
      scope: { providerUnitIds: [company.units.finance.id], customerUnitIds: [company.units.hr.id] },
    });
    setClock(start + 2 * HOUR);
    const report = await advanceWaves(server.context, settings());
    expect(report.failed).toEqual([{ waveId: wave.id, name: wave.name, message: expect.stringMatching(/no relationship/) }]);
    expect((await admin.get(`/api/waves/${wave.id}`)).body).toMatchObject({ status: 'draft', isOpeningOverdue: true });
  });
});

describe('startWaveScheduler', () => {
  it('runs at start and then on its interval, reporting what it did', async () => {
    const start = Date.now();
    setClock(start);
    const wave = await createWave(admin, { opensAt: new Date(start + HOUR).toISOString() });
    const reports: AdvanceReport[] = [];
    const errors: unknown[] = [];
    const scheduler = startWaveScheduler({
      context: server.context,
      settings: settings(),
      intervalMs: 20,
      onReport: (report) => reports.push(report),
      onError: (error) => errors.push(error),
    });
    try {
      setClock(start + 2 * HOUR);
      await expect.poll(() => reports.flatMap((report) => report.opened), { timeout: 10_000 }).toEqual([wave.id]);
    } finally {
      await scheduler.stop();
    }
    expect(errors).toEqual([]);
  });

  it.skipIf(!(process.env.DATABASE_URL?.startsWith('postgres') ?? false))(
    'moves submitted responses out of the inbox on every run (PostgreSQL)',
    async () => {
      const row = {
        wave_id: 'w',
        questionnaire_version_id: 'v',
        provider_unit_id: 'p',
        customer_unit_id: 'c',
        kind: 'perception',
        submitted_on: '2026-01-01',
        answers: '{}',
      };
      const db = server.runtime.handle.db;
      await db
        .insertInto('response_inbox')
        .values({ ...row, id: 'inbox-1' })
        .execute();
      const errors: unknown[] = [];
      const scheduler = startWaveScheduler({
        context: server.context,
        settings: settings(),
        intervalMs: 20,
        onError: (e) => errors.push(e),
      });
      try {
        await expect.poll(async () => (await db.selectFrom('response_inbox').select('id').execute()).length, { timeout: 10_000 }).toBe(0);
        await db
          .insertInto('response_inbox')
          .values({ ...row, id: 'inbox-2' })
          .execute();
        await expect.poll(async () => (await db.selectFrom('response_inbox').select('id').execute()).length, { timeout: 10_000 }).toBe(0);
      } finally {
        await scheduler.stop();
      }
      expect((await db.selectFrom('responses').select('id').where('wave_id', '=', 'w').execute()).length).toBe(2);
      expect(errors).toEqual([]);
    },
  );
});
