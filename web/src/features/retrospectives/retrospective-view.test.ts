import { describe, expect, it } from 'vitest';
import type { Action } from '../actions/api';
import type { Retrospective, RetrospectivePart, RetrospectiveTemplate } from './api';
import {
  findExisting,
  groupAnswers,
  isSameSet,
  linkableActions,
  objectiveName,
  resolveLinks,
  summarizeRows,
  toggleId,
  writtenSides,
} from './retrospective-view';

const part = (whatWorks: string, whatToChange = '', whatWeAgree = ''): RetrospectivePart => ({
  authorAccountId: 'a',
  notes: { whatWorks, whatToChange, whatWeAgree },
  writtenAt: '2026-01-01T00:00:00Z',
});

function retrospective(changes: Partial<Retrospective>): Retrospective {
  return {
    id: 'x',
    relationshipId: 'r1',
    waveId: 'w1',
    status: 'draft',
    provider: null,
    customer: null,
    actionIds: [],
    slaObjectiveIds: [],
    createdAt: '2026-01-01T00:00:00Z',
    completedAt: null,
    ...changes,
  };
}

describe('writtenSides', () => {
  it.each([
    [null, null, 'none'],
    [part('a'), null, 'provider'],
    [null, part('a'), 'customer'],
    [part('a'), part('b'), 'both'],
  ] as const)('provider %j, customer %j → %s', (provider, customer, expected) => {
    expect(writtenSides({ provider, customer })).toBe(expected);
  });
});

describe('summarizeRows', () => {
  it('labels relationships and waves, newest first, and keeps unknown ids', () => {
    const rows = summarizeRows({
      retrospectives: [
        retrospective({ id: 'old', createdAt: '2025-01-01T00:00:00Z', provider: part('a') }),
        retrospective({ id: 'new', relationshipId: 'gone', waveId: 'w2', status: 'completed', provider: part('a'), customer: part('b') }),
      ],
      relationships: [{ id: 'r1', providerPath: 'Muster AG/IT/Service Desk', customerPath: 'Muster AG/Sales' }],
      waves: [{ id: 'w1', name: 'Spring 2026' }],
    });
    expect(rows).toEqual([
      { id: 'new', relationshipLabel: 'gone', waveName: 'w2', status: 'completed', written: 'both', createdAt: '2026-01-01T00:00:00Z' },
      {
        id: 'old',
        relationshipLabel: 'Service Desk → Sales',
        waveName: 'Spring 2026',
        status: 'draft',
        written: 'provider',
        createdAt: '2025-01-01T00:00:00Z',
      },
    ]);
  });
});

const template: RetrospectiveTemplate = {
  whatWorks: { title: { de: 'Was gut läuft', en: 'What works' }, prompt: { de: 'P1 de', en: 'P1 en' } },
  whatToChange: { title: { de: 'Was sich ändern soll', en: 'What to change' }, prompt: { de: 'P2 de', en: 'P2 en' } },
  whatWeAgree: { title: { de: 'Was wir vereinbaren', en: 'What we agree' }, prompt: { de: 'P3 de', en: 'P3 en' } },
};

describe('groupAnswers', () => {
  it('puts both sides answers beside each question, in template order', () => {
    const rows = groupAnswers(template, { provider: part('Fast replies', '  '), customer: null }, 'en');
    expect(rows.map((row) => [row.section, row.title, row.prompt, row.answers.provider, row.answers.customer])).toEqual([
      ['whatWorks', 'What works', 'P1 en', { kind: 'text', text: 'Fast replies' }, { kind: 'not-written' }],
      ['whatToChange', 'What to change', 'P2 en', { kind: 'empty' }, { kind: 'not-written' }],
      ['whatWeAgree', 'What we agree', 'P3 en', { kind: 'empty' }, { kind: 'not-written' }],
    ]);
  });
});

describe('links', () => {
  const action = (id: string, providerUnitId: string, dueDate: string): Pick<Action, 'id' | 'title' | 'dueDate' | 'providerUnitId'> => ({
    id,
    title: id,
    dueDate,
    providerUnitId,
  });

  it('offers only the provider actions, by due date', () => {
    const actions = [action('b', 'it', '2026-03-01'), action('x', 'hr', '2026-01-01'), action('a', 'it', '2026-02-01')];
    expect(linkableActions(actions, 'it').map((each) => each.id)).toEqual(['a', 'b']);
  });

  it('resolves linked ids and keeps those it does not know', () => {
    expect(resolveLinks(['a', 'zz'], [{ id: 'a' }], (item) => item.id)).toEqual([
      { id: 'a', item: { id: 'a' } },
      { id: 'zz', item: null },
    ]);
  });

  it.each([
    [{ objectiveId: 'o', current: { name: 'Reaction' }, proposal: { name: 'New' } }, 'Reaction'],
    [{ objectiveId: 'o', current: null, proposal: { name: 'New' } }, 'New'],
    [{ objectiveId: 'o', current: null, proposal: null, versions: [{ name: 'Old' }] }, 'Old'],
    [{ objectiveId: 'o', current: null, proposal: null }, 'o'],
  ])('names objective %j as %s', (objective, expected) => {
    expect(objectiveName(objective)).toBe(expected);
  });

  it.each([
    [['a', 'b'], 'c', true, ['a', 'b', 'c']],
    [['a', 'b'], 'a', false, ['b']],
    [['a'], 'a', true, ['a']],
  ] as const)('toggles %j with %s (%s)', (ids, id, isChosen, expected) => {
    expect(toggleId(ids, id, isChosen)).toEqual(expected);
  });

  it.each([
    [['a', 'b'], ['b', 'a'], true],
    [['a'], ['a', 'b'], false],
    [[], [], true],
  ] as const)('%j and %j are the same set: %s', (left, right, expected) => {
    expect(isSameSet(left, right)).toBe(expected);
  });

  it('finds the retrospective a relationship already has of a wave', () => {
    const known = [retrospective({ id: 'a' }), retrospective({ id: 'b', waveId: 'w2' })];
    expect(findExisting(known, 'r1', 'w2')?.id).toBe('b');
    expect(findExisting(known, 'r2', 'w1')).toBeUndefined();
  });
});
