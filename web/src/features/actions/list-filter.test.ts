import { describe, expect, it } from 'vitest';
import { actionExportHref, actionListQuery } from './api';
import { readListFilter, writeListFilter } from './list-filter';

const admin = { role: 'admin' as const, unitId: null };
const executive = { role: 'executive' as const, unitId: null };
const lead = { role: 'lead' as const, unitId: 'sd' };

describe('the list filter', () => {
  it.each([
    ['', admin, { unitId: '', status: '', isOverdueOnly: false }],
    ['?unit=hr&status=done&overdue=1', executive, { unitId: 'hr', status: 'done', isOverdueOnly: true }],
    ['?unit=hr&status=later', lead, { unitId: 'sd', status: '', isOverdueOnly: false }],
    ['?overdue=yes', lead, { unitId: 'sd', status: '', isOverdueOnly: false }],
  ])('reads %s for %j', (query, account, expected) => {
    expect(readListFilter(new URLSearchParams(query), account)).toEqual(expected);
  });

  it.each([
    [{ unitId: '', status: '' as const, isOverdueOnly: false }, admin, ''],
    [{ unitId: 'hr', status: 'open' as const, isOverdueOnly: true }, admin, 'unit=hr&status=open&overdue=1'],
    [{ unitId: 'sd', status: 'in-progress' as const, isOverdueOnly: false }, lead, 'status=in-progress'],
  ])('writes %j for %j as "%s"', (filter, account, expected) => {
    expect(writeListFilter(filter, account).toString()).toBe(expected);
  });

  it.each([
    [{ unitId: '', status: '' as const, isOverdueOnly: false }, ''],
    [{ unitId: 'sd', status: 'open' as const, isOverdueOnly: true }, '?unitId=sd&status=open&overdue=true'],
    [{ unitId: '', status: '' as const, isOverdueOnly: true }, '?overdue=true'],
  ])('asks the API with %j: "%s"', (filter, expected) => {
    expect(actionListQuery(filter)).toBe(expected);
  });

  it.each([
    ['csv' as const, '', '/api/actions/export.csv'],
    ['xlsx' as const, 'sd', '/api/actions/export.xlsx?unitId=sd'],
  ])('exports %s for unit "%s" from %s', (extension, unitId, expected) => {
    expect(actionExportHref(extension, unitId)).toBe(expected);
  });
});
