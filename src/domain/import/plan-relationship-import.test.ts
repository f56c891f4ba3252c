import { describe, expect, it } from 'vitest';
import type { Relationship, Service } from '../org/relationship.js';
import type { Unit } from '../org/unit.js';
import type { ImportRow } from './import-plan.js';
import { planRelationshipImport } from './plan-relationship-import.js';

const units: Unit[] = [
  { id: 'u-c', name: 'Company', parentId: null, code: null },
  { id: 'u-it', name: 'IT', parentId: 'u-c', code: null },
  { id: 'u-hr', name: 'HR', parentId: 'u-c', code: null },
  { id: 'u-q', name: 'Qualität', parentId: 'u-c', code: null },
];
const services: Service[] = [{ id: 's-help', providerUnitId: 'u-it', name: 'Helpdesk', description: '' }];
const relationships: Relationship[] = [{ id: 'r-it-hr', providerUnitId: 'u-it', customerUnitId: 'u-hr', serviceIds: ['s-help'] }];

const rows = (...lines: [string, string, string][]): ImportRow[] =>
  lines.map(([provider, customer, service], index) => ({ line: index + 2, values: { provider, customer, service } }));
const plan = (input: ImportRow[]) => {
  let next = 0;
  return planRelationshipImport({ units, services, relationships, rows: input, newId: () => `new-${++next}` });
};

describe('planRelationshipImport', () => {
  it('creates services and relationships, and treats repeated rows as one', () => {
    const result = plan(
      rows(
        ['Company/IT', 'Company/Qualität', 'Helpdesk'],
        ['Company/IT', 'Company/Qualität', 'Laptops'],
        ['company/it', 'company/qualität', 'laptops'],
        ['Company/IT', 'Company/HR', 'helpdesk'],
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.servicesToCreate).toEqual([{ id: 'new-2', providerUnitId: 'u-it', name: 'Laptops', description: '' }]);
    expect(result.relationshipsToCreate).toEqual([
      { id: 'new-1', providerUnitId: 'u-it', customerUnitId: 'u-q', serviceIds: ['s-help', 'new-2'] },
    ]);
    expect(result.linksToAdd).toEqual([]);
    expect(result.summary).toEqual({
      servicesCreated: 1,
      relationshipsCreated: 1,
      relationshipsUpdated: 0,
      relationshipsUnchanged: 1,
      linksCreated: 2,
    });
    expect(result.changes).toEqual([
      { kind: 'create', entity: 'service', label: 'Company/IT: Laptops' },
      { kind: 'create', entity: 'relationship', label: 'Company/IT → Company/Qualität', detail: 'services: Helpdesk, Laptops' },
    ]);
  });

  it('links a new service to an existing relationship', () => {
    const result = plan(rows(['Company/IT', 'Company/HR', 'Payroll system']));
    expect(result.linksToAdd).toEqual([{ relationshipId: 'r-it-hr', serviceId: 'new-1' }]);
    expect(result.summary).toMatchObject({ relationshipsUpdated: 1, linksCreated: 1 });
  });

  it.each<[string, [string, string, string], { line: number; column: string; problem: string }[]]>([
    [
      'an unknown provider',
      ['Company/Sales', 'Company/HR', 'X'],
      [{ line: 2, column: 'provider', problem: 'no unit "Company/Sales"; import it with the people or units first' }],
    ],
    [
      'an unknown customer',
      ['Company/IT', 'HR', 'X'],
      [{ line: 2, column: 'customer', problem: 'no unit "HR"; import it with the people or units first' }],
    ],
    [
      'a unit as its own customer',
      ['Company/IT', 'Company/IT', 'X'],
      [{ line: 2, column: 'customer', problem: 'a unit cannot be its own internal customer' }],
    ],
    ['an empty service', ['Company/IT', 'Company/HR', ''], [{ line: 2, column: 'service', problem: 'must not be empty' }]],
    ['an empty provider', ['', 'Company/HR', 'X'], [{ line: 2, column: 'provider', problem: 'must not be empty' }]],
  ])('rejects %s', (_case, input, problems) => {
    const result = plan(rows(input));
    expect(result.problems).toEqual(problems);
    expect(result.changes).toEqual([]);
  });
});
