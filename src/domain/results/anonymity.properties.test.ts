import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMENT_TOPICS, type CommentTopic } from '../respond/answers.js';
import { buildReleasePlan, releaseComments, type CellCount, type ReleaseQuery, type ResultKind, type UnitPlacement } from './anonymity.js';

// Random organisations: a unit tree (sometimes several top units), respondents in its units
// rating a few subjects, each answering or skipping each measure, and writing comments.
// Figures are checked against the respondent-level data, never against the plan's own counts.

const KINDS: ResultKind[] = ['perception', 'reverse', 'self'];
const MEASURES = ['overall', 'importance:speed'];

interface DataPoint {
  respondent: number;
  unitId: string;
  subjectUnitId: string;
  kind: ResultKind;
  measure: string;
}

interface World {
  k: number;
  units: UnitPlacement[];
  subjects: string[];
  dataPoints: DataPoint[];
  comments: { providerUnitId: string; customerUnitId: string; topic: CommentTopic; text: string }[];
}

const worldArbitrary: fc.Arbitrary<World> = fc
  .record({
    // Each unit hangs below an earlier one, below the one just before it (deep chains), or at the top.
    parents: fc.array(fc.option(fc.oneof(fc.nat(), fc.constant('previous' as const)), { freq: 12 }), { maxLength: 39, size: 'max' }),
    subjectPicks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    respondents: fc.array(
      fc.record({
        // Half of the respondents crowd into the first few units, so that cells of k and more occur.
        unit: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.nat()),
        ratings: fc.array(
          fc.record({
            subject: fc.nat(),
            kind: fc.constantFrom(...KINDS),
            answered: fc.subarray(MEASURES),
            topics: fc.subarray([...COMMENT_TOPICS]),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      { maxLength: 150, size: 'max' },
    ),
    k: fc.integer({ min: 3, max: 8 }),
  })
  .map(({ parents, subjectPicks, respondents, k }) => {
    const units: UnitPlacement[] = [
      { id: 'u0', parentId: null },
      ...parents.map((parent, index) => ({
        id: `u${index + 1}`,
        parentId: parent === null ? null : parent === 'previous' ? `u${index}` : `u${parent % (index + 1)}`,
      })),
    ];
    const subjects = [...new Set(subjectPicks.map((pick) => `u${pick % units.length}`))];
    const world: World = { k, units, subjects, dataPoints: [], comments: [] };
    respondents.forEach((respondent, index) => {
      const unitId = `u${respondent.unit % units.length}`;
      const rated = new Set<string>();
      for (const rating of respondent.ratings) {
        // A self-assessment is about the respondent's own unit; at most one rating per subject and kind.
        const subjectUnitId = rating.kind === 'self' ? unitId : (subjects[rating.subject % subjects.length] as string);
        if (rated.has(`${subjectUnitId} ${rating.kind}`)) continue;
        rated.add(`${subjectUnitId} ${rating.kind}`);
        for (const measure of rating.answered)
          world.dataPoints.push({ respondent: index, unitId, subjectUnitId, kind: rating.kind, measure });
        if (rating.kind !== 'perception') continue;
        for (const topic of rating.topics) {
          world.comments.push({
            providerUnitId: subjectUnitId,
            customerUnitId: unitId,
            topic,
            text: `${index} on ${subjectUnitId}: ${topic}`,
          });
        }
      }
    });
    return world;
  });

/** Filters as a reader of results may ask for them: by subject, by a unit and its subtree, by any units. */
const queryArbitrary = fc.record({
  kind: fc.constantFrom(...KINDS),
  measure: fc.constantFrom(...MEASURES),
  subjects: fc.option(fc.array(fc.nat(), { maxLength: 4 })),
  respondents: fc.option(fc.oneof(fc.record({ subtreeOf: fc.nat() }), fc.record({ picks: fc.array(fc.nat(), { maxLength: 8 }) }))),
});
type RawQuery = typeof queryArbitrary extends fc.Arbitrary<infer Query> ? Query : never;
const queriesArbitrary = fc.array(queryArbitrary, { minLength: 1, maxLength: 12, size: 'max' });

function toQuery(world: World, raw: RawQuery): ReleaseQuery {
  const respondents = raw.respondents;
  return {
    kind: raw.kind,
    measure: raw.measure,
    subjectUnitIds: raw.subjects?.map((pick) => world.subjects[pick % world.subjects.length] as string),
    respondentUnitIds:
      respondents === null
        ? undefined
        : 'subtreeOf' in respondents
          ? subtreeOf(world.units, `u${respondents.subtreeOf % world.units.length}`)
          : respondents.picks.map((pick) => `u${pick % world.units.length}`),
  };
}

function subtreeOf(units: UnitPlacement[], rootId: string): string[] {
  const found = [rootId];
  for (let index = 0; index < found.length; index += 1) {
    found.push(...units.filter((unit) => unit.parentId === found[index]).map((unit) => unit.id));
  }
  return found;
}

function countCells(world: World): CellCount[] {
  const counts = new Map<string, CellCount>();
  for (const point of world.dataPoints) {
    const id = JSON.stringify([point.subjectUnitId, point.unitId, point.kind, point.measure]);
    const cell = counts.get(id) ?? {
      subjectUnitId: point.subjectUnitId,
      respondentUnitId: point.unitId,
      kind: point.kind,
      measure: point.measure,
      n: 0,
    };
    cell.n += 1;
    counts.set(id, cell);
  }
  return [...counts.values()];
}

/** A released figure: the data points (indices into world.dataPoints) it is computed from. */
interface Figure {
  label: string;
  kind: ResultKind;
  measure: string;
  points: Set<number>;
}

function pointsWhere(world: World, test: (point: DataPoint) => boolean): Set<number> {
  const points = new Set<number>();
  world.dataPoints.forEach((point, index) => {
    if (test(point)) points.add(index);
  });
  return points;
}

const respondentsIn = (world: World, points: Iterable<number>) => new Set([...points].map((index) => world.dataPoints[index]?.respondent));

function partitionKeys(world: World) {
  const keys = new Map<string, { subjectUnitId: string; kind: ResultKind; measure: string }>();
  for (const { subjectUnitId, kind, measure } of world.dataPoints)
    keys.set(JSON.stringify([subjectUnitId, kind, measure]), { subjectUnitId, kind, measure });
  return [...keys.values()];
}

/** Everything the engine releases for the queries, every group in them, and every heatmap cell and group row. */
function engineFigures(world: World, rawQueries: RawQuery[]) {
  const plan = buildReleasePlan({
    wave: { status: 'closed' },
    thresholds: { k: world.k, kComments: world.k },
    units: world.units,
    counts: countCells(world),
  });
  const figures: Figure[] = [];
  const problems: string[] = [];
  const asked: ReleaseQuery[] = [
    ...rawQueries.map((raw) => toQuery(world, raw)),
    ...partitionKeys(world).map(({ subjectUnitId, kind, measure }) => ({ kind, measure, subjectUnitIds: [subjectUnitId] })),
  ];
  const firstAnswer = JSON.stringify(plan.release(asked[0] as ReleaseQuery));
  for (const query of asked) {
    const release = plan.release(query);
    const groupPoints = release.groups.map(({ subjectUnitId, block }) =>
      pointsWhere(
        world,
        (point) =>
          point.subjectUnitId === subjectUnitId &&
          point.kind === query.kind &&
          point.measure === query.measure &&
          block.unitIds.includes(point.unitId),
      ),
    );
    groupPoints.forEach((points, index) =>
      figures.push({ label: `group ${index} of ${JSON.stringify(query)}`, kind: query.kind, measure: query.measure, points }),
    );
    const all = new Set(groupPoints.flatMap((points) => [...points]));
    if (release.groups.length > 0) figures.push({ label: JSON.stringify(query), kind: query.kind, measure: query.measure, points: all });

    // What was asked for but not released is explained: a subject below k or a block reaching beyond the filter.
    const inFilter = pointsWhere(
      world,
      (point) =>
        point.kind === query.kind &&
        point.measure === query.measure &&
        (!query.subjectUnitIds || query.subjectUnitIds.includes(point.subjectUnitId)) &&
        (!query.respondentUnitIds || query.respondentUnitIds.includes(point.unitId)),
    );
    for (const index of all) if (!inFilter.has(index)) problems.push(`${JSON.stringify(query)} released a data point outside its filter`);
    for (const index of inFilter) {
      const point = world.dataPoints[index] as DataPoint;
      if (all.has(index)) continue;
      const subjectTotal = pointsWhere(
        world,
        (other) => other.subjectUnitId === point.subjectUnitId && other.kind === query.kind && other.measure === query.measure,
      ).size;
      const isSubjectReported =
        !query.subjectUnitIds || release.leftOut.some((left) => left.subjectUnitId === point.subjectUnitId && !('unitId' in left));
      const isExplained =
        (subjectTotal < world.k && isSubjectReported) ||
        release.leftOut.some((left) => left.subjectUnitId === point.subjectUnitId && 'unitId' in left && left.unitId === point.unitId);
      if (!isExplained) problems.push(`${JSON.stringify(query)} left out unit ${point.unitId} without saying why`);
    }
  }

  for (const key of partitionKeys(world)) {
    const view = plan.cells(key);
    const all = pointsWhere(
      world,
      (point) => point.subjectUnitId === key.subjectUnitId && point.kind === key.kind && point.measure === key.measure,
    );
    const visible = new Set<number>();
    for (const cell of view.cells) {
      if (!cell.isVisible) continue;
      const points = new Set([...all].filter((index) => world.dataPoints[index]?.unitId === cell.respondentUnitId));
      for (const index of points) visible.add(index);
      figures.push({ label: `cell ${cell.respondentUnitId} of ${JSON.stringify(key)}`, kind: key.kind, measure: key.measure, points });
    }
    for (const block of view.groupRows) {
      const points = new Set([...all].filter((index) => block.unitIds.includes(world.dataPoints[index]?.unitId as string)));
      figures.push({ label: `group row ${block.id}`, kind: key.kind, measure: key.measure, points });
    }
    // Complementary suppression: what the visible cells leave out is 0 or at least k, or nothing is shown at all.
    const hidden = [...all].filter((index) => !visible.has(index));
    if (view.isSuppressed ? all.size >= world.k : hidden.length > 0 && respondentsIn(world, hidden).size < world.k) {
      problems.push(`${JSON.stringify(key)}: ${hidden.length} hidden of ${all.size}, suppressed: ${view.isSuppressed}`);
    }
  }
  // The plan keeps no state: the first query asked again after all the others gets the same answer.
  if (JSON.stringify(plan.release(asked[0] as ReleaseQuery)) !== firstAnswer) problems.push('a repeated query got another answer');
  return { figures, problems };
}

/** The first released figure below k, or pair of figures whose difference isolates 1 to k−1 respondents. */
function findLeak(world: World, figures: Figure[]): string | null {
  for (const figure of figures) {
    const size = respondentsIn(world, figure.points).size;
    if (size < world.k) return `${figure.label} describes ${size} respondents`;
  }
  for (const figure of figures) {
    for (const other of figures) {
      if (figure === other || figure.kind !== other.kind || figure.measure !== other.measure) continue;
      // Stronger than the issue asks: not only nested pairs, any pair's difference is 0 or at least k.
      const difference = respondentsIn(
        world,
        [...figure.points].filter((index) => !other.points.has(index)),
      ).size;
      if (difference > 0 && difference < world.k) return `${figure.label} minus ${other.label} isolates ${difference} respondents`;
    }
  }
  return null;
}

/**
 * A naive engine, for contrast: it shows every cell of at least k and every unit's subtree
 * total of at least k, hiding only what is below k on its own.
 */
function naiveFigures(world: World): Figure[] {
  const figures: Figure[] = [];
  for (const { subjectUnitId, kind, measure } of partitionKeys(world)) {
    for (const unit of world.units) {
      const subtree = subtreeOf(world.units, unit.id);
      const key = (point: DataPoint) => point.subjectUnitId === subjectUnitId && point.kind === kind && point.measure === measure;
      const cell = pointsWhere(world, (point) => key(point) && point.unitId === unit.id);
      const total = pointsWhere(world, (point) => key(point) && subtree.includes(point.unitId));
      if (cell.size >= world.k) figures.push({ label: `cell ${unit.id}`, kind, measure, points: cell });
      if (total.size >= world.k) figures.push({ label: `total of ${unit.id}`, kind, measure, points: total });
    }
  }
  return figures;
}

describe('the anonymity engine against random organisations and queries', () => {
  it('releases no figure below k, no pair of figures differing by 1 to k−1, and explains every gap', () => {
    fc.assert(
      fc.property(worldArbitrary, queriesArbitrary, (world, queries) => {
        const { figures, problems } = engineFigures(world, queries);
        expect(problems).toEqual([]);
        expect(findLeak(world, figures)).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it('has teeth: the same check catches a naive per-cell threshold that releases parent totals', () => {
    const details = fc.check(
      fc.property(worldArbitrary, (world) => findLeak(world, naiveFigures(world)) === null),
      { numRuns: 300, seed: 20240601, endOnFailure: true },
    );
    expect(details.failed).toBe(true);
    const [world] = details.counterexample ?? [];
    expect(world && findLeak(world, naiveFigures(world))).toMatch(/minus .* isolates/);
  });

  it('releases nothing for a draft or open wave', () => {
    fc.assert(
      fc.property(worldArbitrary, fc.constantFrom('draft' as const, 'open' as const), (world, status) => {
        const thresholds = { k: world.k, kComments: world.k };
        expect(() => buildReleasePlan({ wave: { status }, thresholds, units: world.units, counts: countCells(world) })).toThrow(
          expect.objectContaining({ code: 'invalid_state' }),
        );
        expect(() =>
          releaseComments({ wave: { status }, thresholds, units: world.units, comments: world.comments, random: Math.random }),
        ).toThrow(expect.objectContaining({ code: 'invalid_state' }));
      }),
      { numRuns: 20 },
    );
  });
});

/** A small seeded generator (mulberry32), so that a failing order can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

describe('comments against random organisations', () => {
  it('labels every released comment with a group of at least k_c comments of its provider and topic, and loses none it may show', () => {
    fc.assert(
      fc.property(worldArbitrary, fc.integer({ min: 0, max: 4 }), fc.integer(), fc.option(fc.nat()), (world, extra, seed, subtreePick) => {
        const kComments = world.k + extra;
        const customerUnitIds = subtreePick === null ? undefined : subtreeOf(world.units, `u${subtreePick % world.units.length}`);
        const options = {
          wave: { status: 'archived' as const },
          thresholds: { k: world.k, kComments },
          units: world.units,
          comments: world.comments,
          customerUnitIds,
        };
        const released = releaseComments({ ...options, random: seededRandom(seed) });
        expect(releaseComments({ ...options, random: seededRandom(seed) })).toEqual(released);

        const byText = new Map(world.comments.map((comment) => [comment.text, comment]));
        for (const { providerUnitId, topic, text, group } of released) {
          const source = byText.get(text);
          expect(source).toMatchObject({ providerUnitId, topic });
          const writer = source?.customerUnitId as string;
          if (customerUnitIds) expect(customerUnitIds).toContain(writer);
          // The label is honest: the writer belongs to the labelled unit or a unit below it.
          if (group.labelUnitId !== null) expect(subtreeOf(world.units, group.labelUnitId)).toContain(writer);
          // Counted from the comments actually released, not taken from the engine: at least k_c under one label.
          const sameLabel = released.filter(
            (other) => other.providerUnitId === providerUnitId && other.topic === topic && other.group.labelUnitId === group.labelUnitId,
          );
          expect(sameLabel.length).toBe(group.count);
          expect(sameLabel.length).toBeGreaterThanOrEqual(kComments);
        }
        expect(new Set(released.map((comment) => comment.text)).size).toBe(released.length);

        for (const providerUnitId of new Set(world.comments.map((comment) => comment.providerUnitId))) {
          const ofProvider = world.comments.filter((comment) => comment.providerUnitId === providerUnitId);
          const shown = released.filter((comment) => comment.providerUnitId === providerUnitId);
          if (ofProvider.length < kComments) expect(shown).toEqual([]);
          for (const topic of COMMENT_TOPICS) {
            const written = ofProvider.filter((comment) => comment.topic === topic).length;
            const shownOfTopic = shown.filter((comment) => comment.topic === topic).length;
            if (written < kComments) expect(shownOfTopic).toBe(0);
            else if (!customerUnitIds) expect(shownOfTopic).toBe(written);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
