import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  agreeObjective,
  checkObjective,
  declineObjective,
  metricKeyOf,
  objectiveInForce,
  proposeChange,
  proposeObjective,
  withdrawObjective,
  type Party,
  type SlaObjective,
  type SlaTerms,
} from './objective.js';

const provider: Party = { side: 'provider', accountId: 'lead-it' };
const customer: Party = { side: 'customer', accountId: 'lead-sales' };
const march = new Date('2026-03-02T09:00:00.000Z');
const april = new Date('2026-04-10T09:00:00.000Z');

const terms = (overrides: Partial<SlaTerms> = {}): SlaTerms => ({
  name: 'Tickets resolved within a day',
  metric: 'resolution-time',
  customMetric: null,
  unit: 'hours',
  target: 8,
  direction: 'at-most',
  aggregation: 'p90',
  requiredShare: null,
  period: 'month',
  dimensions: [],
  ...overrides,
});

const proposed = () =>
  proposeObjective({
    id: 'v1',
    objectiveId: 'o1',
    relationshipId: 'r1',
    terms: terms(),
    validFrom: '2026-03-02',
    by: provider,
    now: march,
  });
const agreed = () => agreeObjective([proposed()], { versionId: 'v1', by: customer, now: march }).agreed;

function codeOf(attempt: () => unknown): string | undefined {
  try {
    attempt();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe('checkObjective', () => {
  it('accepts sound terms', () => {
    expect(checkObjective(terms())).toEqual([]);
    expect(checkObjective(terms({ aggregation: 'share-within-target', requiredShare: 1 }))).toEqual([]);
    expect(checkObjective(terms({ metric: 'custom', customMetric: 'report-errors', unit: 'count' }))).toEqual([]);
    expect(
      checkObjective(terms({ metric: 'availability', unit: 'percent', target: 99.5, direction: 'at-least', aggregation: 'mean' })),
    ).toEqual([]);
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a long name', { name: 'x'.repeat(161) }, 'name'],
    ['an unknown metric', { metric: 'speed' as SlaTerms['metric'] }, 'metric'],
    ['a custom metric without a key', { metric: 'custom' as const }, 'customMetric'],
    ['a custom metric key with spaces', { metric: 'custom' as const, customMetric: 'Report errors' }, 'customMetric'],
    ['a custom key on a fixed metric', { customMetric: 'x' }, 'customMetric'],
    ['an unknown unit', { unit: 'weeks' as SlaTerms['unit'] }, 'unit'],
    ['a target that is not a number', { target: Number.NaN }, 'target'],
    ['a negative target', { target: -1 }, 'target'],
    ['a percent above 100', { unit: 'percent' as const, target: 100.5 }, 'target'],
    ['an unknown direction', { direction: 'below' as SlaTerms['direction'] }, 'direction'],
    ['an unknown aggregation', { aggregation: 'p95' as SlaTerms['aggregation'] }, 'aggregation'],
    ['a share aggregation without a share', { aggregation: 'share-within-target' as const }, 'requiredShare'],
    ['a required share of 0', { aggregation: 'share-within-target' as const, requiredShare: 0 }, 'requiredShare'],
    ['a required share above 1', { aggregation: 'share-within-target' as const, requiredShare: 90 }, 'requiredShare'],
    ['a required share with another aggregation', { requiredShare: 0.9 }, 'requiredShare'],
    ['an unknown period', { period: 'year' as SlaTerms['period'] }, 'period'],
    ['an unknown dimension', { metric: 'custom' as const, customMetric: 'x', dimensions: ['speed' as 'reliability'] }, 'dimensions'],
    ['dimensions on a fixed metric', { dimensions: ['reliability' as const] }, 'dimensions'],
  ])('names the field for %s', (_name, overrides, field) => {
    expect(checkObjective(terms(overrides)).map((problem) => problem.field)).toEqual([field]);
  });
});

describe('dimensions of a custom metric', () => {
  const custom = { metric: 'custom' as const, customMetric: 'report-errors', unit: 'count' as const };

  it('keeps each chosen dimension once, in the item bank order', () => {
    const version = proposeObjective({
      id: 'v1',
      objectiveId: 'o1',
      relationshipId: 'r1',
      terms: terms({ ...custom, dimensions: ['transparency', 'reliability', 'transparency'] }),
      by: provider,
      now: march,
    });
    expect(version.dimensions).toEqual(['reliability', 'transparency']);
  });

  it('lets a change choose other dimensions, and counts that as a change', () => {
    const v1 = agreeObjective(
      [
        proposeObjective({
          id: 'v1',
          objectiveId: 'o1',
          relationshipId: 'r1',
          terms: terms({ ...custom, dimensions: ['reliability'] }),
          by: provider,
          now: march,
        }),
      ],
      { versionId: 'v1', by: customer, now: march },
    ).agreed;
    const v2 = proposeChange([v1], {
      id: 'v2',
      terms: terms({ ...custom, dimensions: ['competence'] }),
      validFrom: '2026-05-01',
      by: customer,
      now: april,
    });
    expect(v2.dimensions).toEqual(['competence']);
    expect(() =>
      proposeChange([v1], {
        id: 'v2',
        terms: terms({ ...custom, dimensions: ['reliability'] }),
        validFrom: '2026-05-01',
        by: customer,
        now: april,
      }),
    ).toThrowError(/changes nothing/);
  });
});

describe('metricKeyOf', () => {
  it('is the metric, or custom:<key>', () => {
    expect(metricKeyOf(terms())).toBe('resolution-time');
    expect(metricKeyOf(terms({ metric: 'custom', customMetric: 'report-errors' }))).toBe('custom:report-errors');
  });
});

describe('proposal and agreement', () => {
  it('records who proposed and who agreed, and when', () => {
    const version = proposed();
    expect(version).toMatchObject({ status: 'proposed', version: 1, proposedBy: { ...provider, at: march.toISOString() }, agreedBy: null });
    const { agreed: result, superseded } = agreeObjective([version], { versionId: 'v1', by: customer, now: april });
    expect(result).toMatchObject({ status: 'agreed', agreedBy: { ...customer, at: april.toISOString() } });
    expect(superseded).toBeNull();
  });

  it('trims the name and defaults validFrom to the day of the proposal', () => {
    const version = proposeObjective({
      id: 'v1',
      objectiveId: 'o1',
      relationshipId: 'r1',
      terms: terms({ name: '  Fast  ' }),
      by: customer,
      now: march,
    });
    expect(version).toMatchObject({ name: 'Fast', validFrom: '2026-03-02' });
  });

  it('refuses a validFrom in the past or not a date', () => {
    const attempt = (validFrom: string) => () =>
      proposeObjective({ id: 'v1', objectiveId: 'o1', relationshipId: 'r1', terms: terms(), validFrom, by: provider, now: march });
    expect(attempt('2026-03-01')).toThrowError(
      expect.objectContaining({ problems: [{ field: 'validFrom', problem: 'must not be in the past' }] }),
    );
    expect(attempt('1 March')).toThrowError(expect.objectContaining({ code: 'validation' }));
  });

  it('moves validFrom to the day of agreement when agreed later, never into the past', () => {
    expect(agreeObjective([proposed()], { versionId: 'v1', by: customer, now: april }).agreed.validFrom).toBe('2026-04-10');
    const ahead = proposeObjective({
      id: 'v1',
      objectiveId: 'o1',
      relationshipId: 'r1',
      terms: terms(),
      validFrom: '2026-05-01',
      by: provider,
      now: march,
    });
    expect(agreeObjective([ahead], { versionId: 'v1', by: customer, now: april }).agreed.validFrom).toBe('2026-05-01');
  });

  it.each([
    [
      'the proposing side agrees',
      () => agreeObjective([proposed()], { versionId: 'v1', by: { side: 'provider', accountId: 'other-it-lead' }, now: april }),
      'forbidden',
    ],
    ['the proposing side declines', () => declineObjective([proposed()], { versionId: 'v1', by: provider, now: april }), 'forbidden'],
    ['the other side withdraws', () => withdrawObjective([proposed()], { versionId: 'v1', by: customer, now: april }), 'forbidden'],
    ['an agreed version is agreed again', () => agreeObjective([agreed()], { versionId: 'v1', by: customer, now: april }), 'invalid_state'],
    ['an agreed version is withdrawn', () => withdrawObjective([agreed()], { versionId: 'v1', by: provider, now: april }), 'invalid_state'],
    ['an unknown version is agreed', () => agreeObjective([proposed()], { versionId: 'v9', by: customer, now: april }), 'not_found'],
    [
      'a declined version is agreed',
      () =>
        agreeObjective([declineObjective([proposed()], { versionId: 'v1', by: customer, now: april })], {
          versionId: 'v1',
          by: customer,
          now: april,
        }),
      'invalid_state',
    ],
  ] as const)('refuses when %s', (_name, attempt, code) => {
    expect(codeOf(attempt)).toBe(code);
  });

  it('lets the other side decline and the proposing side withdraw', () => {
    expect(declineObjective([proposed()], { versionId: 'v1', by: customer, now: april })).toMatchObject({
      status: 'declined',
      closedBy: { ...customer, at: april.toISOString() },
    });
    expect(withdrawObjective([proposed()], { versionId: 'v1', by: provider, now: april })).toMatchObject({
      status: 'withdrawn',
      closedBy: { ...provider, at: april.toISOString() },
    });
  });
});

describe('proposeChange', () => {
  const change = (versions: SlaObjective[], overrides: Partial<SlaTerms>, by: Party = customer) =>
    proposeChange(versions, { id: 'v2', terms: terms(overrides), validFrom: '2026-05-01', by, now: april });

  it('makes the next version, agreed by the other side, superseding the one before', () => {
    const v1 = agreed();
    const v2 = change([v1], { target: 6 });
    expect(v2).toMatchObject({
      id: 'v2',
      objectiveId: 'o1',
      relationshipId: 'r1',
      version: 2,
      status: 'proposed',
      target: 6,
      validFrom: '2026-05-01',
    });
    const { agreed: result, superseded } = agreeObjective([v1, v2], { versionId: 'v2', by: provider, now: april });
    expect(result).toMatchObject({ id: 'v2', status: 'agreed', agreedBy: { ...provider } });
    expect(superseded).toMatchObject({ id: 'v1', status: 'superseded', supersededAt: april.toISOString() });
  });

  it('refuses to change an objective that was never agreed', () => {
    expect(codeOf(() => change([proposed()], { target: 6 }))).toBe('invalid_state');
  });

  it('refuses a second open proposal', () => {
    const v1 = agreed();
    const v2 = change([v1], { target: 6 });
    expect(
      codeOf(() => proposeChange([v1, v2], { id: 'v3', terms: terms({ target: 4 }), validFrom: '2026-05-01', by: provider, now: april })),
    ).toBe('conflict');
  });

  it.each([
    ['metric', { metric: 'first-response-time' as const }],
    ['unit', { unit: 'minutes' as const, target: 480 }],
    ['period', { period: 'week' as const }],
  ])('refuses to change the %s', (field, overrides) => {
    expect(() => change([agreed()], overrides)).toThrowError(expect.objectContaining({ problems: [expect.objectContaining({ field })] }));
  });

  it('refuses a change that changes nothing', () => {
    expect(() => change([agreed()], {})).toThrowError(/changes nothing/);
  });
});

describe('objectiveInForce', () => {
  const version = (number: number, validFrom: string, status: SlaObjective['status']): SlaObjective => ({
    ...terms({ target: number }),
    id: `v${number}`,
    objectiveId: 'o1',
    version: number,
    relationshipId: 'r1',
    status,
    validFrom,
    proposedBy: { ...provider, at: '2026-01-01T00:00:00.000Z' },
    agreedBy: status === 'agreed' || status === 'superseded' ? { ...customer, at: '2026-01-01T00:00:00.000Z' } : null,
    closedBy: null,
    supersededAt: null,
  });
  const versions = [
    version(1, '2026-01-01', 'superseded'),
    // Superseded by v3 before it took effect: never in force after v3's start.
    version(2, '2026-06-01', 'superseded'),
    version(3, '2026-04-15', 'agreed'),
    version(4, '2026-07-01', 'declined'),
    version(5, '2026-08-01', 'proposed'),
  ];

  it.each([
    ['2025-12-01T00:00:00.000Z', null],
    ['2026-01-01T00:00:00.000Z', 'v1'],
    ['2026-04-01T00:00:00.000Z', 'v1'],
    ['2026-05-01T00:00:00.000Z', 'v3'],
    ['2026-06-01T00:00:00.000Z', 'v3'],
    ['2026-09-01T00:00:00.000Z', 'v3'],
  ])('the period starting %s is judged by %s', (periodStart, expected) => {
    expect(objectiveInForce(versions, periodStart)?.id ?? null).toBe(expected);
  });

  it('picks the latest agreed version whose validFrom is not after the period', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString());
    const arbitrary = fc.record({
      versions: fc.array(
        fc.record({
          validFrom: day,
          status: fc.constantFrom('proposed', 'agreed', 'superseded', 'declined', 'withdrawn') as fc.Arbitrary<SlaObjective['status']>,
        }),
        {
          maxLength: 8,
        },
      ),
      periodStart: day,
    });
    fc.assert(
      fc.property(arbitrary, ({ versions: drawn, periodStart }) => {
        const all = drawn.map((entry, index) => version(index + 1, entry.validFrom.slice(0, 10), entry.status));
        const applicable = all.filter((entry) => entry.agreedBy !== null && entry.validFrom <= periodStart.slice(0, 10));
        const inForce = objectiveInForce(all, periodStart);
        if (applicable.length === 0) expect(inForce).toBeNull();
        else {
          expect(applicable).toContain(inForce);
          for (const entry of applicable) expect(entry.version).toBeLessThanOrEqual(inForce!.version);
        }
      }),
    );
  });
});
