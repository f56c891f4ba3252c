import type { CommentTopic, RatingKind } from '../../domain/respond/answers.js';
import type { CellAggregate } from '../../domain/results/measures.js';

/** A stored response as the results see it: what was rated by whom, and the answers. */
export interface ResultResponse {
  id: string;
  kind: RatingKind;
  providerUnitId: string;
  customerUnitId: string;
  answers: Record<string, number | null>;
}

export interface ResultComment {
  providerUnitId: string;
  customerUnitId: string;
  topic: CommentTopic;
  text: string;
}

/** When a wave's cell aggregates were built, from how many responses. */
export interface ResultsBuild {
  builtAt: string;
  responses: number;
}

/**
 * Storage for results: the anonymous responses read once per wave, the cell aggregates built
 * from them, and the comments. Implemented by src/db/repositories/results-repository.ts.
 */
export interface ResultsStore {
  /** The units rated in a wave (providers, and customers rated in the reverse block). */
  listRatedUnits(waveId: string): Promise<string[]>;
  /** The responses of a wave stored under one rated unit (`provider_unit_id`). */
  listResponses(waveId: string, providerUnitId: string): Promise<ResultResponse[]>;
  findBuild(waveId: string): Promise<ResultsBuild | undefined>;
  /** Replaces the wave's aggregates and records the build (inside the caller's transaction). */
  replaceAggregates(waveId: string, cells: readonly CellAggregate[], build: ResultsBuild): Promise<void>;
  listAggregates(waveId: string): Promise<CellAggregate[]>;
  /** Only the n of every cell: what a release plan needs. */
  listCellCounts(waveId: string): Promise<(Omit<CellAggregate, 'aggregate'> & { n: number })[]>;
  /** The aggregates of one subject unit's cells. */
  listSubjectAggregates(waveId: string, subjectUnitId: string): Promise<CellAggregate[]>;
  listComments(waveId: string): Promise<ResultComment[]>;
}
