import { createAccount } from '../../src/app/access/accounts.js';
import { systemActor } from '../../src/app/authorize.js';
import { createUnit } from '../../src/app/org/create-unit.js';
import { createPerson, type PersonInput } from '../../src/app/org/people.js';
import { createRelationship } from '../../src/app/org/relationships.js';
import { createService } from '../../src/app/org/services.js';
import type { Account, AppContext } from '../../src/app/ports.js';
import type { Role } from '../../src/domain/access/policy.js';
import type { Person } from '../../src/domain/org/person.js';
import type { Relationship, Service } from '../../src/domain/org/relationship.js';
import type { Unit } from '../../src/domain/org/unit.js';

// Records made through the use cases (so every rule applies), as the system actor, with
// unique defaults; pass only what a test cares about. Missing units are made on the way.
let sequence = 0;
const next = () => ++sequence;

export const FACTORY_PASSWORD = 'factory-password-123';

/** A unit at the top (or below `parentId`), named "Unit N". */
export async function buildUnit(
  context: AppContext,
  overrides: { name?: string; parentId?: string | null; code?: string | null } = {},
): Promise<Unit> {
  return createUnit(context, systemActor, {
    name: overrides.name ?? `Unit ${next()}`,
    parentId: overrides.parentId ?? null,
    code: overrides.code,
  });
}

/** A person in `unitId` (or in a new unit). */
export async function buildPerson(context: AppContext, overrides: Partial<PersonInput> = {}): Promise<Person> {
  const number = next();
  return createPerson(context, systemActor, {
    email: overrides.email ?? `person.${number}@example.test`,
    name: overrides.name ?? `Person ${number}`,
    unitId: overrides.unitId ?? (await buildUnit(context)).id,
    locale: overrides.locale ?? 'en',
    isLead: overrides.isLead ?? false,
  });
}

/** A service that `providerUnitId` (or a new unit) delivers. */
export async function buildService(
  context: AppContext,
  overrides: { providerUnitId?: string; name?: string; description?: string } = {},
): Promise<Service> {
  return createService(context, systemActor, {
    providerUnitId: overrides.providerUnitId ?? (await buildUnit(context)).id,
    name: overrides.name ?? `Service ${next()}`,
    description: overrides.description,
  });
}

/** A relationship provider → customer through one new service of the provider, unless given. */
export async function buildRelationship(
  context: AppContext,
  overrides: { providerUnitId?: string; customerUnitId?: string; serviceIds?: string[] } = {},
): Promise<Relationship> {
  const providerUnitId = overrides.providerUnitId ?? (await buildUnit(context)).id;
  const customerUnitId = overrides.customerUnitId ?? (await buildUnit(context)).id;
  const serviceIds = overrides.serviceIds ?? [(await buildService(context, { providerUnitId })).id];
  return createRelationship(context, systemActor, { providerUnitId, customerUnitId, serviceIds });
}

/**
 * An account (executive unless told otherwise; a lead gets a new unit unless given one),
 * with its password so that tests can sign in. Costs one argon2 hash: make few.
 */
export async function buildAccount(
  context: AppContext,
  overrides: { email?: string; name?: string; role?: Role; unitId?: string | null; password?: string } = {},
): Promise<Account & { password: string }> {
  const number = next();
  const role = overrides.role ?? 'executive';
  const unitId = overrides.unitId !== undefined ? overrides.unitId : role === 'lead' ? (await buildUnit(context)).id : null;
  const password = overrides.password ?? FACTORY_PASSWORD;
  const account = await createAccount(context, systemActor, {
    email: overrides.email ?? `${role}.${number}@example.test`,
    name: overrides.name ?? `${role} ${number}`,
    role,
    unitId,
    password,
  });
  return { ...account, password };
}
