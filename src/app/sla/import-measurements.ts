import type { Actor } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import { duplicateProblem, problemsOnLine, type ImportProblem, type ImportRow } from '../../domain/import/import-plan.js';
import { checkMeasurement } from '../../domain/sla/compliance.js';
import { metricKeyOf, type SlaObjective } from '../../domain/sla/objective.js';
import { requirePermission } from '../authorize.js';
import { describeImportFailure } from '../import/import-failure.js';
import { readCsv } from '../import/read-csv.js';
import type { AppContext, Stores } from '../ports.js';
import type { StoredMeasurement } from './ports.js';
import { normaliseMeasurementTime } from './record-measurement.js';
import { canRecordMeasurements } from '../../domain/access/relationship-policy.js';

/** Each row names its objective by id, or by relationship id and metric key (`resolution-time`, `custom:report-errors`). */
export const MEASUREMENT_COLUMNS = { required: ['at', 'value'], optional: ['objective', 'relationship', 'metric'] } as const;

export interface MeasurementImportReport {
  dryRun: boolean;
  summary: { measurementsCreated: number; measurementsUnchanged: number };
  changes: { kind: 'create'; entity: 'measurement'; label: string; detail: string }[];
  changesTruncated: boolean;
}

const MAX_REPORTED_CHANGES = 1000;

/**
 * Imports measurements from a CSV file: all of it in one transaction, or nothing when any row
 * is bad. A measurement already stored with the same value is unchanged, so importing the same
 * file twice changes nothing; a different value at a stored time is a problem on its line,
 * since measurements are not overwritten. Leads import for their own unit's relationships.
 */
export async function importMeasurements(
  context: AppContext,
  actor: Actor,
  input: { csv: string; dryRun: boolean },
): Promise<MeasurementImportReport> {
  requirePermission(actor.role === 'admin' || actor.role === 'lead', 'import measurements');
  const content = readCsv(input.csv, MEASUREMENT_COLUMNS);
  const decide = async (stores: Stores) => {
    const plan = await planMeasurements(context, stores, actor, content.rows);
    const problems = [...content.problems, ...plan.problems].sort((a, b) => a.line - b.line);
    if (problems.length > 0) throw new DomainError('validation', describeImportFailure(problems), problems);
    return plan;
  };
  if (input.dryRun) return reportOf(await decide(context.stores), true);
  return context.transaction(async (stores) => {
    const plan = await decide(stores);
    if (plan.toCreate.length === 0) return reportOf(plan, false);
    await stores.sla.insertMeasurements(plan.toCreate.map((entry) => entry.measurement));
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'import.measurements',
      subject: 'measurements',
      details: { created: plan.toCreate.length, unchanged: plan.unchanged },
    });
    return reportOf(plan, false);
  });
}

interface MeasurementPlan {
  problems: ImportProblem[];
  toCreate: { measurement: StoredMeasurement; name: string }[];
  unchanged: number;
}

async function planMeasurements(context: AppContext, stores: Stores, actor: Actor, rows: readonly ImportRow[]): Promise<MeasurementPlan> {
  const [versions, relationships] = await Promise.all([stores.sla.listVersionsByRelationships(), stores.relationships.listAll()]);
  const writable = new Set(relationships.filter((relationship) => canRecordMeasurements(actor, relationship)).map((entry) => entry.id));
  // The objective's first version names it in the report and fixes its metric and unit.
  const objectives = new Map<string, SlaObjective>();
  for (const version of versions) if (!objectives.has(version.objectiveId)) objectives.set(version.objectiveId, version);
  const problems: ImportProblem[] = [];
  const planned: { line: number; measurement: StoredMeasurement; name: string }[] = [];
  const firstLineOf = new Map<string, number>();
  const now = context.clock().toISOString();
  for (const row of rows) {
    const objective = resolveObjective(row, objectives, problems);
    if (!objective) continue;
    if (!writable.has(objective.relationshipId)) {
      problems.push({ line: row.line, column: 'objective', problem: "is not an objective of your unit's relationships" });
      continue;
    }
    const at = row.values.at ?? '';
    const valueText = (row.values.value ?? '').replace(',', '.');
    const value = valueText === '' ? Number.NaN : Number(valueText);
    const rowProblems = problemsOnLine(row.line, checkMeasurement({ at, value }, objective.unit));
    if (rowProblems.length > 0) {
      problems.push(
        ...rowProblems.map((problem) =>
          problem.column === 'value' ? { ...problem, problem: `${problem.problem}, not "${row.values.value ?? ''}"` } : problem,
        ),
      );
      continue;
    }
    const normalised = normaliseMeasurementTime(at);
    const key = `${objective.objectiveId}\u0000${normalised}`;
    const firstLine = firstLineOf.get(key);
    if (firstLine !== undefined) {
      problems.push(duplicateProblem({ line: row.line, firstLine, column: 'at', value: at }));
      continue;
    }
    firstLineOf.set(key, row.line);
    planned.push({
      line: row.line,
      name: objective.name,
      measurement: {
        id: context.newId(),
        objectiveId: objective.objectiveId,
        at: normalised,
        value,
        source: 'csv',
        recordedBy: actor.accountId,
        recordedAt: now,
      },
    });
  }
  const stored = new Map(
    (await stores.sla.listMeasurements([...new Set(planned.map((entry) => entry.measurement.objectiveId))])).map((measurement) => [
      `${measurement.objectiveId}\u0000${measurement.at}`,
      measurement.value,
    ]),
  );
  const toCreate: MeasurementPlan['toCreate'] = [];
  let unchanged = 0;
  for (const entry of planned) {
    const storedValue = stored.get(`${entry.measurement.objectiveId}\u0000${entry.measurement.at}`);
    if (storedValue === undefined) toCreate.push(entry);
    else if (storedValue === entry.measurement.value) unchanged += 1;
    else {
      problems.push({
        line: entry.line,
        column: 'value',
        problem: `a measurement at ${entry.measurement.at} is already recorded with the value ${storedValue}; measurements are not overwritten`,
      });
    }
  }
  return { problems, toCreate, unchanged };
}

function resolveObjective(row: ImportRow, objectives: Map<string, SlaObjective>, problems: ImportProblem[]): SlaObjective | undefined {
  const { objective: objectiveId = '', relationship = '', metric = '' } = row.values;
  if (objectiveId !== '') {
    const objective = objectives.get(objectiveId);
    if (!objective) problems.push({ line: row.line, column: 'objective', problem: `no SLA objective has the id "${objectiveId}"` });
    return objective;
  }
  if (relationship === '' || metric === '') {
    problems.push({ line: row.line, column: 'objective', problem: 'name the objective id, or the relationship id and the metric' });
    return undefined;
  }
  const matches = [...objectives.values()].filter((entry) => entry.relationshipId === relationship && metricKeyOf(entry) === metric);
  if (matches.length === 1) return matches[0];
  problems.push({
    line: row.line,
    column: 'metric',
    problem:
      matches.length === 0
        ? `the relationship "${relationship}" has no objective with the metric "${metric}"`
        : `the relationship "${relationship}" has ${matches.length} objectives with the metric "${metric}"; name the objective id`,
  });
  return undefined;
}

function reportOf(plan: MeasurementPlan, dryRun: boolean): MeasurementImportReport {
  return {
    dryRun,
    summary: { measurementsCreated: plan.toCreate.length, measurementsUnchanged: plan.unchanged },
    changes: plan.toCreate.slice(0, MAX_REPORTED_CHANGES).map((entry) => ({
      kind: 'create',
      entity: 'measurement',
      label: `${entry.name} ${entry.measurement.at}`,
      detail: String(entry.measurement.value),
    })),
    changesTruncated: plan.toCreate.length > MAX_REPORTED_CHANGES,
  };
}
