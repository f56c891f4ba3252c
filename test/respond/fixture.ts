import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../src/app/ports.js';
import { createToken, hashToken } from '../../src/app/tokens.js';
import type { Database } from '../../src/db/schema.js';
import type { Person } from '../../src/domain/org/person.js';
import { buildStandardContent, type QuestionnaireContent } from '../../src/domain/questionnaire/questionnaire.js';
import type { Unit } from '../../src/domain/org/unit.js';
import { buildPerson, buildUnit } from '../support/factories.js';

// Waves and invitations as the admin side leaves them when a wave opens, written straight
// into the tables: the respondent side is tested on its own contract, not on wave opening.

export interface SurveyWave {
  waveId: string;
  versionId: string;
  content: QuestionnaireContent;
  /** The respondents' unit: a customer of every provider below. */
  customerUnit: Unit;
  providers: Unit[];
  /** Units the respondents' unit serves (so they see the reverse and self pages). */
  customersOfCustomer: Unit[];
  /** Units outside the wave, to add as providers. */
  others: Unit[];
}

let sequence = 0;

export async function createSurveyWave(
  context: AppContext,
  db: Kysely<Database>,
  options: {
    providerNames?: string[];
    customerNames?: string[];
    otherNames?: string[];
    content?: QuestionnaireContent;
    status?: 'draft' | 'open' | 'closed';
    closesAt?: string | null;
  } = {},
): Promise<SurveyWave> {
  const run = ++sequence;
  const content = options.content ?? buildStandardContent();
  const customerUnit = await buildUnit(context, { name: `Sales ${run}` });
  const providers: Unit[] = [];
  for (const name of options.providerNames ?? ['IT Support', 'Controlling', 'Facilities'])
    providers.push(await buildUnit(context, { name: `${name} ${run}` }));
  const customersOfCustomer: Unit[] = [];
  for (const name of options.customerNames ?? []) customersOfCustomer.push(await buildUnit(context, { name: `${name} ${run}` }));
  const others: Unit[] = [];
  for (const name of options.otherNames ?? ['Legal', 'Purchasing']) others.push(await buildUnit(context, { name: `${name} ${run}` }));

  const questionnaireId = randomUUID();
  const versionId = randomUUID();
  const waveId = randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto('questionnaires')
    .values({ id: questionnaireId, name: `Standard ${run}`, created_at: now })
    .execute();
  await db
    .insertInto('questionnaire_versions')
    .values({
      id: versionId,
      questionnaire_id: questionnaireId,
      number: 1,
      status: 'frozen',
      content: JSON.stringify(content),
      created_at: now,
    })
    .execute();
  await db
    .insertInto('waves')
    .values({
      id: waveId,
      name: `Wave ${run}`,
      questionnaire_version_id: versionId,
      scope: JSON.stringify({ providerUnitIds: null, customerUnitIds: null }),
      status: options.status ?? 'open',
      opens_at: now,
      closes_at: options.closesAt ?? null,
      created_at: now,
    })
    .execute();
  const relationships = [
    ...providers.map((provider) => ({ wave_id: waveId, provider_unit_id: provider.id, customer_unit_id: customerUnit.id })),
    ...customersOfCustomer.map((customer) => ({ wave_id: waveId, provider_unit_id: customerUnit.id, customer_unit_id: customer.id })),
  ];
  if (relationships.length > 0) await db.insertInto('wave_relationships').values(relationships).execute();
  return { waveId, versionId, content, customerUnit, providers, customersOfCustomer, others };
}

export interface Invitee {
  invitationId: string;
  token: string;
  person: Person;
}

/** An invitation of a new person in the wave's customer unit, with one token. */
export async function invite(
  context: AppContext,
  db: Kysely<Database>,
  wave: SurveyWave,
  options: { locale?: 'de' | 'en'; expiresAt?: string; unitId?: string } = {},
): Promise<Invitee> {
  const unitId = options.unitId ?? wave.customerUnit.id;
  const person = await buildPerson(context, { unitId, locale: options.locale ?? 'en' });
  const invitationId = randomUUID();
  const token = createToken();
  await db
    .insertInto('invitations')
    .values({
      id: invitationId,
      wave_id: wave.waveId,
      person_id: person.id,
      unit_id: unitId,
      locale: options.locale ?? 'en',
      is_submitted: 0,
      draft: null,
    })
    .execute();
  await db
    .insertInto('invitation_tokens')
    .values({
      token_hash: hashToken(token),
      invitation_id: invitationId,
      expires_at: options.expiresAt ?? new Date(Date.now() + 14 * 86_400_000).toISOString(),
    })
    .execute();
  return { invitationId, token, person };
}

/** Many invitations at once, without people (for load): tokens only. */
export async function inviteMany(
  db: Kysely<Database>,
  wave: SurveyWave,
  count: number,
): Promise<{ invitationId: string; token: string }[]> {
  const invitations = Array.from({ length: count }, () => ({ invitationId: randomUUID(), token: createToken() }));
  const expiresAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
  for (let start = 0; start < invitations.length; start += 500) {
    const slice = invitations.slice(start, start + 500);
    await db
      .insertInto('invitations')
      .values(
        slice.map(({ invitationId }) => ({
          id: invitationId,
          wave_id: wave.waveId,
          person_id: null,
          unit_id: wave.customerUnit.id,
          locale: 'en',
          is_submitted: 0,
          draft: null,
        })),
      )
      .execute();
    await db
      .insertInto('invitation_tokens')
      .values(
        slice.map(({ invitationId, token }) => ({ token_hash: hashToken(token), invitation_id: invitationId, expires_at: expiresAt })),
      )
      .execute();
  }
  return invitations;
}

/** A rating of 20 answers: every perception item of the standard questionnaire, overall and NPS. */
export function twentyAnswers(content: QuestionnaireContent): Record<string, number | null> {
  const answers: Record<string, number | null> = {};
  content.items
    .filter((item) => item.block === 'perception')
    .forEach((item, index) => (answers[item.key] = index % 7 === 6 ? null : (index % 5) + 1));
  answers.overall = 4;
  answers.nps = 8;
  return answers;
}
