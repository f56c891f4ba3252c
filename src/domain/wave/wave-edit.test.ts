import { describe, expect, it } from 'vitest';
import type { Wave, WaveStatus } from './wave.js';
import { applyWaveEdit, createDraftWave, planWaveEdit } from './wave-edit.js';

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

describe('createDraftWave', () => {
  const input = {
    id: 'w2',
    name: '  Autumn  ',
    questionnaireVersionId: 'v1',
    scope: { providerUnitIds: ['b', 'a'], customerUnitIds: null },
    opensAt: null,
    closesAt: null,
  };
  it('makes a draft with a trimmed name and a tidy scope', () => {
    expect(createDraftWave(input, now)).toEqual({
      id: 'w2',
      name: 'Autumn',
      questionnaireVersionId: 'v1',
      scope: { providerUnitIds: ['a', 'b'], customerUnitIds: null },
      status: 'draft',
      opensAt: null,
      closesAt: null,
    });
  });

  it.each([
    ['an empty name', { name: ' ' }, 'name'],
    ['an opening in the past', { opensAt: '2026-02-01T00:00:00.000Z' }, 'opensAt'],
    ['a close time in the past', { closesAt: '2026-02-01T00:00:00.000Z' }, 'closesAt'],
    ['a time that is not in ISO form', { opensAt: '2026-04-01 10:00' }, 'opensAt'],
  ])('refuses %s', (_name, change, field) => {
    expect(() => createDraftWave({ ...input, ...change }, now)).toThrowError(
      expect.objectContaining({ code: 'validation', problems: [expect.objectContaining({ field })] }),
    );
  });
});

describe('planWaveEdit', () => {
  it('leaves out what does not change', () => {
    const current = wave('closed', { opensAt: '2026-02-01T00:00:00.000Z', closesAt: '2026-02-20T00:00:00.000Z' });
    expect(
      planWaveEdit(current, {
        name: 'Spring 2026 ',
        questionnaireVersionId: 'v1',
        scope: { providerUnitIds: null, customerUnitIds: null },
        opensAt: current.opensAt,
      }),
    ).toEqual([]);
  });

  it('keeps the opening time when only the close time is sent', () => {
    const current = wave('open', { opensAt: '2026-02-01T00:00:00.000Z', closesAt: '2026-03-10T00:00:00.000Z' });
    expect(planWaveEdit(current, { closesAt: '2026-03-20T00:00:00.000Z' })).toEqual([
      { kind: 'schedule', opensAt: '2026-02-01T00:00:00.000Z', closesAt: '2026-03-20T00:00:00.000Z' },
    ]);
  });
});

describe('applyWaveEdit', () => {
  it.each([
    ['a draft: everything', 'draft', { name: 'New', scope: { providerUnitIds: ['a'], customerUnitIds: null } }, null],
    ['an open wave: its name', 'open', { name: 'New' }, null],
    ['an open wave: not its scope', 'open', { scope: { providerUnitIds: ['a'], customerUnitIds: null } }, 'invalid_state'],
    ['an open wave: not its questionnaire', 'open', { questionnaireVersionId: 'v2' }, 'invalid_state'],
    ['a closed wave: not its name', 'closed', { name: 'New' }, 'invalid_state'],
    ['an archived wave: not its close time', 'archived', { closesAt: '2026-04-01T00:00:00.000Z' }, 'invalid_state'],
  ] as [string, WaveStatus, Parameters<typeof applyWaveEdit>[1], string | null][])('%s', (_name, status, edit, code) => {
    const attempt = () => applyWaveEdit(wave(status), edit, now);
    if (code === null) expect(attempt).not.toThrow();
    else expect(attempt).toThrowError(expect.objectContaining({ code }));
  });
});
