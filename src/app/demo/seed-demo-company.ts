import type { Person } from '../../domain/org/person.js';
import type { Relationship, Service } from '../../domain/org/relationship.js';
import type { Unit } from '../../domain/org/unit.js';
import type { Account, AppContext } from '../ports.js';
import { DEMO_DOMAIN, demoRelationships, demoServices, demoUnits, generateDemoPeople } from './demo-company.js';

export const DEMO_PASSWORD = 'eyelevel-demo';

export interface DemoLogins {
  admin: string;
  executive: string;
  lead: string;
  password: string;
}

/**
 * Stores the demo company when the organisation is empty; on a database that has units
 * already it changes nothing. Returns the demo logins either way.
 */
export async function seedDemoCompany(context: AppContext): Promise<{ isSeeded: boolean; logins: DemoLogins }> {
  const logins: DemoLogins = {
    admin: `admin@${DEMO_DOMAIN}`,
    executive: `vorstand@${DEMO_DOMAIN}`,
    lead: `lead.servicedesk@${DEMO_DOMAIN}`,
    password: DEMO_PASSWORD,
  };
  if ((await context.stores.units.listAll()).length > 0) return { isSeeded: false, logins };
  const passwordHash = await context.passwords.hash(DEMO_PASSWORD);
  await context.transaction(async (stores) => {
    const now = context.clock().toISOString();
    const unitIds = new Map(demoUnits.map((unit) => [unit.key, context.newId()]));
    const idOf = (key: string) => unitIds.get(key) as string;
    const units: Unit[] = demoUnits.map((unit) => ({
      id: idOf(unit.key),
      name: unit.name,
      parentId: unit.parentKey ? idOf(unit.parentKey) : null,
      code: unit.key.toUpperCase(),
    }));
    await stores.units.insertMany(units);
    const people: Person[] = generateDemoPeople().map((person) => ({
      id: context.newId(),
      email: person.email,
      name: person.name,
      unitId: idOf(person.unitKey),
      locale: person.locale,
      isLead: person.isLead,
    }));
    await stores.people.insertMany(people, now);
    const services: Service[] = demoServices.map((service) => ({
      id: context.newId(),
      providerUnitId: idOf(service.providerKey),
      name: service.name,
      description: service.description,
    }));
    await stores.services.insertMany(services);
    const serviceId = (providerKey: string, name: string) =>
      services.find((service) => service.providerUnitId === idOf(providerKey) && service.name === name)?.id as string;
    const relationships = new Map<string, Relationship>();
    for (const entry of demoRelationships) {
      for (const customerKey of entry.customerKeys) {
        const pair = `${entry.providerKey}>${customerKey}`;
        const relationship = relationships.get(pair) ?? {
          id: context.newId(),
          providerUnitId: idOf(entry.providerKey),
          customerUnitId: idOf(customerKey),
          serviceIds: [],
        };
        relationship.serviceIds.push(...entry.services.map((name) => serviceId(entry.providerKey, name)));
        relationships.set(pair, relationship);
      }
    }
    await stores.relationships.insertMany([...relationships.values()]);
    const accounts: Account[] = [
      { id: context.newId(), email: logins.admin, name: 'Demo Admin', role: 'admin', unitId: null, isDisabled: false },
      { id: context.newId(), email: logins.executive, name: 'Dr. Eva Vorstand', role: 'executive', unitId: null, isDisabled: false },
      { id: context.newId(), email: logins.lead, name: 'Lead Service Desk', role: 'lead', unitId: idOf('service-desk'), isDisabled: false },
    ];
    for (const account of accounts) {
      if (!(await stores.accounts.findCredentials(account.email))) await stores.accounts.insert(account, passwordHash);
    }
    await stores.audit.record({
      at: now,
      accountId: null,
      action: 'demo.seed',
      subject: 'organisation',
      details: { units: units.length, people: people.length },
    });
  });
  return { isSeeded: true, logins };
}
