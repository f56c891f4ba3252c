// @vitest-environment happy-dom
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import type { ComplianceTrend, PeriodCompliance } from './api';
import { latestPeriod, notYetInForceFrom, periodStatusText, trendSentence } from './compliance-text';

beforeAll(() => {
  initI18n('en');
});

const trend = (changes: Partial<ComplianceTrend>): ComplianceTrend => ({
  judged: 12,
  met: 9,
  missed: 3,
  missing: 0,
  metShare: 0.75,
  recent: [],
  streak: null,
  ...changes,
});

describe('trendSentence', () => {
  it.each([
    ['en', trend({ streak: { status: 'missed', length: 3 } }), 'Met 9 of 12 judged periods; 3 missed in a row.'],
    ['de', trend({ streak: { status: 'missed', length: 3 } }), '9 von 12 bewerteten Zeiträumen erreicht; 3 in Folge verfehlt.'],
    ['en', trend({ met: 12, missed: 0, streak: { status: 'met', length: 12 } }), 'Met 12 of 12 judged periods; 12 met in a row.'],
    ['en', trend({ streak: { status: 'missing', length: 1 } }), 'Met 9 of 12 judged periods.'],
    ['en', trend({ judged: 1, met: 1, streak: { status: 'met', length: 1 } }), 'Met 1 of 1 judged period.'],
    ['en', trend({ judged: 0, met: 0 }), 'No period judged yet.'],
    ['de', trend({ judged: 0, met: 0 }), 'Noch kein Zeitraum bewertet.'],
  ] as const)('%s: %j', (language, value, expected) => {
    expect(trendSentence(i18n.getFixedT(language), value)).toBe(expected);
  });
});

describe('periodStatusText', () => {
  it.each([
    ['met', false, 'met'],
    ['missed', true, 'missed so far (period running)'],
    ['missing', false, 'no measurements'],
    ['no-objective', false, 'no agreed objective yet'],
    ['no-objective', true, 'no agreed objective yet'],
  ] as const)('%s, running %s', (status, isRunning, expected) => {
    expect(periodStatusText(i18n.getFixedT('en'), { status, isRunning })).toBe(expected);
  });
});

describe('trendSentence for periods without measurements', () => {
  it.each([
    ['en', 2, 'Met 9 of 12 judged periods; 2 without measurements in a row.'],
    ['de', 4, '9 von 12 bewerteten Zeiträumen erreicht; 4 in Folge ohne Messwerte.'],
    // A single period is no streak: the sentence stops after the count.
    ['en', 1, 'Met 9 of 12 judged periods.'],
  ] as const)('%s: a streak of %i', (language, length, expected) => {
    const value = trend({ met: 9, missed: 0, missing: 3, streak: { status: 'missing', length } });
    expect(trendSentence(i18n.getFixedT(language), value)).toBe(expected);
  });
});

describe('latestPeriod', () => {
  const period = (label: string, isRunning: boolean): PeriodCompliance => ({
    period: { kind: 'month', label, start: '', end: '' },
    status: 'met',
    version: 1,
    target: 1,
    requiredShare: null,
    count: 1,
    value: 1,
    isRunning,
  });
  it.each([
    [[period('2026-04', false), period('2026-05', true)], '2026-04'],
    [[period('2026-05', true)], '2026-05'],
    [[], undefined],
  ])('%#', (periods, expected) => {
    expect(latestPeriod(periods)?.period.label).toBe(expected);
  });
});

describe('notYetInForceFrom', () => {
  const agreed = (validFrom: string) => ({ validFrom, agreedBy: { side: 'customer' } });
  it.each([
    ['the newest period is not judged, an objective is agreed', ['met', 'no-objective'], [agreed('2026-12-01')], '2026-12-01'],
    ['the earliest agreed version counts', ['no-objective'], [agreed('2027-01-01'), agreed('2026-12-01')], '2026-12-01'],
    ['only a proposal, nothing agreed', ['no-objective'], [{ validFrom: '2026-12-01', agreedBy: null }], null],
    ['the newest period is judged', ['no-objective', 'met'], [agreed('2026-11-01')], null],
    ['no periods', [], [agreed('2026-11-01')], null],
  ] as const)('%s', (_name, statuses, versions, expected) => {
    expect(
      notYetInForceFrom(
        statuses.map((status) => ({ status })),
        versions,
      ),
    ).toBe(expected);
  });
});
