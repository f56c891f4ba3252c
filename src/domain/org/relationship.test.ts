import { describe, expect, it } from 'vitest';
import { checkRelationship, checkServiceName, type Service } from './relationship.js';

const unitIds = new Set(['it', 'hr', 'sales']);
const services: Service[] = [
  { id: 'laptops', providerUnitId: 'it', name: 'Laptops', description: '' },
  { id: 'helpdesk', providerUnitId: 'it', name: 'Helpdesk', description: '' },
  { id: 'payroll', providerUnitId: 'hr', name: 'Payroll', description: '' },
];
const valid = { providerUnitId: 'it', customerUnitId: 'sales', serviceIds: ['laptops'] };

describe('checkServiceName', () => {
  it.each([
    { name: 'Laptops', problems: [] },
    { name: '  Helpdesk  ', problems: [] },
    { name: 'IT/OT support', problems: [] },
    { name: 's'.repeat(160), problems: [] },
    { name: '', problems: [{ field: 'name', problem: 'must not be empty' }] },
    { name: '   ', problems: [{ field: 'name', problem: 'must not be empty' }] },
    { name: 's'.repeat(161), problems: [{ field: 'name', problem: 'must be at most 160 characters' }] },
  ])('"$name" → $problems.length problem(s)', ({ name, problems }) => {
    expect(checkServiceName(name)).toEqual(problems);
  });

  it('names the field it was given', () => {
    expect(checkServiceName('', 'service')).toEqual([{ field: 'service', problem: 'must not be empty' }]);
  });
});

describe('checkRelationship', () => {
  it.each([
    { case: 'one service', input: valid },
    { case: 'two services of the provider', input: { ...valid, serviceIds: ['laptops', 'helpdesk'] } },
    {
      case: 'the reverse direction with the other unit’s service',
      input: { providerUnitId: 'hr', customerUnitId: 'it', serviceIds: ['payroll'] },
    },
  ])('$case → no problems', ({ input }) => {
    expect(checkRelationship({ ...input, unitIds, services })).toEqual([]);
  });

  it.each([
    {
      case: 'self-relationship',
      input: { ...valid, customerUnitId: 'it' },
      problems: [{ field: 'customerUnitId', problem: 'a unit cannot be its own internal customer' }],
    },
    {
      case: 'unknown provider',
      input: { ...valid, providerUnitId: 'ghost', serviceIds: [] as string[] },
      fields: ['providerUnitId', 'serviceIds'],
    },
    {
      case: 'unknown customer',
      input: { ...valid, customerUnitId: 'ghost' },
      problems: [{ field: 'customerUnitId', problem: 'no such unit' }],
    },
    {
      case: 'no services',
      input: { ...valid, serviceIds: [] as string[] },
      problems: [{ field: 'serviceIds', problem: 'name at least one service' }],
    },
    {
      case: 'unknown service',
      input: { ...valid, serviceIds: ['laptops', 'ghost'] },
      problems: [{ field: 'serviceIds', problem: 'no such service: ghost' }],
    },
    {
      case: 'foreign service (of another unit)',
      input: { ...valid, serviceIds: ['payroll'] },
      problems: [{ field: 'serviceIds', problem: '"Payroll" is not a service of the provider unit' }],
    },
    {
      case: 'one own and one foreign service',
      input: { ...valid, serviceIds: ['laptops', 'payroll'] },
      problems: [{ field: 'serviceIds', problem: '"Payroll" is not a service of the provider unit' }],
    },
  ])('$case', ({ input, problems, fields }) => {
    const found = checkRelationship({ ...input, unitIds, services });
    if (problems) expect(found).toEqual(problems);
    if (fields) expect(found.map((problem) => problem.field)).toEqual(fields);
  });

  it('reports unknown provider and customer, a self-relationship and no services all at once', () => {
    const found = checkRelationship({ providerUnitId: 'ghost', customerUnitId: 'ghost', serviceIds: [], unitIds, services });
    expect(found.map((problem) => problem.field)).toEqual(['providerUnitId', 'customerUnitId', 'customerUnitId', 'serviceIds']);
  });

  it('reports every service of the provider that is missing or foreign', () => {
    const found = checkRelationship({ ...valid, serviceIds: ['payroll', 'ghost', 'laptops'], unitIds, services });
    expect(found).toHaveLength(2);
  });
});
