import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { buildReleasePlan, checkThresholds, canReleaseResults, type CellCount, type PartitionKey } from './anonymity.js';

const key: PartitionKey = { subjectUnitId: 'provider', kind: 'perception', measure: 'overall' };
const closed = { status: 'closed' } as const;

/** A tree as { unit: parent } and the data points per unit, for one provider and measure. */
function planFor(tree: Record<string, string | null>, counts: Record<string, number>, k = 5) {
  const units = Object.entries(tree).map(([id, parentId]) => ({ id, parentId }));
  const cellCounts: CellCount[] = Object.entries(counts).map(([respondentUnitId, n]) => ({ ...key, respondentUnitId, n }));
  return buildReleasePlan({ wave: closed, thresholds: { k, kComments: Math.max(10, k) }, units, counts: cellCounts });
}

const blocksOf = (plan: ReturnType<typeof planFor>) =>
  plan.blocks(key).map((block) => ({ label: block.labelUnitId, units: [...block.unitIds].sort(), n: block.n, isMerged: block.isMerged }));

describe('the partition of respondent units into blocks', () => {
  it.each([
    ['a unit of 7 on its own is a visible cell', { company: null, sales: 'company' }, { sales: 7 }, 5, [['sales', ['sales'], 7, false]]],
    [
      'three siblings of 2 under a parent with none form one block at the parent',
      { company: null, production: 'company', a: 'production', b: 'production', c: 'production' },
      { a: 2, b: 2, c: 2 },
      5,
      [['production', ['a', 'b', 'c'], 6, false]],
    ],
    [
      "a unit's own members take in the residue below it",
      { company: null, production: 'company', line: 'production' },
      { production: 5, line: 2 },
      5,
      [['production', ['line', 'production'], 7, false]],
    ],
    [
      'a residue of 2 left at the top is merged into a block, renamed to the unit above both',
      { company: null, sales: 'company', legal: 'company' },
      { sales: 6, legal: 2 },
      5,
      [['company', ['legal', 'sales'], 8, true]],
    ],
    [
      'the residue goes to the nearest block, not the last one formed anywhere',
      { company: null, x: 'company', a: 'x', b: 'x', y: 'company', c: 'y' },
      { a: 6, b: 2, c: 5 },
      5,
      [
        ['x', ['a', 'b'], 8, true],
        ['c', ['c'], 5, false],
      ],
    ],
    ['a total of 4 is suppressed entirely', { company: null, a: 'company', b: 'company' }, { a: 2, b: 2 }, 5, []],
    [
      'k = 3: units of 3 and 4 are visible cells',
      { company: null, a: 'company', b: 'company' },
      { a: 3, b: 4 },
      3,
      [
        ['a', ['a'], 3, false],
        ['b', ['b'], 4, false],
      ],
    ],
    [
      'k = 5: the same units form one block at the parent',
      { company: null, a: 'company', b: 'company' },
      { a: 3, b: 4 },
      5,
      [['company', ['a', 'b'], 7, false]],
    ],
    ['several top units form a block with no label', { a: null, b: null }, { a: 3, b: 3 }, 5, [[null, ['a', 'b'], 6, false]]],
  ] as [string, Record<string, string | null>, Record<string, number>, number, [string | null, string[], number, boolean][]][])(
    '%s',
    (_name, tree, counts, k, expected) => {
      const blocks = blocksOf(planFor(tree, counts, k));
      expect(blocks).toEqual(expected.map(([label, units, n, isMerged]) => ({ label, units, n, isMerged })));
    },
  );

  it('does not depend on the order units and counts come in', () => {
    const tree = { company: null, x: 'company', a: 'x', b: 'x', y: 'company', c: 'y', d: 'y' };
    const counts = { a: 4, b: 2, c: 1, d: 3 };
    const reversed = Object.fromEntries(Object.entries(tree).reverse());
    const reversedCounts = Object.fromEntries(Object.entries(counts).reverse());
    expect(blocksOf(planFor(reversed, reversedCounts))).toEqual(blocksOf(planFor(tree, counts)));
  });
});

describe('the cell view', () => {
  const plan = planFor(
    { company: null, sales: 'company', production: 'company', a: 'production', b: 'production' },
    { sales: 9, a: 2, b: 3 },
  );

  it('shows cells of at least k on their own and hides the rest in a group row', () => {
    const view = plan.cells(key);
    expect(view.isSuppressed).toBe(false);
    expect(view.cells.map((cell) => [cell.respondentUnitId, cell.isVisible])).toEqual([
      ['a', false],
      ['b', false],
      ['sales', true],
    ]);
    expect(view.groupRows.map((block) => [block.labelUnitId, block.n])).toEqual([['production', 5]]);
    expect(plan.hiddenUnits(key).sort()).toEqual(['a', 'b']);
  });

  it('shows nothing, not even which units answered, when the subject has fewer than k', () => {
    const small = planFor({ company: null, a: 'company' }, { a: 4 });
    expect(small.cells(key)).toEqual({ isSuppressed: true, cells: [], groupRows: [] });
    expect(small.cells({ ...key, subjectUnitId: 'nobody' })).toEqual({ isSuppressed: true, cells: [], groupRows: [] });
  });
});

describe('release', () => {
  const tree = { company: null, sales: 'company', production: 'company', a: 'production', b: 'production' };
  const plan = planFor(tree, { sales: 9, a: 2, b: 3 });

  it('releases whole blocks inside the filter and says which units were left out and why', () => {
    const release = plan.release({ kind: 'perception', measure: 'overall', respondentUnitIds: ['sales', 'a'] });
    expect(release.groups.map((group) => group.block.unitIds)).toEqual([['sales']]);
    expect(release.n).toBe(9);
    expect(release.leftOut).toEqual([
      { subjectUnitId: 'provider', unitId: 'a', reason: 'block-crosses-filter', blockId: plan.blocks(key)[0]?.id },
    ]);
  });

  it('reports a subject asked for by name the same way whether it has too few data points or none', () => {
    const small = planFor({ company: null, a: 'company' }, { a: 2 });
    const release = small.release({ kind: 'perception', measure: 'overall', subjectUnitIds: ['provider', 'other'] });
    expect(release).toEqual({
      groups: [],
      n: 0,
      leftOut: [
        { subjectUnitId: 'provider', reason: 'too-few-respondents' },
        { subjectUnitId: 'other', reason: 'too-few-respondents' },
      ],
    });
    expect(small.release({ kind: 'perception', measure: 'overall' })).toEqual({ groups: [], n: 0, leftOut: [] });
  });

  it('releases a figure over several subjects as the union of each subject’s blocks', () => {
    const units = [
      { id: 'company', parentId: null },
      { id: 'sales', parentId: 'company' },
    ];
    const counts: CellCount[] = [
      { subjectUnitId: 'it', respondentUnitId: 'sales', kind: 'perception', measure: 'overall', n: 6 },
      { subjectUnitId: 'hr', respondentUnitId: 'sales', kind: 'perception', measure: 'overall', n: 3 },
    ];
    const twoSubjects = buildReleasePlan({ wave: closed, thresholds: { k: 5, kComments: 10 }, units, counts });
    const release = twoSubjects.release({ kind: 'perception', measure: 'overall', respondentUnitIds: ['sales'] });
    expect(release.groups.map((group) => group.subjectUnitId)).toEqual(['it']);
    expect(release.n).toBe(6);
  });
});

describe('the classic differencing attack', () => {
  // Production has three teams. In team a (6 members) one person answered. A naive engine
  // hides team a (1 < k) but shows b, c and the Production total: total − b − c is that person.
  const tree = { company: null, production: 'company', a: 'production', b: 'production', c: 'production' };
  const counts = { a: 1, b: 5, c: 5 };

  it('cannot isolate the one respondent: no released figure minus another leaves fewer than k', () => {
    const plan = planFor(tree, counts);
    const filters = [['a', 'b', 'c', 'production'], ['b'], ['c'], ['a'], ['b', 'c'], ['a', 'b'], ['a', 'c']];
    const released = filters
      .map((respondentUnitIds) => plan.release({ kind: 'perception', measure: 'overall', respondentUnitIds }))
      .filter((release) => release.groups.length > 0)
      .map((release) => new Set(release.groups.flatMap((group) => group.block.unitIds)));
    const sizeOf = (unitIds: string[]) => unitIds.reduce((total, unitId) => total + (counts[unitId as keyof typeof counts] ?? 0), 0);
    for (const figure of released) {
      for (const other of released) {
        const difference = sizeOf([...figure].filter((unitId) => !other.has(unitId)));
        expect(difference === 0 || difference >= 5).toBe(true);
      }
    }
    // The one answer shares a block with team c, so only team b is shown on its own.
    expect(
      plan
        .cells(key)
        .cells.filter((cell) => cell.isVisible)
        .map((cell) => cell.respondentUnitId),
    ).toEqual(['b']);
    expect(plan.release({ kind: 'perception', measure: 'overall', respondentUnitIds: ['c'] }).groups).toEqual([]);
    expect(plan.release({ kind: 'perception', measure: 'overall', respondentUnitIds: ['a', 'b', 'c'] }).n).toBe(11);
  });
});

describe('thresholds and the wave gate', () => {
  it.each([
    ['k below 3', { k: 2, kComments: 10 }, 'k'],
    ['k not whole', { k: 4.5, kComments: 10 }, 'k'],
    ['k_c below k', { k: 5, kComments: 4 }, 'kComments'],
  ])('rejects %s', (_name, thresholds, field) => {
    expect(() => checkThresholds(thresholds)).toThrow(DomainError);
    try {
      checkThresholds(thresholds);
    } catch (error) {
      expect((error as DomainError).code).toBe('validation');
      expect((error as DomainError).problems[0]?.field).toBe(field);
    }
  });

  it('accepts k = 3 and k_c = k', () => {
    expect(checkThresholds({ k: 3, kComments: 3 })).toEqual({ k: 3, kComments: 3 });
  });

  it.each([
    ['draft', false],
    ['open', false],
    ['closed', true],
    ['archived', true],
  ] as const)('a %s wave releases results: %s', (status, expected) => {
    expect(canReleaseResults({ status })).toBe(expected);
    const build = () => buildReleasePlan({ wave: { status }, thresholds: { k: 5, kComments: 10 }, units: [], counts: [] });
    if (expected) expect(build).not.toThrow();
    else expect(build).toThrow(expect.objectContaining({ code: 'invalid_state' }));
  });

  it.each([
    ['an unknown respondent unit', [{ id: 'a', parentId: null }], 'b', 1],
    ['a negative count', [{ id: 'a', parentId: null }], 'a', -1],
    [
      'a cycle in the unit tree',
      [
        { id: 'a', parentId: 'b' },
        { id: 'b', parentId: 'a' },
      ],
      'a',
      1,
    ],
    ['an unknown parent', [{ id: 'a', parentId: 'z' }], 'a', 1],
  ])('rejects %s', (_name, units, respondentUnitId, n) => {
    const counts = [{ ...key, respondentUnitId, n }];
    expect(() => buildReleasePlan({ wave: closed, thresholds: { k: 5, kComments: 10 }, units, counts })).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
  });
});
