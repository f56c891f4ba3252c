import { addActionComment, changeActionStatus, createActionFromWeakPoint, type Action } from '../../domain/actions/action.js';
import {
  completeRetrospective,
  linkRetrospective,
  startRetrospective,
  writeRetrospectivePart,
} from '../../domain/actions/retrospective.js';
import { canReleaseResults } from '../../domain/results/anonymity.js';
import { agreeObjective, proposeObjective, type SlaObjective, type SlaTerms } from '../../domain/sla/objective.js';
import { calendarDateOf } from '../../domain/sla/periods.js';
import type { AppContext, Stores } from '../ports.js';
import type { StoredMeasurement } from '../sla/ports.js';
import type { StoredWave } from '../waves/ports.js';
import { seededRandom } from './demo-story.js';

const DAY_MS = 86_400_000;
/** The seed of the SLA story: the same measurements every time (only ids and dates differ). */
const SLA_SEED = 20_250_917;
/** The objectives are agreed this many days before the start, so a year of measurements lies behind them. */
const AGREED_DAYS_AGO = 400;
/** Measurements move from their "before" to their "after" level over this many days once the actions start to work, */
const IMPROVEMENT_DAYS = 90;
/** which is this many days before Service Desk's action is done. */
const IMPROVEMENT_LEAD_DAYS = 45;

/** One agreed objective of the demo and how its measurements run. */
interface DemoObjective {
  providerKey: string;
  customerKey: string;
  terms: SlaTerms;
  /** Measurement days: every Monday, Wednesday and Friday, or the fifth of every month. */
  cadence: 'three-a-week' | 'monthly';
  before: number;
  after: number;
  noise: number;
  decimals: number;
}

const hours = (name: string, metric: SlaTerms['metric'], target: number): SlaTerms => ({
  name,
  metric,
  customMetric: null,
  unit: 'hours',
  target,
  direction: 'at-most',
  aggregation: 'mean',
  requiredShare: null,
  period: 'week',
  dimensions: [],
});
const reportDelivery: SlaTerms = {
  name: 'Monatsreporting bis zum 5. Arbeitstag / Monthly report by working day 5',
  metric: 'on-time-delivery',
  customMetric: null,
  unit: 'days',
  target: 5,
  direction: 'at-most',
  aggregation: 'mean',
  requiredShare: null,
  period: 'month',
  dimensions: [],
};

/**
 * The SLA story beside the survey story: Service Desk agrees response and resolution times
 * with Innendienst and Software Development and misses them at first, then meets them as its
 * responsiveness actions take hold; Controlling's monthly report comes later than agreed at
 * first, then on time. Einkauf & Logistik meets its hotline availability all year while its
 * customers find it ever harder to reach: green SLA, red perception.
 */
export const DEMO_OBJECTIVES: readonly DemoObjective[] = [
  ...(['inside-sales', 'development'] as const).flatMap((customerKey): DemoObjective[] => [
    {
      providerKey: 'service-desk',
      customerKey,
      terms: hours('Erste Reaktion / First response time', 'first-response-time', 4),
      cadence: 'three-a-week',
      before: 6.2,
      after: 2.6,
      noise: 1.2,
      decimals: 1,
    },
    {
      providerKey: 'service-desk',
      customerKey,
      terms: hours('Lösungszeit / Resolution time', 'resolution-time', 16),
      cadence: 'three-a-week',
      before: 23,
      after: 11,
      noise: 4,
      decimals: 1,
    },
  ]),
  ...(['sales', 'product'] as const).map((customerKey): DemoObjective => ({
    providerKey: 'controlling',
    customerKey,
    terms: reportDelivery,
    cadence: 'monthly',
    before: 8,
    after: 4,
    noise: 1,
    decimals: 0,
  })),
  {
    providerKey: 'procurement',
    customerKey: 'inside-sales',
    terms: {
      name: 'Erreichbarkeit Bestell-Hotline / Ordering hotline availability',
      metric: 'availability',
      customMetric: null,
      unit: 'percent',
      target: 95,
      direction: 'at-least',
      aggregation: 'mean',
      requiredShare: null,
      period: 'month',
      dimensions: [],
    },
    cadence: 'three-a-week',
    before: 97.5,
    after: 97.5,
    noise: 1.5,
    decimals: 1,
  },
];

export interface DemoSlaOutcome {
  isSeeded: boolean;
  objectives: number;
  measurements: number;
  actions: number;
  retrospectives: number;
}

/**
 * The demo's SLAs, a year of their measurements, the actions taken on the first wave's weak
 * points (Service Desk responsiveness and Controlling transparency done, Einkauf reachability
 * open and overdue) and a completed retrospective of Service Desk with Innendienst on the
 * second wave. Runs once, after `seedDemoWaves`, on the demo company with at least two closed
 * waves and no SLAs or actions yet. The values are the same every time; dates follow the clock.
 */
export async function seedDemoSla(context: AppContext): Promise<DemoSlaOutcome> {
  const nothing: DemoSlaOutcome = { isSeeded: false, objectives: 0, measurements: 0, actions: 0, retrospectives: 0 };
  const now = context.clock();
  return context.transaction(async (stores) => {
    if ((await stores.sla.listVersionsByRelationships()).length > 0 || (await stores.actions.list({})).length > 0) return nothing;
    const waves = (await stores.waves.listWaves())
      .filter(canReleaseResults)
      .sort((a, b) => ((a.opensAt ?? a.createdAt) < (b.opensAt ?? b.createdAt) ? -1 : 1));
    const [firstWave, secondWave] = waves;
    const units = await stores.units.listAll();
    const idOf = new Map(units.flatMap((unit) => (unit.code === null ? [] : [[unit.code.toLowerCase(), unit.id] as const])));
    const accounts = await stores.accounts.listAll();
    const admin = accounts.find((account) => account.role === 'admin');
    const serviceDeskLead = accounts.find((account) => account.role === 'lead' && account.unitId === idOf.get('service-desk'));
    if (!firstWave || !secondWave || !admin || !serviceDeskLead) return nothing;
    const relationships = await stores.relationships.listAll();
    const relationshipOf = (providerKey: string, customerKey: string) =>
      relationships.find(
        (relationship) => relationship.providerUnitId === idOf.get(providerKey) && relationship.customerUnitId === idOf.get(customerKey),
      );
    const random = seededRandom(SLA_SEED);
    const people = { admin: admin.id, serviceDesk: serviceDeskLead.id };

    const actions = await seedActions(context, stores, { waves: [firstWave, secondWave], idOf, people, now });
    const improvementStart = Date.parse(actions.serviceDeskDoneAt) - IMPROVEMENT_LEAD_DAYS * DAY_MS;
    let measurements = 0;
    const objectiveIds = new Map<string, string[]>();
    for (const objective of DEMO_OBJECTIVES) {
      const relationship = relationshipOf(objective.providerKey, objective.customerKey);
      if (!relationship) continue;
      const version = await agreeDemoObjective(context, stores, { objective, relationshipId: relationship.id, people, now });
      objectiveIds.set(relationship.id, [...(objectiveIds.get(relationship.id) ?? []), version.objectiveId]);
      const values = measurementsOf({
        objective,
        objectiveId: version.objectiveId,
        from: version.validFrom,
        now,
        improvementStart,
        random,
      });
      await stores.sla.insertMeasurements(
        values.map((value): StoredMeasurement => ({ ...value, id: context.newId(), source: 'api', recordedBy: admin.id })),
      );
      measurements += values.length;
    }

    const retrospectiveWith = relationshipOf('service-desk', 'inside-sales');
    if (retrospectiveWith) {
      const at = (days: number) => new Date(Date.parse(secondWave.opensAt ?? secondWave.createdAt) + days * DAY_MS);
      let retrospective = startRetrospective({
        id: context.newId(),
        relationshipId: retrospectiveWith.id,
        waveId: secondWave.id,
        now: at(30),
      });
      retrospective = writeRetrospectivePart(retrospective, {
        side: 'provider',
        authorAccountId: people.serviceDesk,
        now: at(31),
        notes: {
          whatWorks:
            'Der Ticket-Dienstplan hält die erste Reaktion unter vier Stunden. / The ticket rota keeps first responses under four hours.',
          whatToChange: 'Rückfragen gehen im Postfach unter. / Follow-up questions get lost in the mailbox.',
          whatWeAgree: 'Rückfragen laufen über das Ticket, nicht per Mail. / Follow-ups go through the ticket, not by mail.',
        },
      });
      retrospective = writeRetrospectivePart(retrospective, {
        side: 'customer',
        authorAccountId: people.admin,
        now: at(33),
        notes: {
          whatWorks: 'Wir wissen jetzt, wann wir eine Antwort bekommen. / We now know when we will hear back.',
          whatToChange: 'Lange Lösungszeiten bei Laptop-Tausch. / Long resolution times for laptop swaps.',
          whatWeAgree:
            'Ersatzgeräte liegen bereit; Lösungszeit bleibt im SLA. / Spare devices on the shelf; resolution time stays in the SLA.',
        },
      });
      retrospective = linkRetrospective(retrospective, {
        actionIds: [actions.serviceDeskActionId],
        slaObjectiveIds: objectiveIds.get(retrospectiveWith.id) ?? [],
      });
      await stores.retrospectives.insert(completeRetrospective(retrospective, at(35)));
    }
    await stores.audit.record({
      at: now.toISOString(),
      accountId: null,
      action: 'demo.sla',
      subject: 'demo',
      details: { objectives: DEMO_OBJECTIVES.length, measurements },
    });
    return {
      isSeeded: true,
      objectives: [...objectiveIds.values()].flat().length,
      measurements,
      actions: 3,
      retrospectives: retrospectiveWith ? 1 : 0,
    };
  });
}

/** Proposed by the provider, agreed by the customer days later, long enough ago for a year of measurements. */
async function agreeDemoObjective(
  context: AppContext,
  stores: Stores,
  options: { objective: DemoObjective; relationshipId: string; people: { admin: string; serviceDesk: string }; now: Date },
): Promise<SlaObjective> {
  const proposedAt = new Date(options.now.getTime() - AGREED_DAYS_AGO * DAY_MS);
  const agreedAt = new Date(proposedAt.getTime() + 3 * DAY_MS);
  const proposerId = options.objective.providerKey === 'service-desk' ? options.people.serviceDesk : options.people.admin;
  const objectiveId = context.newId();
  const proposal = proposeObjective({
    id: context.newId(),
    objectiveId,
    relationshipId: options.relationshipId,
    terms: options.objective.terms,
    validFrom: firstOfNextMonth(agreedAt),
    by: { side: 'provider', accountId: proposerId },
    now: proposedAt,
  });
  const { agreed } = agreeObjective([proposal], {
    versionId: proposal.id,
    by: { side: 'customer', accountId: options.people.admin },
    now: agreedAt,
  });
  await stores.sla.insertObjective({ id: objectiveId, relationshipId: options.relationshipId, createdAt: proposedAt.toISOString() });
  await stores.sla.insertVersion(agreed);
  return agreed;
}

/** The measurements of one objective from `from` to yesterday: the "before" level, moving to "after" once the actions work. */
function measurementsOf(options: {
  objective: DemoObjective;
  objectiveId: string;
  from: string;
  now: Date;
  improvementStart: number;
  random: () => number;
}): Omit<StoredMeasurement, 'id' | 'source' | 'recordedBy'>[] {
  const { objective, random } = options;
  const end = Date.parse(`${calendarDateOf(options.now)}T00:00:00Z`);
  const scale = 10 ** objective.decimals;
  const result: Omit<StoredMeasurement, 'id' | 'source' | 'recordedBy'>[] = [];
  for (let day = Date.parse(`${options.from}T00:00:00Z`); day < end; day += DAY_MS) {
    const date = new Date(day);
    const isDay = objective.cadence === 'monthly' ? date.getUTCDate() === 5 : [1, 3, 5].includes(date.getUTCDay());
    if (!isDay) continue;
    const progress = Math.min(1, Math.max(0, (day - options.improvementStart) / (IMPROVEMENT_DAYS * DAY_MS)));
    const level = objective.before + (objective.after - objective.before) * progress;
    const raw = level + (random() * 2 - 1) * objective.noise;
    const capped = objective.terms.unit === 'percent' ? Math.min(100, raw) : raw;
    const value = Math.max(0, Math.round(capped * scale) / scale);
    const at = new Date(day + 10 * 60 * 60 * 1000).toISOString();
    result.push({ objectiveId: options.objectiveId, at, value, recordedAt: at });
  }
  return result;
}

/** The actions on the first waves' weak points; returns when Service Desk's was done. */
async function seedActions(
  context: AppContext,
  stores: Stores,
  options: {
    waves: [StoredWave, StoredWave];
    idOf: ReadonlyMap<string, string>;
    people: { admin: string; serviceDesk: string };
    now: Date;
  },
): Promise<{ serviceDeskActionId: string; serviceDeskDoneAt: string }> {
  const [firstWave, secondWave] = options.waves;
  const afterWave = (wave: StoredWave, days: number) =>
    new Date(Date.parse(wave.closesAt ?? wave.opensAt ?? wave.createdAt) + days * DAY_MS);
  const dueIn = (from: Date, days: number) => calendarDateOf(new Date(from.getTime() + days * DAY_MS));
  const store = async (action: Action, comments: { text: string; at: Date; by: string }[]) => {
    let withComments = action;
    for (const comment of comments) {
      withComments = addActionComment(withComments, { authorAccountId: comment.by, text: comment.text, now: comment.at });
    }
    await stores.actions.insert(action);
    for (const comment of withComments.comments) await stores.actions.addComment(action.id, comment);
  };
  const take = (spec: {
    providerKey: string;
    dimension: string;
    wave: StoredWave;
    createdAt: Date;
    dueDays: number;
    title: string;
    owner: string;
  }) =>
    createActionFromWeakPoint({
      id: context.newId(),
      weakPoint: { providerId: options.idOf.get(spec.providerKey) ?? '', customerGroupId: null, dimension: spec.dimension },
      waveId: spec.wave.id,
      fields: {
        title: spec.title,
        description: '',
        ownerAccountId: spec.owner,
        dueDate: dueIn(spec.createdAt, spec.dueDays),
      },
      createdByAccountId: options.people.admin,
      now: spec.createdAt,
    });

  const serviceDeskCreated = afterWave(firstWave, 10);
  const serviceDesk = take({
    providerKey: 'service-desk',
    dimension: 'responsiveness',
    wave: firstWave,
    createdAt: serviceDeskCreated,
    dueDays: 210,
    title: 'Ticket-Dienstplan und Reaktionszeiten / Ticket rota and response times',
    owner: options.people.serviceDesk,
  });
  const serviceDeskDone = new Date(serviceDeskCreated.getTime() + 200 * DAY_MS);
  await store(
    changeActionStatus(
      changeActionStatus(serviceDesk, 'in-progress', new Date(serviceDeskCreated.getTime() + 7 * DAY_MS)),
      'done',
      serviceDeskDone,
    ),
    [
      {
        text: 'Dienstplan steht, Hotline ab 7:30 besetzt. / Rota in place, hotline staffed from 7:30.',
        at: serviceDeskDone,
        by: options.people.serviceDesk,
      },
    ],
  );

  const controllingCreated = afterWave(firstWave, 14);
  const controlling = take({
    providerKey: 'controlling',
    dimension: 'transparency',
    wave: firstWave,
    createdAt: controllingCreated,
    dueDays: 220,
    title: 'Monatsreporting mit Erläuterungen und festem Termin / Monthly report with notes and a fixed date',
    owner: options.people.admin,
  });
  await store(
    changeActionStatus(
      changeActionStatus(controlling, 'in-progress', new Date(controllingCreated.getTime() + 10 * DAY_MS)),
      'done',
      new Date(controllingCreated.getTime() + 210 * DAY_MS),
    ),
    [],
  );

  const procurement = take({
    providerKey: 'procurement',
    dimension: 'reachability',
    wave: secondWave,
    createdAt: afterWave(secondWave, 20),
    dueDays: 90,
    title: 'Rückrufservice für die Bestell-Hotline / Call-back service for the ordering hotline',
    owner: options.people.admin,
  });
  await store(procurement, [
    {
      text: 'Wartet auf die neue Telefonanlage. / Waiting for the new phone system.',
      at: afterWave(secondWave, 60),
      by: options.people.admin,
    },
  ]);
  return { serviceDeskActionId: serviceDesk.id, serviceDeskDoneAt: serviceDeskDone.toISOString() };
}

function firstOfNextMonth(day: Date): string {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
}
