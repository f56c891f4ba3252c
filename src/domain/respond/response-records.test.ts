import { describe, expect, it } from 'vitest';
import { buildStandardContent } from '../questionnaire/questionnaire.js';
import { emptyDraft, type Draft } from './draft.js';
import { buildPageSequence } from './page-sequence.js';
import { buildResponseRecords, ratingsFromDraft, submissionDay } from './response-records.js';
import type { SurveyFrame } from './survey-frame.js';

const frame: SurveyFrame = {
  waveId: 'w',
  questionnaireVersionId: 'v',
  content: buildStandardContent(),
  ownUnitId: 'own',
  providerUnitIds: ['p1', 'p2'],
  customerUnitIds: ['c1'],
};

describe('response records', () => {
  it('stores who rated whom by kind: perception and no contact rate a provider, reverse and self the own unit as provider', () => {
    const { responses, comments } = buildResponseRecords(
      [
        { kind: 'perception', providerUnitId: 'p1', answers: { 'rel-1': 4 }, comments: { keep: '  on time ', start: '   ' } },
        { kind: 'no-contact', providerUnitId: 'p2' },
        { kind: 'reverse', customerUnitId: 'c1', answers: { 'rev-clr-1': 2 } },
        { kind: 'self', answers: { 'self:reliability': 5 } },
      ],
      frame,
    );
    const base = { waveId: 'w', questionnaireVersionId: 'v' };
    expect(responses).toEqual([
      { ...base, providerUnitId: 'p1', customerUnitId: 'own', kind: 'perception', answers: { 'rel-1': 4 } },
      { ...base, providerUnitId: 'p2', customerUnitId: 'own', kind: 'no-contact', answers: {} },
      { ...base, providerUnitId: 'own', customerUnitId: 'c1', kind: 'reverse', answers: { 'rev-clr-1': 2 } },
      { ...base, providerUnitId: 'own', customerUnitId: 'own', kind: 'self', answers: { 'self:reliability': 5 } },
    ]);
    expect(comments).toEqual([{ waveId: 'w', providerUnitId: 'p1', customerUnitId: 'own', topic: 'keep', text: 'on time' }]);
  });

  it.each([
    ['2026-11-28T23:59:59.999Z', '2026-11-28'],
    ['2026-01-01T00:00:00.000Z', '2026-01-01'],
  ])('dates a submission at %s to the day %s', (now, day) => {
    expect(submissionDay(new Date(now))).toBe(day);
  });
});

describe('ratings from a draft', () => {
  const draftWith = (pages: Draft['pages'], added: string[] = []): Draft => ({ ...emptyDraft(), addedProviderIds: added, pages });

  it('turns answered pages into ratings, drops the answers of a "no contact" page and skips an empty self-assessment', () => {
    const draft = draftWith({
      'provider:p1': { isNoContact: false, answers: { 'rel-1': 3 }, comments: {} },
      'provider:p2': { isNoContact: true, answers: { 'rel-1': 1 }, comments: { keep: 'x' } },
      'customer:c1': { isNoContact: true, answers: {}, comments: {} },
    });
    const { ratings, incompletePage } = ratingsFromDraft(draft, buildPageSequence(frame, draft, 'i'), frame);
    expect(incompletePage).toBeNull();
    expect(ratings).toEqual([
      { kind: 'perception', providerUnitId: 'p1', answers: { 'rel-1': 3 }, comments: {} },
      { kind: 'no-contact', providerUnitId: 'p2' },
    ]);
  });

  it('names the first page that still needs an answer', () => {
    const draft = draftWith({ 'provider:p1': { isNoContact: true, answers: {}, comments: {} } });
    expect(ratingsFromDraft(draft, buildPageSequence(frame, draft, 'i'), frame).incompletePage?.key).toBe('provider:p2');
  });

  it('does not accept "no contact" for a unit the respondent added', () => {
    const draft = draftWith(
      {
        'provider:p1': { isNoContact: true, answers: {}, comments: {} },
        'provider:p2': { isNoContact: true, answers: {}, comments: {} },
        'provider:x': { isNoContact: true, answers: {}, comments: {} },
      },
      ['x'],
    );
    expect(ratingsFromDraft(draft, buildPageSequence(frame, draft, 'i'), frame).incompletePage?.key).toBe('provider:x');
  });
});
