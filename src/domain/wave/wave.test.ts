import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { decideWaveChange, dueTransition, isAcceptingResponses, type Wave, type WaveChange, type WaveStatus } from './wave.js';

const now = new Date('2026-03-01T10:00:00.000Z');
const wave = (status: WaveStatus, overrides: Partial<Wave> = {}): Wave => ({
  id: 'w1',
  name: 'Spring 2026',
  questionnaireVersionId: 'v1',
  scope: { providerUnitIds: null, customerUnitIds: null },
  status,
  opensAt: null,
  closesAt: null,
  ...overrides,
});

describe('decideWaveChange: what may change in which state', () => {
  const changes: WaveChange[] = [
    { kind: 'rename', name: 'New name' },
    { kind: 'set-questionnaire', questionnaireVersionId: 'v2' },
    { kind: 'set-scope', scope: { providerUnitIds: ['u1'], customerUnitIds: null } },
    { kind: 'open' },
    { kind: 'close' },
    { kind: 'archive' },
  ];
  const expected: Record<WaveStatus, WaveChange['kind'][]> = {
    draft: ['rename', 'set-questionnaire', 'set-scope', 'open'],
    open: ['rename', 'close'],
    closed: ['archive'],
    archived: [],
  };
  const cases = (Object.keys(expected) as WaveStatus[]).flatMap((status) =>
    changes.map((change) => ({ status, change: change.kind, isAllowed: expected[status].includes(change.kind), value: change })),
  );
  it.each(cases)('$status wave, $change → allowed: $isAllowed', ({ status, value, isAllowed }) => {
    const attempt = () => decideWaveChange(wave(status), value, now);
    if (isAllowed) expect(attempt).not.toThrow();
    else expect(attempt).toThrowError(expect.objectContaining({ code: 'invalid_state' }));
  });
});

describe('decideWaveChange: transitions', () => {
  it.each([
    ['open sets the opening time', wave('draft'), { kind: 'open' } as WaveChange, { status: 'open', opensAt: now.toISOString() }],
    [
      'close sets the close time',
      wave('open', { opensAt: '2026-02-01T00:00:00.000Z' }),
      { kind: 'close' } as WaveChange,
      { status: 'closed', closesAt: now.toISOString() },
    ],
    ['archive', wave('closed'), { kind: 'archive' } as WaveChange, { status: 'archived' }],
  ])('%s', (_name, before, change, after) => {
    expect(decideWaveChange(before, change, now)).toMatchObject(after);
  });

  it.each([
    [
      'close before open',
      { kind: 'schedule', opensAt: '2026-04-02T00:00:00.000Z', closesAt: '2026-04-01T00:00:00.000Z' },
      wave('draft'),
      'closesAt',
    ],
    ['not a time', { kind: 'schedule', opensAt: 'tomorrow', closesAt: null }, wave('draft'), 'opensAt'],
    [
      'open wave, close time in the past',
      { kind: 'schedule', opensAt: '2026-02-01T00:00:00.000Z', closesAt: '2026-02-15T00:00:00.000Z' },
      wave('open', { opensAt: '2026-02-01T00:00:00.000Z' }),
      'closesAt',
    ],
    ['empty name', { kind: 'rename', name: '  ' }, wave('draft'), 'name'],
  ] as [string, WaveChange, Wave, string][])('refuses %s, naming %s', (_name, change, before, field) => {
    try {
      decideWaveChange(before, change, now);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).problems[0]?.field).toBe(field);
    }
  });

  it('an open wave may extend its close time but not move its opening', () => {
    const open = wave('open', { opensAt: '2026-02-01T00:00:00.000Z', closesAt: '2026-03-05T00:00:00.000Z' });
    expect(decideWaveChange(open, { kind: 'schedule', opensAt: open.opensAt, closesAt: '2026-03-20T00:00:00.000Z' }, now).closesAt).toBe(
      '2026-03-20T00:00:00.000Z',
    );
    expect(() => decideWaveChange(open, { kind: 'schedule', opensAt: '2026-02-10T00:00:00.000Z', closesAt: open.closesAt }, now)).toThrow(
      /opening time/,
    );
  });

  it('refuses to open a wave whose close time has passed', () => {
    expect(() => decideWaveChange(wave('draft', { closesAt: '2026-02-01T00:00:00.000Z' }), { kind: 'open' }, now)).toThrow(
      /close time has passed/,
    );
  });
});

describe('dueTransition and isAcceptingResponses', () => {
  it.each([
    ['draft, no schedule', wave('draft'), null, false],
    ['draft, opening due', wave('draft', { opensAt: '2026-03-01T09:00:00.000Z' }), 'open', false],
    ['draft, opening later', wave('draft', { opensAt: '2026-03-02T00:00:00.000Z' }), null, false],
    ['open, no close time', wave('open'), null, true],
    ['open, close due', wave('open', { closesAt: '2026-03-01T10:00:00.000Z' }), 'close', false],
    ['open, close later', wave('open', { closesAt: '2026-03-08T00:00:00.000Z' }), null, true],
    ['closed', wave('closed'), null, false],
  ] as const)('%s', (_name, subject, transition, isAccepting) => {
    expect(dueTransition(subject, now)).toBe(transition);
    expect(isAcceptingResponses(subject, now)).toBe(isAccepting);
  });
});
