import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/app/authorize.js';
import { storyComments } from '../../src/app/demo/demo-comments.js';
import { issueDemoRespondentLinks } from '../../src/app/demo/demo-links.js';
import { demoWaveName, demoWaveSchedule, type DemoWaveDate } from '../../src/app/demo/demo-story.js';
import { seedDemoCompany } from '../../src/app/demo/seed-demo-company.js';
import { DEMO_WAVE_DAYS, seedDemoWaves, type DemoWavesOutcome } from '../../src/app/demo/seed-demo-waves.js';
import type { AppContext } from '../../src/app/ports.js';
import { isUsable } from '../../src/app/respond/open-invitation.js';
import { hashToken } from '../../src/app/tokens.js';
import { getResponseRates } from '../../src/app/waves/get-response-rates.js';
import { listOutbox } from '../../src/app/waves/list-outbox.js';
import { listWaves } from '../../src/app/waves/list-waves.js';
import type { SurveySettings } from '../../src/app/waves/settings.js';
import type { WaveView } from '../../src/app/waves/wave-views.js';
import type { Answers, Rating } from '../../src/domain/respond/answers.js';
import { checkRatings } from '../../src/domain/respond/check-ratings.js';
import type { SurveyFrame } from '../../src/domain/respond/survey-frame.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';

// The demo's survey history on a real database (SQLite, or PostgreSQL with DATABASE_URL):
// what is stored, that it passes the respondent side's rules, the story it tells, and the
// links `eyelevel demo` prints.

const DAY_MS = 86_400_000;

interface StoredRow {
  waveId: string;
  providerUnitId: string;
  customerUnitId: string;
  kind: Rating['kind'];
  submittedOn: string;
  answers: Answers;
}

interface Seeded {
  test: TestRuntime;
  context: AppContext;
  settings: SurveySettings;
  outcome: DemoWavesOutcome;
  /** Unit code (`SERVICE-DESK`) by unit id, and back. */
  codeOf: (unitId: string) => string;
  idOf: (code: string) => string;
}

async function seedDemo(): Promise<Seeded> {
  const test = await createTestRuntime();
  const context = test.runtime.context;
  const settings = { publicUrl: test.config.publicUrl, anonymityThreshold: test.config.anonymityThreshold };
  await seedDemoCompany(context);
  const outcome = await seedDemoWaves(context, settings);
  const units = await context.stores.units.listAll();
  const codes = new Map(units.map((unit) => [unit.id, unit.code ?? unit.id]));
  const ids = new Map(units.map((unit) => [unit.code ?? unit.id, unit.id]));
  return {
    test,
    context,
    settings,
    outcome,
    codeOf: (id) => codes.get(id) ?? id,
    idOf: (code) => ids.get(code) ?? code,
  };
}

async function storedResponses(seeded: Seeded): Promise<StoredRow[]> {
  const rows = await seeded.test.runtime.handle.db.selectFrom('responses').selectAll().execute();
  return rows.map((row) => ({
    waveId: row.wave_id,
    providerUnitId: row.provider_unit_id,
    customerUnitId: row.customer_unit_id,
    kind: row.kind as Rating['kind'],
    submittedOn: row.submitted_on,
    answers: JSON.parse(row.answers) as Answers,
  }));
}

async function storedComments(seeded: Seeded) {
  return seeded.test.runtime.handle.db.selectFrom('comments').selectAll().execute();
}

async function countRows(seeded: Seeded, table: 'responses' | 'comments' | 'invitations' | 'invitation_tokens' | 'outbox' | 'waves') {
  const row = await seeded.test.runtime.handle.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The mean of the items with `prefix` in the perception responses of one provider in one wave. */
function itemMean(rows: readonly StoredRow[], waveId: string, providerUnitId: string, prefix: string): number {
  const values = rows
    .filter((row) => row.waveId === waveId && row.kind === 'perception' && row.providerUnitId === providerUnitId)
    .flatMap((row) => Object.entries(row.answers).filter(([key, value]) => key.startsWith(prefix) && typeof value === 'number'))
    .map(([, value]) => value as number);
  return mean(values);
}

let seeded: Seeded;
/** The demo's waves by the clock the seeding used: their names follow the dates. */
let schedule: { past: DemoWaveDate[]; open: DemoWaveDate };
let waves: WaveView[];
/** The past waves oldest first, then the open wave: the story's wave index. */
let byIndex: WaveView[];
let rows: StoredRow[];

beforeAll(async () => {
  seeded = await seedDemo();
  schedule = demoWaveSchedule(seeded.context.clock());
  waves = await listWaves(seeded.context, systemActor);
  byIndex = [...schedule.past.map((wave) => wave.name), schedule.open.name].map(
    (name) => waves.find((wave) => wave.name === name) as WaveView,
  );
  rows = await storedResponses(seeded);
});
afterAll(async () => {
  await seeded?.test.cleanup();
});

describe('the demo waves', () => {
  it('are three closed waves and one open wave over every relationship, with the frozen standard questionnaire', () => {
    const [first, second, third] = schedule.past as [DemoWaveDate, DemoWaveDate, DemoWaveDate];
    expect(seeded.outcome).toMatchObject({ isSeeded: true, pastWaves: 3, openWave: { name: schedule.open.name } });
    // Newest first, as the wave list shows them.
    expect(waves.map((wave) => [wave.name, wave.status])).toEqual([
      [schedule.open.name, 'open'],
      [third.name, 'closed'],
      [second.name, 'closed'],
      [first.name, 'closed'],
    ]);
    // Each name is the half-year the wave opened in.
    for (const wave of waves) expect(wave.name).toBe(demoWaveName(new Date(wave.opensAt ?? '')));
    const now = Date.now();
    for (const [index, past] of schedule.past.entries()) {
      const wave = byIndex[index] as WaveView;
      const opensAt = Date.parse(wave.opensAt ?? '');
      expect(wave.opensAt?.slice(0, 10)).toBe(new Date(now - past.daysAgo * DAY_MS).toISOString().slice(0, 10));
      expect(Date.parse(wave.closesAt ?? '') - opensAt).toBe(DEMO_WAVE_DAYS * DAY_MS);
    }
    const open = byIndex[3] as WaveView;
    expect(Date.parse(open.opensAt ?? '')).toBeLessThan(now);
    expect(Date.parse(open.closesAt ?? '')).toBeGreaterThan(now);
    for (const wave of waves) {
      expect(wave.scope).toEqual({ providerUnitIds: null, customerUnitIds: null });
      expect(wave.questionnaire).toMatchObject({ id: 'standard', versionNumber: 1, versionStatus: 'frozen' });
      expect(wave.invited).toBe(seeded.outcome.openWave?.invited);
    }
    // Everyone in a customer unit: the demo company's 300 people but the 3 of Finanzen (nobody's customer).
    expect(seeded.outcome.openWave?.invited).toBe(297);
  });

  it('store responses only for submitted invitations: one per provider of the unit for each, 65–80 % in past waves, ~30 % in the open one', async () => {
    for (const [index, wave] of byIndex.entries()) {
      const pairs = await seeded.context.stores.waves.listWaveRelationships(wave.id);
      const counts = await seeded.context.stores.waves.countInvitationsByUnit(wave.id);
      const inWave = rows.filter((row) => row.waveId === wave.id);
      let invited = 0;
      let submitted = 0;
      for (const count of counts) {
        invited += count.invited;
        submitted += count.submitted;
        const providers = pairs.filter((pair) => pair.customerUnitId === count.unitId).length;
        const customers = pairs.filter((pair) => pair.providerUnitId === count.unitId).length;
        const asCustomer = inWave.filter(
          (row) => (row.kind === 'perception' || row.kind === 'no-contact') && row.customerUnitId === count.unitId,
        );
        expect(asCustomer.length, seeded.codeOf(count.unitId)).toBe(count.submitted * providers);
        const selves = inWave.filter((row) => row.kind === 'self' && row.providerUnitId === count.unitId).length;
        expect(selves).toBeLessThanOrEqual(count.submitted);
        const reverse = inWave.filter((row) => row.kind === 'reverse' && row.providerUnitId === count.unitId).length;
        expect(reverse).toBeLessThanOrEqual(count.submitted * Math.min(3, customers));
        if (customers > 0 && count.submitted > 2) expect(selves + reverse, seeded.codeOf(count.unitId)).toBeGreaterThan(0);
        if (count.invited >= 10) {
          const [low, high] = index < 3 ? [0.6, 0.85] : [0.2, 0.4];
          expect(count.submitted / count.invited, seeded.codeOf(count.unitId)).toBeGreaterThanOrEqual(low);
          expect(count.submitted / count.invited, seeded.codeOf(count.unitId)).toBeLessThanOrEqual(high);
        }
      }
      const [low, high] = index < 3 ? [0.65, 0.8] : [0.25, 0.35];
      expect(submitted / invited).toBeGreaterThanOrEqual(low);
      expect(submitted / invited).toBeLessThanOrEqual(high);
      // Every row lies in the wave and refers to a relationship of the wave.
      const known = new Set(pairs.map((pair) => `${pair.providerUnitId}>${pair.customerUnitId}`));
      const opensOn = (wave.opensAt ?? '').slice(0, 10);
      const lastDay = index < 3 ? (wave.closesAt ?? '').slice(0, 10) : new Date().toISOString().slice(0, 10);
      for (const row of inWave) {
        expect(row.submittedOn >= opensOn && row.submittedOn <= lastDay, row.submittedOn).toBe(true);
        if (row.kind !== 'self') expect(known.has(`${row.providerUnitId}>${row.customerUnitId}`)).toBe(true);
      }
      expect((await seeded.context.stores.waves.listUnsubmittedInvitations(wave.id)).length).toBe(invited - submitted);
    }
    expect(seeded.outcome.responses).toBe(rows.length);
  });

  it('have realistic gaps: some "no contact", some "can\'t judge", some questions skipped', () => {
    const perceptions = rows.filter((row) => row.kind === 'perception' || row.kind === 'no-contact');
    const noContact = perceptions.filter((row) => row.kind === 'no-contact');
    expect(noContact.length / perceptions.length).toBeGreaterThan(0.05);
    expect(noContact.length / perceptions.length).toBeLessThan(0.11);
    expect(noContact.every((row) => Object.keys(row.answers).length === 0)).toBe(true);
    const answered = perceptions.filter((row) => row.kind === 'perception');
    expect(answered.some((row) => Object.values(row.answers).includes(null))).toBe(true);
    expect(answered.some((row) => !('rel-1' in row.answers))).toBe(true);
  });

  it("pass the respondent side's checks, response by response", async () => {
    const version = await seeded.context.stores.waves.findVersion(byIndex[0]?.questionnaireVersionId ?? '');
    const content = version?.content;
    if (!content) throw new Error('the standard questionnaire is missing');
    const pairsByWave = new Map(
      await Promise.all(byIndex.map(async (wave) => [wave.id, await seeded.context.stores.waves.listWaveRelationships(wave.id)] as const)),
    );
    const kinds = new Set<string>();
    for (const row of rows) {
      kinds.add(row.kind);
      const pairs = pairsByWave.get(row.waveId) ?? [];
      const ownUnitId = row.kind === 'perception' || row.kind === 'no-contact' ? row.customerUnitId : row.providerUnitId;
      const frame: SurveyFrame = {
        waveId: row.waveId,
        questionnaireVersionId: version.id,
        content,
        ownUnitId,
        providerUnitIds: pairs.filter((pair) => pair.customerUnitId === ownUnitId).map((pair) => pair.providerUnitId),
        customerUnitIds: pairs.filter((pair) => pair.providerUnitId === ownUnitId).map((pair) => pair.customerUnitId),
      };
      const rating: Rating =
        row.kind === 'perception'
          ? { kind: 'perception', providerUnitId: row.providerUnitId, answers: row.answers }
          : row.kind === 'no-contact'
            ? { kind: 'no-contact', providerUnitId: row.providerUnitId }
            : row.kind === 'reverse'
              ? { kind: 'reverse', customerUnitId: row.customerUnitId, answers: row.answers }
              : { kind: 'self', answers: row.answers };
      expect(checkRatings([rating], frame, new Set()), JSON.stringify(row)).toEqual([]);
      if (row.kind === 'self') {
        expect(row.customerUnitId).toBe(row.providerUnitId);
        expect(Object.keys(row.answers).every((key) => key.startsWith('self:'))).toBe(true);
      }
    }
    expect([...kinds].sort()).toEqual(['no-contact', 'perception', 'reverse', 'self']);
  });

  it('tell the story: Service Desk and Controlling improve after wave 1, Einkauf gets harder to reach', () => {
    const serviceDesk = seeded.idOf('SERVICE-DESK');
    const controlling = seeded.idOf('CONTROLLING');
    const procurement = seeded.idOf('PROCUREMENT');
    const [responsiveness, transparency, reachability] = [
      byIndex.map((wave) => itemMean(rows, wave.id, serviceDesk, 'spd-')),
      byIndex.map((wave) => itemMean(rows, wave.id, controlling, 'trn-')),
      byIndex.map((wave) => itemMean(rows, wave.id, procurement, 'rea-')),
    ] as [number[], number[], number[]];
    for (const index of [1, 2]) {
      expect(responsiveness[index]).toBeGreaterThan((responsiveness[index - 1] as number) + 0.3);
      expect(transparency[index]).toBeGreaterThan((transparency[index - 1] as number) + 0.3);
      expect(reachability[index]).toBeLessThan((reachability[index - 1] as number) - 0.3);
    }
    // The open wave carries the story on.
    expect(responsiveness[3]).toBeGreaterThan((responsiveness[1] as number) + 0.3);
    expect(transparency[3]).toBeGreaterThan((transparency[1] as number) + 0.3);
    expect(reachability[3]).toBeLessThan((reachability[1] as number) - 0.3);
    // The weak points start well below the same units' other dimensions.
    expect(responsiveness[0]).toBeLessThan(itemMean(rows, byIndex[0]?.id ?? '', serviceDesk, 'cou-') - 0.8);
  });

  it('have comments in German and English that follow the story, at least 10 per story unit and past wave', async () => {
    const comments = await storedComments(seeded);
    expect(comments.length).toBe(seeded.outcome.comments);
    const languageOf = new Map<string, 'de' | 'en'>();
    const toneOf = new Map<string, 'good' | 'bad'>();
    for (const pool of Object.values(storyComments)) {
      for (const comment of pool) {
        languageOf.set(comment.de, 'de').set(comment.en, 'en');
        toneOf.set(comment.de, comment.tone).set(comment.en, comment.tone);
      }
    }
    const about = (code: string, waveIndex: number) =>
      comments.filter((comment) => comment.wave_id === byIndex[waveIndex]?.id && comment.provider_unit_id === seeded.idOf(code));
    const share = (code: string, waveIndex: number, tone: 'good' | 'bad') => {
      const texts = about(code, waveIndex);
      return texts.filter((comment) => toneOf.get(comment.text) === tone).length / texts.length;
    };
    for (const code of ['SERVICE-DESK', 'CONTROLLING', 'PROCUREMENT']) {
      for (const waveIndex of [0, 1, 2]) {
        const texts = about(code, waveIndex);
        expect(texts.length, `${code} in wave ${waveIndex}`).toBeGreaterThanOrEqual(10);
        expect(texts.every((comment) => toneOf.has(comment.text))).toBe(true);
        expect(new Set(texts.map((comment) => languageOf.get(comment.text)))).toEqual(new Set(['de', 'en']));
      }
    }
    expect(share('SERVICE-DESK', 0, 'bad')).toBeGreaterThan(0.6);
    expect(share('SERVICE-DESK', 2, 'good')).toBeGreaterThan(0.6);
    expect(share('CONTROLLING', 0, 'bad')).toBeGreaterThan(0.6);
    expect(share('CONTROLLING', 2, 'good')).toBeGreaterThan(0.6);
    expect(share('PROCUREMENT', 0, 'good')).toBeGreaterThan(0.6);
    expect(share('PROCUREMENT', 2, 'bad')).toBeGreaterThan(0.6);
    expect(comments.every((comment) => ['keep', 'start', 'stop'].includes(comment.topic))).toBe(true);
  });

  it('show response rates for every unit of at least k invitees, the small parent units merged', async () => {
    const rates = await getResponseRates(seeded.context, systemActor, byIndex[0]?.id ?? '', seeded.settings.anonymityThreshold);
    expect(rates.units.length).toBe(10);
    expect(rates.units.every((unit) => unit.invited >= 5 && unit.submitted <= unit.invited)).toBe(true);
    // Muster AG (4), IT (3) and Sales (4) are each below k = 5, together 11.
    expect(rates.otherUnits).toMatchObject({ unitCount: 3, invited: 11 });
    expect(rates.hiddenUnitCount).toBe(0);
    expect(rates.total.invited).toBe(297);
  });

  it("leave the open wave's invitation mails in the outbox (shown without SMTP) and none of the past waves", async () => {
    for (const past of byIndex.slice(0, 3)) {
      expect(await seeded.context.stores.outbox.countByStatus(past.id)).toEqual({ pending: 0, sent: 0, failed: 0 });
    }
    expect(await seeded.context.stores.outbox.countByStatus(byIndex[3]?.id)).toEqual({ pending: 297, sent: 0, failed: 0 });
    const page = await listOutbox(seeded.context, systemActor, { page: 1, pageSize: 5, isSmtpConfigured: false });
    expect(page.total).toBe(297);
    expect(page.items.every((item) => item.kind === 'invitation' && item.bodyText?.includes(`${seeded.settings.publicUrl}/r/`))).toBe(true);
  });

  it('give `eyelevel demo` two fresh links per run, German and English, to people who have not answered; each opens the survey', async () => {
    const first = await issueDemoRespondentLinks(seeded.context, seeded.settings);
    const second = await issueDemoRespondentLinks(seeded.context, seeded.settings);
    expect(first.wave?.name).toBe(schedule.open.name);
    expect(first.links.map((link) => link.locale)).toEqual(['de', 'en']);
    expect(second.links.map((link) => link.email)).toEqual(first.links.map((link) => link.email));
    const now = seeded.context.clock();
    for (const [index, link] of [...first.links, ...second.links].entries()) {
      expect(link.link.startsWith(`${seeded.settings.publicUrl}/r/`)).toBe(true);
      if (index >= 2) expect(link.link).not.toBe(first.links[index - 2]?.link);
      const token = link.link.slice(`${seeded.settings.publicUrl}/r/`.length);
      const access = await seeded.context.stores.responding.findByTokenHash(hashToken(token));
      expect(access, link.link).toBeDefined();
      if (!access) continue;
      expect(access).toMatchObject({ isSubmitted: false, locale: link.locale, wave: { name: schedule.open.name } });
      expect(isUsable(access, now)).toBe(true);
      const person = await seeded.context.stores.people.findByEmail(link.email);
      expect(person?.unitId).toBe(access.unitId);
    }
  });

  it('are seeded once: a second seeding stores nothing', async () => {
    const tables = ['waves', 'invitations', 'responses', 'comments', 'outbox', 'invitation_tokens'] as const;
    const before = await Promise.all(tables.map((table) => countRows(seeded, table)));
    const again = await seedDemoWaves(seeded.context, seeded.settings);
    expect(again.isSeeded).toBe(false);
    expect(await Promise.all(tables.map((table) => countRows(seeded, table)))).toEqual(before);
  });

  it('are the same on another database: the answers and comments are deterministic', async () => {
    const other = await seedDemo();
    try {
      const fingerprint = async (run: Seeded) => {
        const waveNames = new Map((await listWaves(run.context, systemActor)).map((wave) => [wave.id, wave.name]));
        const sorted = (answers: Answers) => JSON.stringify(Object.entries(answers).sort(([left], [right]) => (left < right ? -1 : 1)));
        const responses = (await storedResponses(run)).map(
          (row) =>
            `${waveNames.get(row.waveId)} ${run.codeOf(row.providerUnitId)}>${run.codeOf(row.customerUnitId)} ${row.kind} ${sorted(row.answers)}`,
        );
        const comments = (await storedComments(run)).map(
          (row) =>
            `${waveNames.get(row.wave_id)} ${run.codeOf(row.provider_unit_id)}>${run.codeOf(row.customer_unit_id)} ${row.topic} ${row.text}`,
        );
        return { responses: responses.sort(), comments: comments.sort() };
      };
      const theirs = await fingerprint(other);
      // The first database has had more links made since, but no other rows.
      const ours = await fingerprint(seeded);
      expect(theirs.responses.length).toBe(ours.responses.length);
      expect(theirs.responses).toEqual(ours.responses);
      expect(theirs.comments).toEqual(ours.comments);
    } finally {
      await other.test.cleanup();
    }
  });
});
