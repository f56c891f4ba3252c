import type { Kysely, Selectable } from 'kysely';
import type { ResultComment, ResultResponse, ResultsStore } from '../../app/results/ports.js';
import type { CommentTopic, RatingKind } from '../../domain/respond/answers.js';
import type { Histogram } from '../../domain/results/aggregate.js';
import type { ResultKind } from '../../domain/results/anonymity.js';
import type { CellAggregate } from '../../domain/results/measures.js';
import type { CellAggregateTable, Database } from '../schema.js';
import { chunk } from './chunk.js';

/** Cell aggregates per closed wave, and the reads they are built from. */
export function createResultsRepository(db: Kysely<Database>): ResultsStore {
  return {
    async listRatedUnits(waveId) {
      const rows = await db.selectFrom('responses').select('provider_unit_id').distinct().where('wave_id', '=', waveId).execute();
      return rows.map((row) => row.provider_unit_id);
    },

    // By (wave, provider): the index of responses, one provider's rows at a time.
    async listResponses(waveId, providerUnitId) {
      const rows = await db
        .selectFrom('responses')
        .select(['id', 'kind', 'provider_unit_id', 'customer_unit_id', 'answers'])
        .where('wave_id', '=', waveId)
        .where('provider_unit_id', '=', providerUnitId)
        .execute();
      return rows.map((row): ResultResponse => ({
        id: row.id,
        kind: row.kind as RatingKind,
        providerUnitId: row.provider_unit_id,
        customerUnitId: row.customer_unit_id,
        answers: JSON.parse(row.answers) as ResultResponse['answers'],
      }));
    },

    async findBuild(waveId) {
      const row = await db.selectFrom('wave_results').select(['built_at', 'responses']).where('wave_id', '=', waveId).executeTakeFirst();
      return row ? { builtAt: row.built_at, responses: row.responses } : undefined;
    },

    async replaceAggregates(waveId, cells, build) {
      await db.deleteFrom('cell_aggregates').where('wave_id', '=', waveId).execute();
      await db.deleteFrom('wave_results').where('wave_id', '=', waveId).execute();
      for (const rows of chunk(cells, 500)) {
        await db
          .insertInto('cell_aggregates')
          .values(
            rows.map((cell) => ({
              wave_id: waveId,
              subject_unit_id: cell.subjectUnitId,
              respondent_unit_id: cell.respondentUnitId,
              kind: cell.kind,
              measure: cell.measure,
              n: cell.aggregate.n,
              sum: cell.aggregate.sum,
              sum_squares: cell.aggregate.sumSquares,
              histogram: JSON.stringify(cell.aggregate.histogram),
            })),
          )
          .execute();
      }
      await db.insertInto('wave_results').values({ wave_id: waveId, built_at: build.builtAt, responses: build.responses }).execute();
    },

    async listAggregates(waveId) {
      const rows = await db.selectFrom('cell_aggregates').selectAll().where('wave_id', '=', waveId).execute();
      return rows.map(toCellAggregate);
    },

    async listCellCounts(waveId) {
      const rows = await db
        .selectFrom('cell_aggregates')
        .select(['subject_unit_id', 'respondent_unit_id', 'kind', 'measure', 'n'])
        .where('wave_id', '=', waveId)
        .execute();
      return rows.map((row) => ({
        subjectUnitId: row.subject_unit_id,
        respondentUnitId: row.respondent_unit_id,
        kind: row.kind as ResultKind,
        measure: row.measure,
        n: row.n,
      }));
    },

    async listSubjectAggregates(waveId, subjectUnitId) {
      const rows = await db
        .selectFrom('cell_aggregates')
        .selectAll()
        .where('wave_id', '=', waveId)
        .where('subject_unit_id', '=', subjectUnitId)
        .execute();
      return rows.map(toCellAggregate);
    },

    async listComments(waveId) {
      const rows = await db
        .selectFrom('comments')
        .select(['provider_unit_id', 'customer_unit_id', 'topic', 'text'])
        .where('wave_id', '=', waveId)
        .orderBy('id')
        .execute();
      return rows.map((row): ResultComment => ({
        providerUnitId: row.provider_unit_id,
        customerUnitId: row.customer_unit_id,
        topic: row.topic as CommentTopic,
        text: row.text,
      }));
    },
  };
}

function toCellAggregate(row: Selectable<CellAggregateTable>): CellAggregate {
  return {
    subjectUnitId: row.subject_unit_id,
    respondentUnitId: row.respondent_unit_id,
    kind: row.kind as ResultKind,
    measure: row.measure,
    aggregate: { n: row.n, sum: row.sum, sumSquares: row.sum_squares, histogram: JSON.parse(row.histogram) as Histogram },
  };
}
