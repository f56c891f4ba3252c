import { expect } from 'vitest';
import type { AppContext } from '../../src/app/ports.js';
import type { Locale, Person } from '../../src/domain/org/person.js';
import type { Unit } from '../../src/domain/org/unit.js';
import { buildPerson, buildRelationship, buildUnit } from '../support/factories.js';
import type { ApiClient, TestServer } from '../support/server.js';

/**
 * A small company for survey tests:
 *   IT → Sales, IT → HR, IT → Legal, Finance → Sales (provider → customer).
 * Sales has 6 people (3 German, 3 English), HR 2, Legal 2, IT 2, Finance 1, and
 * Outside 2 who are nobody's customer.
 */
export interface SurveyCompany {
  units: Record<'it' | 'sales' | 'hr' | 'legal' | 'finance' | 'outside', Unit>;
  people: Record<'it' | 'sales' | 'hr' | 'legal' | 'finance' | 'outside', Person[]>;
}

export async function buildSurveyCompany(context: AppContext, prefix: string): Promise<SurveyCompany> {
  const top = await buildUnit(context, { name: `${prefix} AG` });
  const names = { it: 'IT', sales: 'Sales', hr: 'HR', legal: 'Legal', finance: 'Finance', outside: 'Outside' } as const;
  const units = {} as SurveyCompany['units'];
  for (const [key, name] of Object.entries(names) as [keyof typeof names, string][]) {
    units[key] = await buildUnit(context, { name, parentId: top.id });
  }
  const headcount: Record<keyof typeof names, Locale[]> = {
    it: ['en', 'de'],
    sales: ['de', 'en', 'de', 'en', 'de', 'en'],
    hr: ['de', 'en'],
    legal: ['en', 'en'],
    finance: ['de'],
    outside: ['de', 'en'],
  };
  const people = {} as SurveyCompany['people'];
  for (const [key, locales] of Object.entries(headcount) as [keyof typeof names, Locale[]][]) {
    people[key] = [];
    for (const [index, locale] of locales.entries()) {
      people[key].push(
        await buildPerson(context, {
          unitId: units[key].id,
          locale,
          name: `${prefix} ${names[key]} ${index + 1}`,
          email: `${prefix}.${key}.${index + 1}@example.test`.toLowerCase(),
        }),
      );
    }
  }
  for (const [provider, customer] of [
    ['it', 'sales'],
    ['it', 'hr'],
    ['it', 'legal'],
    ['finance', 'sales'],
  ] as const) {
    await buildRelationship(context, { providerUnitId: units[provider].id, customerUnitId: units[customer].id });
  }
  return { units, people };
}

/** Everyone a wave over all relationships invites with the standard questionnaire: all but Outside. */
export function invitedByDefault(company: SurveyCompany): Person[] {
  const { it, sales, hr, legal, finance } = company.people;
  return [...sales, ...hr, ...legal, ...it, ...finance];
}

/** The id of the standard questionnaire's newest version (a draft until a wave opens with it). */
export async function standardVersionId(admin: ApiClient): Promise<string> {
  const response = await admin.get('/api/questionnaires');
  expect(response.status).toBe(200);
  const standard = response.body.questionnaires.find((questionnaire: { id: string }) => questionnaire.id === 'standard');
  return standard.versions.at(-1).id;
}

let waveNumber = 0;

/** Creates a draft wave through the API (all relationships unless told) and answers its body. */
export async function createWave(
  admin: ApiClient,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string } & Record<string, unknown>> {
  const response = await admin.post('/api/waves', {
    name: `Wave ${++waveNumber}`,
    questionnaireVersionId: await standardVersionId(admin),
    scope: { providerUnitIds: null, customerUnitIds: null },
    ...overrides,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** Every outbox row of a wave (of all waves without one), straight from the database (bodies included). */
export async function outboxOf(server: TestServer, waveId?: string) {
  const query = server.runtime.handle.db.selectFrom('outbox').selectAll();
  return (waveId === undefined ? query : query.where('wave_id', '=', waveId)).execute();
}

/** The survey token in a mail body's link. */
export function tokenIn(body: string): string {
  const match = /\/r\/([A-Za-z0-9_-]+)/.exec(body);
  if (!match?.[1]) throw new Error(`no survey link in: ${body}`);
  return match[1];
}

/** Marks the invitations of these people as submitted, as the respondent side would. */
export async function markSubmitted(server: TestServer, waveId: string, people: readonly Person[]): Promise<void> {
  await server.runtime.handle.db
    .updateTable('invitations')
    .set({ is_submitted: 1 })
    .where('wave_id', '=', waveId)
    .where(
      'person_id',
      'in',
      people.map((person) => person.id),
    )
    .execute();
}
