import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api-client';
import {
  changedFields,
  defaultDueDate,
  initialFormValues,
  readPrefill,
  serverFieldErrors,
  suggestedTitleKey,
  toActionInput,
  validateActionForm,
  validateTarget,
  type ActionFormValues,
} from './action-form';

const lead = { role: 'lead' as const, unitId: 'sd' };
const admin = { role: 'admin' as const, unitId: null };

const valid: ActionFormValues = {
  title: 'Improve responsiveness for Sales',
  description: '',
  ownerAccountId: 'me',
  dueDate: '2026-05-01',
  providerUnitId: 'sd',
  customerGroupId: 'sales',
  dimension: 'responsiveness',
  sourceWaveId: 'w1',
};

describe('readPrefill', () => {
  it.each([
    [
      '?provider=sd&customer=sales&dimension=responsiveness&wave=w1',
      admin,
      { providerUnitId: 'sd', customerGroupId: 'sales', dimension: 'responsiveness', sourceWaveId: 'w1', isFromWeakPoint: true },
    ],
    [
      '?provider=sd&dimension=courtesy&wave=w1',
      admin,
      { providerUnitId: 'sd', customerGroupId: '', dimension: 'courtesy', sourceWaveId: 'w1', isFromWeakPoint: true },
    ],
    ['', lead, { providerUnitId: 'sd', customerGroupId: '', dimension: '', sourceWaveId: '', isFromWeakPoint: false }],
    ['', admin, { providerUnitId: '', customerGroupId: '', dimension: '', sourceWaveId: '', isFromWeakPoint: false }],
    // A wave without a known dimension is no weak point: the form stays free.
    [
      '?provider=sd&dimension=speed&wave=w1',
      admin,
      { providerUnitId: 'sd', customerGroupId: '', dimension: '', sourceWaveId: 'w1', isFromWeakPoint: false },
    ],
    [
      '?wave=w1&dimension=courtesy',
      lead,
      { providerUnitId: 'sd', customerGroupId: '', dimension: 'courtesy', sourceWaveId: 'w1', isFromWeakPoint: false },
    ],
  ])('reads %s for %j', (query, account, expected) => {
    expect(readPrefill(new URLSearchParams(query), account)).toEqual(expected);
  });
});

describe('initial values', () => {
  it.each([
    [new Date(2026, 0, 15), '2026-04-15'],
    [new Date(2026, 11, 1), '2027-03-01'],
  ])('due 90 days after %s: %s', (now, expected) => {
    expect(defaultDueDate(now)).toBe(expected);
  });

  it('keeps the wave only for a weak point', () => {
    const prefill = readPrefill(new URLSearchParams('?wave=w1&dimension=courtesy'), lead);
    const values = initialFormValues({ prefill, ownerAccountId: 'me', now: new Date(2026, 0, 15), title: '' });
    expect(values).toMatchObject({
      ownerAccountId: 'me',
      dueDate: '2026-04-15',
      providerUnitId: 'sd',
      dimension: 'courtesy',
      sourceWaveId: '',
    });
  });

  it.each([
    [{ dimension: 'courtesy', customerName: 'Sales' }, 'dimensionForCustomer'],
    [{ dimension: 'courtesy', customerName: null }, 'dimension'],
    [{ dimension: '', customerName: 'Sales' }, null],
  ])('suggests a title for %j: %s', (input, expected) => {
    expect(suggestedTitleKey(input)).toBe(expected);
  });
});

describe('validateActionForm', () => {
  it.each<[Partial<ActionFormValues>, string[]]>([
    [{}, []],
    [{ title: '  ' }, ['title:titleMissing']],
    [{ title: 'x'.repeat(201) }, ['title:titleTooLong']],
    [{ description: 'x'.repeat(4001) }, ['description:descriptionTooLong']],
    [{ ownerAccountId: '' }, ['ownerAccountId:ownerMissing']],
    [{ dueDate: '' }, ['dueDate:dueDateInvalid']],
    [{ dueDate: '2026-01-31' }, ['dueDate:dueDatePast']],
    [{ dueDate: '2026-02-01' }, []],
    [{ providerUnitId: '' }, ['providerUnitId:providerMissing']],
    [{ customerGroupId: 'sd' }, ['customerGroupId:customerIsProvider']],
    [{ dimension: '' }, ['dimension:dimensionMissing']],
    [{ dimension: '', sourceWaveId: '' }, []],
  ])('%j → %j', (changes, expected) => {
    const problems = validateActionForm({ ...valid, ...changes }, '2026-02-01');
    expect(problems.map((item) => `${item.field}:${item.problem}`)).toEqual(expected);
  });
});

describe('validateTarget', () => {
  it.each<
    [
      string,
      Pick<ActionFormValues, 'providerUnitId' | 'customerGroupId'>,
      { role: 'admin' | 'executive' | 'lead'; unitId: string | null },
      string[],
    ]
  >([
    ['a lead for their unit as provider', { providerUnitId: 'sd', customerGroupId: 'sales' }, lead, []],
    ['a lead for their unit as customer group', { providerUnitId: 'it', customerGroupId: 'sd' }, lead, []],
    ['a lead for two other units', { providerUnitId: 'it', customerGroupId: 'sales' }, lead, ['providerUnitId:notOwnUnit']],
    ['a lead for another provider and all customers', { providerUnitId: 'it', customerGroupId: '' }, lead, ['providerUnitId:notOwnUnit']],
    ['a lead without a unit', { providerUnitId: 'sd', customerGroupId: '' }, { role: 'lead', unitId: null }, ['providerUnitId:notOwnUnit']],
    ['an admin for any pair', { providerUnitId: 'it', customerGroupId: 'sales' }, admin, []],
    ['no provider yet (validateActionForm says so)', { providerUnitId: '', customerGroupId: '' }, lead, []],
  ])('%s', (_name, values, account, expected) => {
    expect(validateTarget(values, account).map((item) => `${item.field}:${item.problem}`)).toEqual(expected);
  });
});

describe('request bodies', () => {
  it('sends trimmed text and null for "none"', () => {
    expect(toActionInput({ ...valid, title: ' Fix it ', customerGroupId: '', dimension: '', sourceWaveId: '' })).toEqual({
      title: 'Fix it',
      ownerAccountId: 'me',
      dueDate: '2026-05-01',
      providerUnitId: 'sd',
      customerGroupId: null,
      dimension: null,
      sourceWaveId: null,
    });
    expect(toActionInput({ ...valid, description: ' Why ' }).description).toBe('Why');
  });

  it.each([
    [{ title: 'A', description: '', ownerAccountId: 'o', dueDate: '2026-01-01' }, {}],
    [{ title: ' B ', description: '', ownerAccountId: 'o', dueDate: '2026-01-01' }, { title: 'B' }],
    [
      { title: 'A', description: 'D', ownerAccountId: 'p', dueDate: '2026-02-01' },
      { description: 'D', ownerAccountId: 'p', dueDate: '2026-02-01' },
    ],
  ])('an edit sends only what changed: %j → %j', (after, expected) => {
    expect(changedFields({ title: 'A', description: '', ownerAccountId: 'o', dueDate: '2026-01-01' }, after)).toEqual(expected);
  });

  it('reads the server field errors, schema ones too', () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'Unprocessable',
      status: 422,
      errors: [
        { field: 'dueDate', problem: 'must not be in the past' },
        { field: 'body.title', problem: 'too long' },
        { problem: 'no field' },
      ],
    });
    expect(serverFieldErrors(error)).toEqual({ dueDate: 'must not be in the past', title: 'too long' });
    expect(serverFieldErrors(new Error('x'))).toEqual({});
  });
});
