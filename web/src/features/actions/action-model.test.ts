import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api-client';
import type { Action, ActionEffect, ActionStatus } from './api';
import {
  allowedTransitions,
  canChooseUnit,
  canCreateAction,
  canCreateActions,
  canDeleteAction,
  canWorkOnAction,
  comparisonKey,
  deletedTitleOf,
  defaultUnitFilter,
  effectPrecondition,
  effectSentenceKey,
  hasNoHistory,
  isEditable,
  isEffectPending,
  sortByDueDate,
} from './action-model';

const problem = (status: number) => new ApiError({ type: 'about:blank', title: 'x', status });

describe('allowedTransitions', () => {
  it.each<[ActionStatus, string[]]>([
    ['open', ['in-progress:start', 'done:markDone', 'dropped:drop']],
    ['in-progress', ['done:markDone', 'dropped:drop', 'open:backToOpen']],
    ['done', ['open:reopen']],
    ['dropped', ['open:reopen']],
  ])('from %s', (status, expected) => {
    expect(allowedTransitions(status).map((transition) => `${transition.to}:${transition.name}`)).toEqual(expected);
  });

  it.each<[ActionStatus, boolean]>([
    ['open', true],
    ['in-progress', true],
    ['done', false],
    ['dropped', false],
  ])('%s is editable: %s', (status, expected) => {
    expect(isEditable(status)).toBe(expected);
  });
});

describe('sortByDueDate', () => {
  it('orders by due date, then title, and leaves the input alone', () => {
    const actions = [
      { id: '1', dueDate: '2026-03-01', title: 'b' },
      { id: '2', dueDate: '2026-01-20', title: 'z' },
      { id: '3', dueDate: '2026-03-01', title: 'a' },
    ] as Action[];
    expect(sortByDueDate(actions).map((action) => action.id)).toEqual(['2', '3', '1']);
    expect(actions.map((action) => action.id)).toEqual(['1', '2', '3']);
  });
});

describe('who may do what', () => {
  const action = { providerUnitId: 'sd', customerGroupId: 'sales', ownerAccountId: 'owner' };
  it.each([
    [{ id: 'a', role: 'admin' as const, unitId: null }, true],
    [{ id: 'e', role: 'executive' as const, unitId: null }, false],
    [{ id: 'owner', role: 'executive' as const, unitId: null }, true],
    [{ id: 'l1', role: 'lead' as const, unitId: 'sd' }, true],
    [{ id: 'l2', role: 'lead' as const, unitId: 'sales' }, true],
    [{ id: 'l3', role: 'lead' as const, unitId: 'hr' }, false],
    [{ id: 'l4', role: 'lead' as const, unitId: null }, false],
  ])('%j works on it: %s', (account, expected) => {
    expect(canWorkOnAction(account, action)).toBe(expected);
  });

  it.each([
    [{ role: 'admin' as const, unitId: null }, { providerUnitId: 'it', customerGroupId: 'hr' }, true],
    [{ role: 'executive' as const, unitId: 'sd' }, { providerUnitId: 'sd', customerGroupId: null }, false],
    [{ role: 'lead' as const, unitId: 'sd' }, { providerUnitId: 'sd', customerGroupId: null }, true],
    [{ role: 'lead' as const, unitId: 'sd' }, { providerUnitId: 'it', customerGroupId: 'sd' }, true],
    [{ role: 'lead' as const, unitId: 'sd' }, { providerUnitId: 'it', customerGroupId: 'hr' }, false],
    [{ role: 'lead' as const, unitId: 'sd' }, { providerUnitId: 'it', customerGroupId: null }, false],
    [{ role: 'lead' as const, unitId: null }, { providerUnitId: 'it', customerGroupId: null }, false],
  ])('%j creates for %j: %s', (account, target, expected) => {
    expect(canCreateAction(account, target)).toBe(expected);
  });

  it.each([
    [{ id: 'a', role: 'admin' as const, unitId: null }, true],
    [{ id: 'owner', role: 'executive' as const, unitId: null }, false],
    [{ id: 'l1', role: 'lead' as const, unitId: 'sd' }, true],
    [{ id: 'l2', role: 'lead' as const, unitId: 'sales' }, true],
    [{ id: 'l3', role: 'lead' as const, unitId: 'hr' }, false],
  ])('%j deletes it: %s', (account, expected) => {
    expect(canDeleteAction(account, action)).toBe(expected);
  });

  it.each([
    [{ role: 'admin' as const, unitId: null }, true, '', true],
    [{ role: 'executive' as const, unitId: null }, true, '', false],
    [{ role: 'lead' as const, unitId: 'sd' }, false, 'sd', true],
    [{ role: 'lead' as const, unitId: null }, false, '', false],
  ])('%j: chooses units %s, starts with "%s", creates %s', (account, chooses, unit, creates) => {
    expect(canChooseUnit(account)).toBe(chooses);
    expect(defaultUnitFilter(account)).toBe(unit);
    expect(canCreateActions(account)).toBe(creates);
  });
});

describe('hasNoHistory', () => {
  const fresh = {
    status: 'open' as const,
    createdAt: '2026-03-02T10:00:00.000Z',
    statusChangedAt: '2026-03-02T10:00:00.000Z',
    comments: [],
  };
  it.each([
    ['fresh', fresh, true],
    ['moved and back to open', { ...fresh, statusChangedAt: '2026-03-03T10:00:00.000Z' }, false],
    ['dropped', { ...fresh, status: 'dropped' as const }, false],
    ['commented', { ...fresh, comments: [{ authorAccountId: 'a', at: fresh.createdAt, text: 'Why?' }] }, false],
  ])('%s: %s', (_name, action, expected) => {
    expect(hasNoHistory(action)).toBe(expected);
  });
});

describe('deletedTitleOf', () => {
  it.each([
    [{ deletedTitle: 'Created twice' }, 'Created twice'],
    [null, null],
    [undefined, null],
    [{ deletedTitle: 42 }, null],
    ['text', null],
  ])('%j: %s', (state, expected) => {
    expect(deletedTitleOf(state)).toBe(expected);
  });
});

describe('the effect', () => {
  it.each([
    [{ dimension: null, sourceWaveId: 'w' }, 'no-dimension'],
    [{ dimension: 'courtesy', sourceWaveId: null }, 'no-source-wave'],
    [{ dimension: null, sourceWaveId: null }, 'no-dimension'],
    [{ dimension: 'courtesy', sourceWaveId: 'w' }, null],
  ])('precondition of %j is %s', (action, expected) => {
    expect(effectPrecondition(action)).toBe(expected);
  });

  it.each([
    [problem(409), true],
    [problem(404), true],
    [problem(422), false],
    [problem(403), false],
    [new Error('network'), false],
  ])('%s means "not yet": %s', (error, expected) => {
    expect(isEffectPending(error)).toBe(expected);
  });

  it.each([
    ['helped', 'helped'],
    ['fell-behind', 'fellBehind'],
    ['no-clear-difference', 'noClearDifference'],
    ['too-few-answers', 'tooFewAnswers'],
  ] as const)('label %s reads as %s', (label, expected) => {
    expect(effectSentenceKey({ effect: { label } as ActionEffect['effect'] })).toBe(expected);
  });

  it.each([
    ['other-customers-of-provider', 'otherCustomers'],
    ['other-providers', 'otherProviders'],
  ] as const)('comparison group %s is explained as %s', (comparisonGroup, expected) => {
    expect(comparisonKey({ comparisonGroup })).toBe(expected);
  });
});
