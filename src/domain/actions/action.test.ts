import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  ACTION_STATUSES,
  addActionComment,
  assertActionDeletable,
  changeActionStatus,
  checkAction,
  createAction,
  createActionFromWeakPoint,
  editAction,
  isOverdue,
  MAX_ACTION_COMMENT,
  reasonNotDeletable,
  type Action,
  type ActionFields,
  type ActionStatus,
} from './action.js';

const now = new Date('2026-03-02T10:00:00.000Z');
const later = new Date('2026-03-20T10:00:00.000Z');
const fields = (overrides: Partial<ActionFields> = {}): ActionFields => ({
  title: 'Publish a hotline rota',
  description: '',
  ownerAccountId: 'lead-it',
  dueDate: '2026-04-30',
  providerUnitId: 'it',
  customerGroupId: 'sales',
  dimension: 'reachability',
  ...overrides,
});
const action = (status: ActionStatus = 'open', overrides: Partial<Action> = {}): Action => ({
  ...createAction({ id: 'a1', fields: fields(), sourceWaveId: null, createdByAccountId: 'lead-it', now }),
  status,
  ...overrides,
});

describe('createActionFromWeakPoint', () => {
  it('takes provider, customer group and dimension from the weak point and starts open', () => {
    const created = createActionFromWeakPoint({
      id: 'a1',
      weakPoint: { providerId: 'it', customerGroupId: 'sales', dimension: 'reachability' },
      waveId: 'w1',
      fields: { title: '  Publish a hotline rota ', description: 'Two people on call', ownerAccountId: 'lead-it', dueDate: '2026-04-30' },
      createdByAccountId: 'lead-sales',
      now,
    });
    expect(created).toEqual({
      id: 'a1',
      title: 'Publish a hotline rota',
      description: 'Two people on call',
      ownerAccountId: 'lead-it',
      dueDate: '2026-04-30',
      status: 'open',
      providerUnitId: 'it',
      customerGroupId: 'sales',
      dimension: 'reachability',
      sourceWaveId: 'w1',
      createdByAccountId: 'lead-sales',
      createdAt: now.toISOString(),
      statusChangedAt: now.toISOString(),
      closedAt: null,
      comments: [],
    });
  });

  it('refuses a weak point of a dimension that is not in the item bank', () => {
    expect(() =>
      createActionFromWeakPoint({
        id: 'a1',
        weakPoint: { providerId: 'it', customerGroupId: null, dimension: 'speediness' },
        waveId: 'w1',
        fields: { title: 'x', description: '', ownerAccountId: 'lead-it', dueDate: '2026-04-30' },
        createdByAccountId: 'lead-it',
        now,
      }),
    ).toThrowError(expect.objectContaining({ problems: [expect.objectContaining({ field: 'dimension' })] }));
  });
});

describe('checkAction', () => {
  it('accepts a free action without customer group or dimension, due today', () => {
    expect(checkAction(fields({ customerGroupId: null, dimension: null, dueDate: '2026-03-02' }), '2026-03-02')).toEqual([]);
  });

  it.each([
    ['an empty title', { title: '  ' }, 'title'],
    ['a title of 201 characters', { title: 'x'.repeat(201) }, 'title'],
    ['a description of 4001 characters', { description: 'x'.repeat(4001) }, 'description'],
    ['no owner', { ownerAccountId: '' }, 'ownerAccountId'],
    ['a due date that does not exist', { dueDate: '2026-02-30' }, 'dueDate'],
    ['a due date in the past', { dueDate: '2026-03-01' }, 'dueDate'],
    ['no provider', { providerUnitId: ' ' }, 'providerUnitId'],
    ['the provider as its own customer', { customerGroupId: 'it' }, 'customerGroupId'],
    ['an unknown dimension', { dimension: 'speediness' }, 'dimension'],
  ])('names the field for %s', (_name, overrides, field) => {
    expect(checkAction(fields(overrides), '2026-03-02').map((problem) => problem.field)).toEqual([field]);
  });

  it('judges "today" for the due date in the given time zone', () => {
    // 23:30 UTC on 1 March is already 2 March in Berlin.
    const lateEvening = new Date('2026-03-01T23:30:00.000Z');
    const create = (timeZone?: string) => () =>
      createAction({
        id: 'a1',
        fields: fields({ dueDate: '2026-03-01' }),
        sourceWaveId: null,
        createdByAccountId: 'x',
        now: lateEvening,
        timeZone,
      });
    expect(create()).not.toThrow();
    expect(create('Europe/Berlin')).toThrowError(expect.objectContaining({ code: 'validation' }));
  });
});

describe('changeActionStatus', () => {
  const allowed: Record<ActionStatus, ActionStatus[]> = {
    open: ['in-progress', 'done', 'dropped'],
    'in-progress': ['open', 'done', 'dropped'],
    done: ['open'],
    dropped: ['open'],
  };
  const cases = ACTION_STATUSES.flatMap((from) => ACTION_STATUSES.map((to) => ({ from, to, isAllowed: allowed[from].includes(to) })));

  it.each(cases)('$from → $to allowed: $isAllowed', ({ from, to, isAllowed }) => {
    const attempt = () => changeActionStatus(action(from), to, later);
    if (isAllowed) expect(attempt()).toMatchObject({ status: to, statusChangedAt: later.toISOString() });
    else expect(attempt).toThrowError(expect.objectContaining({ code: 'invalid_state' }));
  });

  it('records when an action was closed, and forgets it when reopened', () => {
    const done = changeActionStatus(action('in-progress'), 'done', later);
    expect(done.closedAt).toBe(later.toISOString());
    const reopened = changeActionStatus(done, 'open', new Date('2026-05-01T00:00:00.000Z'));
    expect(reopened).toMatchObject({ status: 'open', closedAt: null, statusChangedAt: '2026-05-01T00:00:00.000Z' });
  });
});

describe('deleting an action created by mistake', () => {
  const fresh = action();
  const paused = changeActionStatus(changeActionStatus(fresh, 'in-progress', later), 'open', later);
  const commented = addActionComment(fresh, { authorAccountId: 'lead-it', text: 'Started by mistake?', now: later });

  it.each([
    ['a fresh open action', fresh, false, null],
    ['a fresh action in a retrospective', fresh, true, /retrospective links it/],
    ['an open action that was in progress before', paused, false, /history of status changes/],
    ['a dropped action', changeActionStatus(fresh, 'dropped', later), false, /history of status changes/],
    ['a done action', changeActionStatus(fresh, 'done', later), false, /history of status changes/],
    ['an open action with a comment', commented, false, /has comments/],
  ] as const)('%s: %s', (_name, candidate, isInRetrospective, reason) => {
    const found = reasonNotDeletable(candidate, isInRetrospective);
    if (reason === null) {
      expect(found).toBeNull();
      expect(() => assertActionDeletable(candidate, isInRetrospective)).not.toThrow();
    } else {
      expect(found).toMatch(reason);
      expect(() => assertActionDeletable(candidate, isInRetrospective)).toThrowError(expect.objectContaining({ code: 'invalid_state' }));
    }
  });
});

describe('isOverdue', () => {
  it.each([
    ['open, due yesterday', 'open', '2026-03-01', 'UTC', true],
    ['in progress, due yesterday', 'in-progress', '2026-03-01', 'UTC', true],
    ['open, due today', 'open', '2026-03-02', 'UTC', false],
    ['open, due tomorrow', 'open', '2026-03-03', 'UTC', false],
    ['done, due long ago', 'done', '2026-01-01', 'UTC', false],
    ['dropped, due long ago', 'dropped', '2026-01-01', 'UTC', false],
  ] as const)('%s → %s', (_name, status, dueDate, timeZone, expected) => {
    expect(isOverdue({ status, dueDate }, now, timeZone)).toBe(expected);
  });

  it('compares dates, not times: due 2 March is overdue from midnight UTC on 3 March', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-03-02' }, new Date('2026-03-02T23:59:59.999Z'))).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: '2026-03-02' }, new Date('2026-03-03T00:00:00.000Z'))).toBe(true);
    // 05:00 UTC on 3 March is still 19:00 on 2 March in Honolulu; 20:00 UTC on 2 March is 05:00 on 3 March in Tokyo.
    expect(isOverdue({ status: 'open', dueDate: '2026-03-02' }, new Date('2026-03-03T05:00:00.000Z'), 'Pacific/Honolulu')).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: '2026-03-02' }, new Date('2026-03-02T20:00:00.000Z'), 'Asia/Tokyo')).toBe(true);
  });
});

describe('editAction', () => {
  it('keeps a passed due date that is not changed, but refuses a new one in the past', () => {
    const overdue = action('open', { dueDate: '2026-03-10' });
    expect(editAction(overdue, { title: 'Hotline rota, two people' }, { now: later })).toMatchObject({
      title: 'Hotline rota, two people',
      dueDate: '2026-03-10',
    });
    expect(editAction(overdue, { dueDate: '2026-04-15' }, { now: later }).dueDate).toBe('2026-04-15');
    expect(() => editAction(overdue, { dueDate: '2026-03-15' }, { now: later })).toThrowError(
      expect.objectContaining({ problems: [{ field: 'dueDate', problem: 'must not be in the past' }] }),
    );
  });

  it.each(['done', 'dropped'] as const)('refuses to edit a %s action', (status) => {
    expect(() => editAction(action(status), { title: 'New' }, { now: later })).toThrowError(
      expect.objectContaining({ code: 'invalid_state' }),
    );
  });
});

describe('addActionComment', () => {
  it('appends a trimmed comment with author and time, also on a closed action', () => {
    const commented = addActionComment(action('dropped'), {
      authorAccountId: 'lead-sales',
      text: '  Replaced by the new portal. ',
      now: later,
    });
    expect(commented.comments).toEqual([{ authorAccountId: 'lead-sales', at: later.toISOString(), text: 'Replaced by the new portal.' }]);
  });

  it.each([
    ['empty', '   ', false],
    ['at the limit', 'x'.repeat(MAX_ACTION_COMMENT), true],
    ['over the limit', 'x'.repeat(MAX_ACTION_COMMENT + 1), false],
  ])('%s', (_name, text, isAccepted) => {
    const attempt = () => addActionComment(action(), { authorAccountId: 'a', text, now: later });
    if (isAccepted) expect(attempt().comments).toHaveLength(1);
    else expect(attempt).toThrowError(DomainError);
  });
});
