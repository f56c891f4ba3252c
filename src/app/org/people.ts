import { canManageOrganisation, canViewOrganisation, type Actor } from '../../domain/access/policy.js';
import { DomainError, assertNoProblems } from '../../domain/errors.js';
import { checkPersonFields, normaliseEmail, type Locale, type Person } from '../../domain/org/person.js';
import { computeUnitPaths } from '../../domain/org/unit.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext, PersonPageQuery, Stores } from '../ports.js';

export interface PersonView extends Person {
  unitPath: string;
}

export interface PersonInput {
  email: string;
  name: string;
  unitId: string;
  locale: Locale;
  isLead: boolean;
}

/** One page of people, optionally filtered by a search text and a unit. */
export async function listPeople(
  context: AppContext,
  actor: Actor,
  query: PersonPageQuery,
): Promise<{ items: PersonView[]; total: number; page: number; pageSize: number }> {
  requirePermission(canViewOrganisation(actor), 'view the organisation');
  const [result, units] = await Promise.all([context.stores.people.page(query), context.stores.units.listAll()]);
  const paths = computeUnitPaths(units);
  return {
    items: result.items.map((person) => ({ ...person, unitPath: paths.get(person.unitId) ?? '?' })),
    total: result.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Adds a person; the email must be new. */
export async function createPerson(context: AppContext, actor: Actor, input: PersonInput): Promise<Person> {
  requirePermission(canManageOrganisation(actor), 'change the organisation');
  return context.transaction(async (stores) => {
    const person = await decidePerson(stores, { id: context.newId(), ...input });
    await stores.people.insertMany([person], context.clock().toISOString());
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'person.create',
      subject: person.id,
    });
    return person;
  });
}

/** Changes any of a person's fields. */
export async function updatePerson(context: AppContext, actor: Actor, input: { id: string } & Partial<PersonInput>): Promise<Person> {
  requirePermission(canManageOrganisation(actor), 'change the organisation');
  return context.transaction(async (stores) => {
    const existing = requireFound(await stores.people.findById(input.id), 'person');
    const person = await decidePerson(stores, {
      id: existing.id,
      email: input.email ?? existing.email,
      name: input.name ?? existing.name,
      unitId: input.unitId ?? existing.unitId,
      locale: input.locale ?? existing.locale,
      isLead: input.isLead ?? existing.isLead,
    });
    await stores.people.updateMany([person], context.clock().toISOString());
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'person.update',
      subject: person.id,
    });
    return person;
  });
}

/** Removes a person. */
export async function deletePerson(context: AppContext, actor: Actor, id: string): Promise<void> {
  requirePermission(canManageOrganisation(actor), 'change the organisation');
  await context.transaction(async (stores) => {
    requireFound(await stores.people.findById(id), 'person');
    await stores.people.delete(id);
    await stores.audit.record({ at: context.clock().toISOString(), accountId: actor.accountId, action: 'person.delete', subject: id });
  });
}

async function decidePerson(stores: Stores, person: Person): Promise<Person> {
  assertNoProblems(checkPersonFields(person));
  const email = normaliseEmail(person.email);
  if (!(await stores.units.findById(person.unitId))) {
    throw new DomainError('validation', 'unitId: no such unit', [{ field: 'unitId', problem: 'no such unit' }]);
  }
  const holder = await stores.people.findByEmail(email);
  if (holder && holder.id !== person.id) {
    throw new DomainError('conflict', `email: ${email} belongs to another person`, [{ field: 'email', problem: 'already taken' }]);
  }
  return { ...person, email, name: person.name.trim(), locale: person.locale.trim().toLowerCase() as Locale };
}
