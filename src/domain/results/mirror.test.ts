import { describe, expect, it } from 'vitest';
import { aggregateFromValues, emptyAggregate } from './aggregate.js';
import { compareReciprocalRatings, compareSelfAssessment } from './mirror.js';

const agreement = { min: 1, max: 5 };
const answers = (...values: number[]) => aggregateFromValues(agreement, values);

describe('compareSelfAssessment', () => {
  it.each([
    // self mean, customers' mean, gap, reading
    ['clearly better in its own eyes', [5, 4], [4, 3, 3, 4], 1, 'blind-spot'],
    ['exactly half a point better', [4, 5], [4, 4], 0.5, 'blind-spot'],
    ['a little better', [4, 4, 5], [4, 4, 4, 4], 1 / 3, 'in-line'],
    ['the same', [4], [3, 5], 0, 'in-line'],
    ['a little worse', [4, 3, 4], [4, 4], -1 / 3, 'in-line'],
    ['exactly half a point worse', [3, 4], [4, 4], -0.5, 'hidden-strength'],
    ['clearly worse', [3], [4, 4, 5, 3], -1, 'hidden-strength'],
  ])('%s', (_name, self, customers, gap, reading) => {
    const [row] = compareSelfAssessment([{ dimension: 'reliability', self: answers(...self), customers: answers(...customers) }]);
    expect(row?.gap).toBeCloseTo(gap, 12);
    expect(row?.reading).toBe(reading);
  });

  it('reads a gap of 0.5 that floating point computes as 0.4999… as a blind spot', () => {
    // 13/3 − 23/6 = 0.5 exactly, 0.49999999999999956 in floating point.
    const [row] = compareSelfAssessment([{ dimension: 'courtesy', self: answers(4, 4, 5), customers: answers(4, 4, 4, 4, 3, 4) }]);
    expect(row?.reading).toBe('blind-spot');
  });

  it('follows the given clear gap', () => {
    const [row] = compareSelfAssessment([{ dimension: 'courtesy', self: answers(4, 5), customers: answers(4, 4) }], 1);
    expect(row?.reading).toBe('in-line');
  });

  it('shows both sides with their n and mean', () => {
    expect(compareSelfAssessment([{ dimension: 'competence', self: answers(4, 4, 4), customers: answers(2, 3) }])).toEqual([
      {
        dimension: 'competence',
        self: { dimension: 'competence', n: 3, mean: 4 },
        customers: { dimension: 'competence', n: 2, mean: 2.5 },
        gap: 1.5,
        reading: 'blind-spot',
      },
    ]);
  });

  it('has no gap and no reading when a side has no answers', () => {
    const [row] = compareSelfAssessment([{ dimension: 'competence', self: answers(4), customers: emptyAggregate(agreement) }]);
    expect(row).toMatchObject({ customers: { n: 0, mean: null }, gap: null, reading: null });
  });
});

describe('compareReciprocalRatings', () => {
  it('puts how the provider rates the customer beside how the customer rates the provider', () => {
    const view = compareReciprocalRatings({
      providerRatesCustomer: [
        { dimension: 'clear-requests', aggregate: answers(2, 3) }, // 2.5
        { dimension: 'timely-input', aggregate: answers(2, 2, 2) }, // 2
        { dimension: 'realistic-expectations', aggregate: answers(3) }, // 3
        { dimension: 'respect', aggregate: answers(4, 5, 4, 5) }, // 4.5
      ],
      customerRatesProvider: [
        { dimension: 'reliability', aggregate: answers(4, 4, 5) }, // 13/3
        { dimension: 'responsiveness', aggregate: answers(3, 4) }, // 3.5
        { dimension: 'courtesy', aggregate: answers(5) }, // 5
      ],
    });
    expect(view.providerRatesCustomer.dimensions).toEqual([
      { dimension: 'clear-requests', n: 2, mean: 2.5 },
      { dimension: 'timely-input', n: 3, mean: 2 },
      { dimension: 'realistic-expectations', n: 1, mean: 3 },
      { dimension: 'respect', n: 4, mean: 4.5 },
    ]);
    // Each dimension counts once: (2.5 + 2 + 3 + 4.5) / 4 = 3; (13/3 + 3.5 + 5) / 3 = 4.277778.
    expect(view.providerRatesCustomer.mean).toBe(3);
    expect(view.customerRatesProvider.mean).toBeCloseTo(4.277778, 6);
    expect(view.difference).toBeCloseTo(-1.277778, 6);
  });

  it('leaves dimensions without answers out of the side mean', () => {
    const view = compareReciprocalRatings({
      providerRatesCustomer: [
        { dimension: 'respect', aggregate: answers(4) },
        { dimension: 'timely-input', aggregate: emptyAggregate(agreement) },
      ],
      customerRatesProvider: [{ dimension: 'reliability', aggregate: answers(3) }],
    });
    expect(view.providerRatesCustomer.mean).toBe(4);
    expect(view.providerRatesCustomer.dimensions[1]).toEqual({ dimension: 'timely-input', n: 0, mean: null });
    expect(view.difference).toBe(1);
  });

  it('has no difference when one side has not rated', () => {
    const view = compareReciprocalRatings({
      providerRatesCustomer: [],
      customerRatesProvider: [{ dimension: 'reliability', aggregate: answers(3) }],
    });
    expect(view).toMatchObject({ providerRatesCustomer: { dimensions: [], mean: null }, difference: null });
  });
});
