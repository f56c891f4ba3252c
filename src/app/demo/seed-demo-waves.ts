import type { Locale, Person } from '../../domain/org/person.js';
import type { Unit } from '../../domain/org/unit.js';
import type { QuestionnaireContent } from '../../domain/questionnaire/questionnaire.js';
import type { Answers, Rating } from '../../domain/respond/answers.js';
import { buildResponseRecords, submissionDay } from '../../domain/respond/response-records.js';
import { asksReverse, asksSelfAssessment, type SurveyFrame } from '../../domain/respond/survey-frame.js';
import type { ScopePair } from '../../domain/wave/scope.js';
import { createDraftWave } from '../../domain/wave/wave-edit.js';
import { decideWaveChange, type WaveScope } from '../../domain/wave/wave.js';
import type { AppContext, Stores } from '../ports.js';
import type { PreparedSubmission } from '../respond/ports.js';
import { STANDARD_QUESTIONNAIRE_ID, ensureStandardQuestionnaire } from '../waves/ensure-standard-questionnaire.js';
import { openWaveWith } from '../waves/open-wave.js';
import type { Invitation, StoredVersion } from '../waves/ports.js';
import { resolveWaveScope } from '../waves/resolve-wave-scope.js';
import type { SurveySettings } from '../waves/settings.js';
import { commentChance, pickDemoComments } from './demo-comments.js';
import { demoUnits } from './demo-company.js';
import {
  STORY_DIMENSIONS,
  demoWaveSchedule,
  generateDemoAnswers,
  generateReverseAnswers,
  generateSelfAnswers,
  seededRandom,
  stableHash,
  type DemoWaveDate,
} from './demo-story.js';

const DAY_MS = 86_400_000;
/** Each demo wave is open for three weeks. */
export const DEMO_WAVE_DAYS = 21;
/** The seed of the whole story: the same answers every time (only ids and dates differ). */
const STORY_SEED = 20_250_401;
/** Share of invitees who submitted, per unit and wave: drawn from these ranges. */
const PAST_RESPONSE_RATE = [0.65, 0.8] as const;
const OPEN_RESPONSE_RATE = [0.25, 0.35] as const;
const NO_CONTACT_CHANCE = 0.08;
const SELF_ASSESSMENT_CHANCE = 0.85;
const MAX_REVERSE_RATINGS = 3;
const ALL_RELATIONSHIPS: WaveScope = { providerUnitIds: null, customerUnitIds: null };

export interface DemoWavesOutcome {
  isSeeded: boolean;
  /** Past waves stored (closed), and the open one with its invitations and submissions so far. */
  pastWaves: number;
  openWave: { name: string; invited: number; submitted: number } | null;
  submissions: number;
  responses: number;
  comments: number;
}

/** What every wave of the seeding shares. */
interface Plan {
  context: AppContext;
  stores: Stores;
  version: StoredVersion;
  pairs: ScopePair[];
  /** Demo key (`service-desk`) of each unit id; units outside the demo keep their id. */
  keyOf: (unitId: string) => string;
  peopleById: Map<string, Person>;
}

/**
 * The demo company's survey history: three past waves (closed) whose answers tell the
 * story of demo-story.ts, and one open wave, opened a few days ago through the normal
 * opening (invitation mails wait in the outbox), with about 30 % answered. Runs only on
 * the demo company with no waves yet, so a second run stores nothing. The answers are the
 * same every time (a seeded random generator); ids and dates follow the clock.
 */
export async function seedDemoWaves(context: AppContext, settings: SurveySettings): Promise<DemoWavesOutcome> {
  const nothing: DemoWavesOutcome = { isSeeded: false, pastWaves: 0, openWave: null, submissions: 0, responses: 0, comments: 0 };
  if ((await context.stores.waves.listWaves()).length > 0) return nothing;
  const demoKeys = findDemoUnits(await context.stores.units.listAll());
  if (!demoKeys) return nothing;
  await ensureStandardQuestionnaire(context);
  const now = context.clock();
  return context.transaction(async (stores) => {
    // Checked again inside the transaction: of two starts at once, one seeds.
    if ((await stores.waves.listWaves()).length > 0) return nothing;
    const version = (await stores.waves.listVersions(STANDARD_QUESTIONNAIRE_ID)).at(-1);
    if (!version) return nothing;
    const { pairs, invitees } = await resolveWaveScope(stores, ALL_RELATIONSHIPS, version.content);
    if (pairs.length === 0 || invitees.length === 0) return nothing;
    const plan: Plan = {
      context,
      stores,
      version,
      pairs,
      keyOf: (unitId) => demoKeys.get(unitId) ?? unitId,
      peopleById: new Map(invitees.map((person) => [person.id, person])),
    };
    const outcome: DemoWavesOutcome = { ...nothing, isSeeded: true };
    const count = (submissions: PreparedSubmission[]) => {
      outcome.submissions += submissions.length;
      for (const submission of submissions) {
        outcome.responses += submission.responses.length;
        outcome.comments += submission.comments.length;
      }
    };
    if (version.status === 'draft') await stores.waves.freezeVersion(version.id);
    const schedule = demoWaveSchedule(now);
    for (const [waveIndex, past] of schedule.past.entries()) {
      count(await seedPastWave(plan, { waveIndex, name: past.name, opensAt: openingTime(now, past.daysAgo), invitees }));
      outcome.pastWaves += 1;
    }
    const open = await seedOpenWave(plan, { waveIndex: schedule.past.length, wave: schedule.open, now, settings });
    count(open.submissions);
    outcome.openWave = { name: schedule.open.name, invited: open.invited, submitted: open.submissions.length };
    await stores.audit.record({
      at: now.toISOString(),
      accountId: null,
      action: 'demo.seed-waves',
      subject: 'waves',
      details: { waves: outcome.pastWaves + 1, submissions: outcome.submissions, responses: outcome.responses },
    });
    return outcome;
  });
}

/** The demo key of each unit, by its code; null unless every demo unit is there. */
function findDemoUnits(units: readonly Unit[]): Map<string, string> | null {
  const keysByCode = new Map(demoUnits.map((unit) => [unit.key.toUpperCase(), unit.key]));
  const keys = new Map<string, string>();
  for (const unit of units) {
    const key = unit.code === null ? undefined : keysByCode.get(unit.code);
    if (key) keys.set(unit.id, key);
  }
  return keys.size === demoUnits.length ? keys : null;
}

/** Waves open at 07:00 UTC, `daysAgo` days before `now` (on the day `demoWaveSchedule` named them after). */
function openingTime(now: Date, daysAgo: number): Date {
  const day = new Date(now.getTime() - daysAgo * DAY_MS);
  day.setUTCHours(7, 0, 0, 0);
  return day;
}

/** A closed wave: opened `opensAt`, closed three weeks later, everyone in scope invited, most of them answered. */
async function seedPastWave(
  plan: Plan,
  options: { waveIndex: number; name: string; opensAt: Date; invitees: readonly Person[] },
): Promise<PreparedSubmission[]> {
  const { stores, context } = plan;
  const { waveIndex, opensAt } = options;
  const createdAt = new Date(opensAt.getTime() - 7 * DAY_MS);
  const closesAt = new Date(opensAt.getTime() + DEMO_WAVE_DAYS * DAY_MS);
  const draft = createDraftWave(
    {
      id: context.newId(),
      name: options.name,
      questionnaireVersionId: plan.version.id,
      scope: ALL_RELATIONSHIPS,
      opensAt: null,
      closesAt: null,
    },
    createdAt,
  );
  // Stored open, answered, then closed: a submission is stored only while its wave is open.
  const opened = decideWaveChange(draft, { kind: 'open' }, opensAt);
  const closed = decideWaveChange(opened, { kind: 'close' }, closesAt);
  await stores.waves.insertWave({ ...opened, createdAt: createdAt.toISOString() });
  await stores.waves.insertWaveRelationships(closed.id, plan.pairs);
  const invitations: Invitation[] = options.invitees.map((person) => ({
    id: context.newId(),
    waveId: closed.id,
    personId: person.id,
    unitId: person.unitId,
    locale: person.locale,
    isSubmitted: false,
  }));
  await stores.waves.insertInvitations(invitations);
  const submissions = answerWave(plan, {
    waveId: closed.id,
    waveIndex,
    invitations,
    rate: PAST_RESPONSE_RATE,
    // Most answers come in the first days, the rest after reminders.
    day: (random) => submissionDay(new Date(opensAt.getTime() + Math.floor(DEMO_WAVE_DAYS * random() ** 2) * DAY_MS)),
  });
  await stores.responding.commitSubmissions(submissions);
  await stores.responding.moveInbox(() => context.newId());
  if (!(await stores.waves.updateWave(closed, 'open'))) throw new Error(`the demo wave "${closed.name}" could not be closed`);
  return submissions;
}

/** The open wave: opened a few days ago the way an admin opens one (invitations, links, mails), about 30 % answered. */
async function seedOpenWave(
  plan: Plan,
  options: { waveIndex: number; wave: DemoWaveDate; now: Date; settings: SurveySettings },
): Promise<{ invited: number; submissions: PreparedSubmission[] }> {
  const { stores, context } = plan;
  const opensAt = openingTime(options.now, options.wave.daysAgo);
  const createdAt = new Date(opensAt.getTime() - 2 * DAY_MS);
  const draft = createDraftWave(
    {
      id: context.newId(),
      name: options.wave.name,
      questionnaireVersionId: plan.version.id,
      scope: ALL_RELATIONSHIPS,
      opensAt: null,
      closesAt: new Date(opensAt.getTime() + DEMO_WAVE_DAYS * DAY_MS).toISOString(),
    },
    createdAt,
  );
  const stored = { ...draft, createdAt: createdAt.toISOString() };
  await stores.waves.insertWave(stored);
  const { invited } = await openWaveWith(context, stores, { wave: stored, settings: options.settings, now: opensAt });
  const invitations = await stores.waves.listUnsubmittedInvitations(stored.id);
  const daysOpen = Math.floor((options.now.getTime() - opensAt.getTime()) / DAY_MS);
  const submissions = answerWave(plan, {
    waveId: stored.id,
    waveIndex: options.waveIndex,
    invitations,
    rate: OPEN_RESPONSE_RATE,
    day: (random) => submissionDay(new Date(opensAt.getTime() + Math.floor((daysOpen + 1) * random()) * DAY_MS)),
  });
  await stores.responding.commitSubmissions(submissions);
  await stores.responding.moveInbox(() => context.newId());
  return { invited, submissions };
}

/**
 * The submissions of one wave: per customer unit, a share of its invitees (drawn from
 * `rate`) answers. Each of them rates every provider of the unit (some with "no contact"),
 * sometimes with comments; members of provider units also assess themselves and rate a
 * few of their customers: the ratings the survey pages would submit (the demo test checks
 * every stored response against the respondent side's rules).
 */
function answerWave(
  plan: Plan,
  options: {
    waveId: string;
    waveIndex: number;
    invitations: readonly Invitation[];
    rate: readonly [number, number];
    day: (random: () => number) => string;
  },
): PreparedSubmission[] {
  const { context, keyOf } = plan;
  const content = plan.version.content;
  const byUnit = new Map<string, Invitation[]>();
  for (const invitation of options.invitations) {
    const group = byUnit.get(invitation.unitId);
    if (group) group.push(invitation);
    else byUnit.set(invitation.unitId, [invitation]);
  }
  const submissions: PreparedSubmission[] = [];
  // A random stream per wave and unit, over invitees in a fixed order: the same answers every time.
  for (const unitId of [...byUnit.keys()].sort((left, right) => compare(keyOf(left), keyOf(right)))) {
    const unitKey = keyOf(unitId);
    const random = seededRandom(STORY_SEED ^ stableHash(`${options.waveIndex}:${unitKey}`));
    const emailOf = (invitation: Invitation) => plan.peopleById.get(invitation.personId ?? '')?.email ?? invitation.id;
    const invitations = (byUnit.get(unitId) ?? []).sort((left, right) => compare(emailOf(left), emailOf(right)));
    const [low, high] = options.rate;
    const share = low + (high - low) * random();
    const respondents = shuffle(invitations, random).slice(0, Math.round(share * invitations.length));
    const frame = frameFor(plan, { waveId: options.waveId, unitId, content });
    for (const invitation of respondents) {
      const ratings = rateAsRespondent(plan, { frame, waveIndex: options.waveIndex, locale: invitation.locale, random });
      const records = buildResponseRecords(ratings, frame);
      const submittedOn = options.day(random);
      submissions.push({
        invitationId: invitation.id,
        waveId: options.waveId,
        responses: records.responses.map((record) => ({ ...record, id: context.newId(), submittedOn })),
        comments: records.comments.map((record) => ({ ...record, id: context.newId() })),
      });
    }
  }
  return submissions;
}

/** What a member of `unitId` is asked in the wave: its providers, and its customers when it serves anyone. */
function frameFor(plan: Plan, options: { waveId: string; unitId: string; content: QuestionnaireContent }): SurveyFrame {
  const byKey = (left: string, right: string) => compare(plan.keyOf(left), plan.keyOf(right));
  return {
    waveId: options.waveId,
    questionnaireVersionId: plan.version.id,
    content: options.content,
    ownUnitId: options.unitId,
    providerUnitIds: plan.pairs
      .filter((pair) => pair.customerUnitId === options.unitId)
      .map((pair) => pair.providerUnitId)
      .sort(byKey),
    customerUnitIds: plan.pairs
      .filter((pair) => pair.providerUnitId === options.unitId)
      .map((pair) => pair.customerUnitId)
      .sort(byKey),
  };
}

/** One respondent's ratings, as the survey pages would submit them. */
function rateAsRespondent(plan: Plan, options: { frame: SurveyFrame; waveIndex: number; locale: Locale; random: () => number }): Rating[] {
  const { frame, waveIndex, locale, random } = options;
  const { content } = frame;
  const ratings: Rating[] = [];
  for (const providerUnitId of frame.providerUnitIds) {
    if (random() < NO_CONTACT_CHANCE) {
      ratings.push({ kind: 'no-contact', providerUnitId });
      continue;
    }
    const providerKey = plan.keyOf(providerUnitId);
    const answers = generateDemoAnswers({ providerKey, waveIndex, content, random });
    const comments =
      content.blocks.comments && random() < commentChance(providerKey)
        ? pickDemoComments({ providerKey, waveIndex, locale, rating: storyRating(answers, providerKey, content), random })
        : undefined;
    ratings.push({ kind: 'perception', providerUnitId, answers, comments });
  }
  const unitKey = plan.keyOf(frame.ownUnitId);
  if (asksSelfAssessment(frame) && random() < SELF_ASSESSMENT_CHANCE) {
    ratings.push({ kind: 'self', answers: generateSelfAnswers({ unitKey, waveIndex, content, random }) });
  }
  if (asksReverse(frame)) {
    const count = 1 + Math.floor(random() * Math.min(MAX_REVERSE_RATINGS, frame.customerUnitIds.length));
    for (const customerUnitId of shuffle(frame.customerUnitIds, random).slice(0, count)) {
      const customerKey = plan.keyOf(customerUnitId);
      ratings.push({
        kind: 'reverse',
        customerUnitId,
        answers: generateReverseAnswers({ providerKey: unitKey, customerKey, content, random }),
      });
    }
  }
  return ratings;
}

/** The respondent's mean on the provider's story dimension (or on all its items), null without an answer there. */
function storyRating(answers: Answers, providerKey: string, content: QuestionnaireContent): number | null {
  const dimension = STORY_DIMENSIONS[providerKey];
  const values = content.items
    .filter((item) => item.block === 'perception' && (dimension === undefined || item.dimension === dimension))
    .map((item) => answers[item.key])
    .filter((value): value is number => typeof value === 'number');
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** A copy in random order (Fisher–Yates). */
function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
