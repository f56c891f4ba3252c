import type { Kysely, Selectable } from 'kysely';
import type { MeasurementSource, SlaStore, StoredMeasurement } from '../../app/sla/ports.js';
import type { RelationshipSide, SlaObjective, Signature } from '../../domain/sla/objective.js';
import type { Database, SlaObjectiveVersionTable } from '../schema.js';
import { chunk } from './chunk.js';

type VersionRow = Selectable<SlaObjectiveVersionTable> & { relationship_id: string };

/** SLA objectives with their versions, and their measurements. */
export function createSlaRepository(db: Kysely<Database>): SlaStore {
  const selectVersions = () =>
    db
      .selectFrom('sla_objective_versions as version')
      .innerJoin('sla_objectives as objective', 'objective.id', 'version.objective_id')
      .selectAll('version')
      .select('objective.relationship_id')
      .orderBy('objective.created_at')
      .orderBy('version.objective_id')
      .orderBy('version.version');
  return {
    async insertObjective(objective) {
      await db
        .insertInto('sla_objectives')
        .values({ id: objective.id, relationship_id: objective.relationshipId, created_at: objective.createdAt })
        .execute();
    },

    async insertVersion(version) {
      await db.insertInto('sla_objective_versions').values(toRow(version)).execute();
    },

    async updateVersion(version, expectedStatus) {
      const { id: _id, objective_id: _objective, version: _number, ...changes } = toRow(version);
      const result = await db
        .updateTable('sla_objective_versions')
        .set(changes)
        .where('id', '=', version.id)
        .where('status', '=', expectedStatus)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async listVersions(objectiveId) {
      const rows = await selectVersions().where('version.objective_id', '=', objectiveId).execute();
      return rows.map(toVersion);
    },

    async listVersionsByRelationships(relationshipIds) {
      if (relationshipIds === undefined) return (await selectVersions().execute()).map(toVersion);
      const versions: SlaObjective[] = [];
      for (const ids of chunk(relationshipIds)) {
        const rows = await selectVersions().where('objective.relationship_id', 'in', ids).execute();
        versions.push(...rows.map(toVersion));
      }
      return versions;
    },

    async insertMeasurements(measurements) {
      let inserted = 0;
      for (const rows of chunk(measurements)) {
        const result = await db
          .insertInto('sla_measurements')
          .values(
            rows.map((measurement) => ({
              id: measurement.id,
              objective_id: measurement.objectiveId,
              at: measurement.at,
              value: measurement.value,
              source: measurement.source,
              recorded_by: measurement.recordedBy,
              recorded_at: measurement.recordedAt,
            })),
          )
          .onConflict((conflict) => conflict.columns(['objective_id', 'at']).doNothing())
          .executeTakeFirst();
        inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
      }
      return inserted;
    },

    async listMeasurements(objectiveIds, range = {}) {
      const measurements: StoredMeasurement[] = [];
      for (const ids of chunk(objectiveIds)) {
        let query = db.selectFrom('sla_measurements').selectAll().where('objective_id', 'in', ids);
        if (range.from !== undefined) query = query.where('at', '>=', range.from);
        if (range.to !== undefined) query = query.where('at', '<', range.to);
        const rows = await query.orderBy('at').orderBy('objective_id').execute();
        measurements.push(
          ...rows.map((row) => ({
            id: row.id,
            objectiveId: row.objective_id,
            at: row.at,
            value: row.value,
            source: row.source as MeasurementSource,
            recordedBy: row.recorded_by,
            recordedAt: row.recorded_at,
          })),
        );
      }
      return measurements;
    },
  };
}

function toRow(version: SlaObjective): SlaObjectiveVersionTable {
  return {
    id: version.id,
    objective_id: version.objectiveId,
    version: version.version,
    name: version.name,
    metric: version.metric,
    custom_metric: version.customMetric,
    unit: version.unit,
    target: version.target,
    direction: version.direction,
    aggregation: version.aggregation,
    required_share: version.requiredShare,
    period: version.period,
    dimensions: JSON.stringify(version.dimensions),
    status: version.status,
    valid_from: version.validFrom,
    proposed_side: version.proposedBy.side,
    proposed_by: version.proposedBy.accountId,
    proposed_at: version.proposedBy.at,
    agreed_side: version.agreedBy?.side ?? null,
    agreed_by: version.agreedBy?.accountId ?? null,
    agreed_at: version.agreedBy?.at ?? null,
    closed_side: version.closedBy?.side ?? null,
    closed_by: version.closedBy?.accountId ?? null,
    closed_at: version.closedBy?.at ?? null,
    superseded_at: version.supersededAt,
  };
}

function toVersion(row: VersionRow): SlaObjective {
  return {
    id: row.id,
    objectiveId: row.objective_id,
    version: row.version,
    relationshipId: row.relationship_id,
    name: row.name,
    metric: row.metric as SlaObjective['metric'],
    customMetric: row.custom_metric,
    unit: row.unit as SlaObjective['unit'],
    target: Number(row.target),
    direction: row.direction as SlaObjective['direction'],
    aggregation: row.aggregation as SlaObjective['aggregation'],
    requiredShare: row.required_share === null ? null : Number(row.required_share),
    period: row.period as SlaObjective['period'],
    dimensions: JSON.parse(row.dimensions) as SlaObjective['dimensions'],
    status: row.status as SlaObjective['status'],
    validFrom: row.valid_from,
    proposedBy: { side: row.proposed_side as RelationshipSide, accountId: row.proposed_by, at: row.proposed_at },
    agreedBy: signatureOf(row.agreed_side, row.agreed_by, row.agreed_at),
    closedBy: signatureOf(row.closed_side, row.closed_by, row.closed_at),
    supersededAt: row.superseded_at,
  };
}

function signatureOf(side: string | null, accountId: string | null, at: string | null): Signature | null {
  return side === null || accountId === null || at === null ? null : { side: side as RelationshipSide, accountId, at };
}
