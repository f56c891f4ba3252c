import { describe, expect, it } from 'vitest';
import {
  assertRetrospectiveDeletable,
  checkRetrospectiveNotes,
  completeRetrospective,
  linkRetrospective,
  MAX_RETROSPECTIVE_LINKS,
  MAX_RETROSPECTIVE_SECTION,
  RETROSPECTIVE_SECTIONS,
  RETROSPECTIVE_TEMPLATE,
  startRetrospective,
  writeRetrospectivePart,
  type RetrospectiveNotes,
} from './retrospective.js';

const now = new Date('2026-03-02T10:00:00.000Z');
const later = new Date('2026-03-09T10:00:00.000Z');
const notes = (overrides: Partial<RetrospectiveNotes> = {}): RetrospectiveNotes => ({
  whatWorks: 'Friendly and competent people.',
  whatToChange: 'Nobody answers the phone on Fridays.',
  whatWeAgree: 'A hotline rota; resolution p90 at most 8 hours.',
  ...overrides,
});
const draft = () => startRetrospective({ id: 'x1', relationshipId: 'r1', waveId: 'w1', now });

describe('writing and completing', () => {
  it('keeps each side in its own part and completes once both have written', () => {
    const byProvider = writeRetrospectivePart(draft(), {
      side: 'provider',
      authorAccountId: 'lead-it',
      notes: notes({ whatWorks: '  Short queues. ' }),
      now,
    });
    expect(byProvider.provider).toEqual({
      authorAccountId: 'lead-it',
      notes: notes({ whatWorks: 'Short queues.' }),
      writtenAt: now.toISOString(),
    });
    expect(byProvider.customer).toBeNull();
    const byBoth = writeRetrospectivePart(byProvider, { side: 'customer', authorAccountId: 'lead-sales', notes: notes(), now: later });
    expect(byBoth.provider).toEqual(byProvider.provider);
    expect(completeRetrospective(byBoth, later)).toMatchObject({ status: 'completed', completedAt: later.toISOString() });
  });

  it('lets a side rewrite its part while a draft', () => {
    const first = writeRetrospectivePart(draft(), { side: 'customer', authorAccountId: 'lead-sales', notes: notes(), now });
    const second = writeRetrospectivePart(first, {
      side: 'customer',
      authorAccountId: 'deputy-sales',
      notes: notes({ whatToChange: '' }),
      now: later,
    });
    expect(second.customer).toMatchObject({ authorAccountId: 'deputy-sales', notes: { whatToChange: '' } });
  });

  it.each([
    ['no side has written', [], ['provider', 'customer']],
    ['only the provider has written', ['provider'], ['customer']],
    ['only the customer has written', ['customer'], ['provider']],
  ] as const)('refuses to complete when %s', (_name, sides, missing) => {
    const retrospective = sides.reduce(
      (current, side) => writeRetrospectivePart(current, { side, authorAccountId: side, notes: notes(), now }),
      draft(),
    );
    expect(() => completeRetrospective(retrospective, later)).toThrowError(
      expect.objectContaining({ code: 'invalid_state', problems: missing.map((field) => expect.objectContaining({ field })) }),
    );
  });

  it('keeps the notes of a completed retrospective', () => {
    const completed = completeRetrospective(
      (['provider', 'customer'] as const).reduce(
        (current, side) => writeRetrospectivePart(current, { side, authorAccountId: side, notes: notes(), now }),
        draft(),
      ),
      later,
    );
    expect(() => writeRetrospectivePart(completed, { side: 'provider', authorAccountId: 'p', notes: notes(), now: later })).toThrowError(
      expect.objectContaining({ code: 'invalid_state' }),
    );
    expect(() => completeRetrospective(completed, later)).toThrowError(expect.objectContaining({ code: 'invalid_state' }));
    expect(linkRetrospective(completed, { actionIds: ['a1'], slaObjectiveIds: [] }).actionIds).toEqual(['a1']);
  });
});

describe('assertRetrospectiveDeletable', () => {
  const written = (...sides: ('provider' | 'customer')[]) =>
    sides.reduce((current, side) => writeRetrospectivePart(current, { side, authorAccountId: side, notes: notes(), now }), draft());
  it.each([
    ['an empty draft', () => draft(), null],
    ['a draft one side has written', () => written('customer'), null],
    ['a draft both sides have written', () => written('provider', 'customer'), null],
    ['a draft with links', () => linkRetrospective(written('provider'), { actionIds: ['a1'], slaObjectiveIds: ['o1'] }), null],
    ['a completed retrospective', () => completeRetrospective(written('provider', 'customer'), later), 'invalid_state'],
    [
      'a completed retrospective with links',
      () => linkRetrospective(completeRetrospective(written('provider', 'customer'), later), { actionIds: ['a1'], slaObjectiveIds: [] }),
      'invalid_state',
    ],
  ] as const)('%s: refused with %s', (_name, build, code) => {
    const retrospective = build();
    if (code === null) expect(() => assertRetrospectiveDeletable(retrospective)).not.toThrow();
    else expect(() => assertRetrospectiveDeletable(retrospective)).toThrowError(expect.objectContaining({ code }));
  });
});

describe('checkRetrospectiveNotes', () => {
  it.each([
    ['three sections', notes(), []],
    ['one section', notes({ whatWorks: '', whatToChange: ' ' }), []],
    ['a section at the limit', notes({ whatWorks: 'x'.repeat(MAX_RETROSPECTIVE_SECTION) }), []],
    ['no section', notes({ whatWorks: '', whatToChange: '', whatWeAgree: '  ' }), ['notes']],
    ['a section over the limit', notes({ whatToChange: 'x'.repeat(MAX_RETROSPECTIVE_SECTION + 1) }), ['notes.whatToChange']],
  ])('%s', (_name, value, fields) => {
    expect(checkRetrospectiveNotes(value).map((problem) => problem.field)).toEqual(fields);
  });
});

describe('linkRetrospective', () => {
  it('lists each action and objective once', () => {
    expect(linkRetrospective(draft(), { actionIds: ['a1', 'a2', 'a1'], slaObjectiveIds: ['o1', 'o1'] })).toMatchObject({
      actionIds: ['a1', 'a2'],
      slaObjectiveIds: ['o1'],
    });
  });

  it.each([
    [
      'too many actions',
      { actionIds: Array.from({ length: MAX_RETROSPECTIVE_LINKS + 1 }, (_, index) => `a${index}`), slaObjectiveIds: [] },
      'actionIds',
    ],
    ['an empty objective id', { actionIds: [], slaObjectiveIds: [''] }, 'slaObjectiveIds'],
  ])('refuses %s', (_name, links, field) => {
    expect(() => linkRetrospective(draft(), links)).toThrowError(
      expect.objectContaining({ problems: [expect.objectContaining({ field })] }),
    );
  });
});

describe('RETROSPECTIVE_TEMPLATE', () => {
  it.each(RETROSPECTIVE_SECTIONS)('has a bilingual title and prompt for %s', (section) => {
    const { title, prompt } = RETROSPECTIVE_TEMPLATE[section];
    for (const text of [title, prompt]) {
      expect(text.de.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
  });
});
