import { canManageOrganisation, type Actor } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import { buildImportReport, isPlanEmpty, type ImportPlan, type ImportReport, type ImportRow } from '../../domain/import/import-plan.js';
import { requirePermission } from '../authorize.js';
import type { AppContext, Stores } from '../ports.js';
import { describeImportFailure } from './import-failure.js';
import { readCsv, type CsvColumns } from './read-csv.js';

export interface ImportInput {
  csv: string;
  dryRun: boolean;
  /** Called as the writes progress; `total` counts the records to write. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Counts written records for `onProgress`. */
export type ProgressStep = (written: number) => void;

/** What differs between the imports: their columns, how to plan, and how to store a plan. */
export interface ImportKind<Plan extends ImportPlan> {
  name: 'people' | 'units' | 'relationships';
  columns: CsvColumns;
  plan: (stores: Stores, rows: ImportRow[]) => Promise<Plan>;
  countWrites: (plan: Plan) => number;
  write: (stores: Stores, plan: Plan, step: ProgressStep) => Promise<void>;
}

/** Writes go in slices of this many records, so that progress can be reported in between. */
export const WRITE_SLICE = 5000;

/**
 * Reads, plans and stores one import: all of it in one transaction, or nothing when any
 * row is bad. A dry run and a file that changes nothing write nothing at all, not even
 * an audit event.
 */
export async function runImport<Plan extends ImportPlan>(
  context: AppContext,
  actor: Actor,
  input: ImportInput,
  kind: ImportKind<Plan>,
): Promise<ImportReport> {
  requirePermission(canManageOrganisation(actor), `import ${kind.name}`);
  const content = readCsv(input.csv, kind.columns);
  const decide = async (stores: Stores) => {
    const plan = await kind.plan(stores, content.rows);
    const problems = [...content.problems, ...plan.problems].sort((a, b) => a.line - b.line);
    if (problems.length > 0) throw new DomainError('validation', describeImportFailure(problems), problems);
    return plan;
  };
  if (input.dryRun) return buildImportReport(await decide(context.stores), true);
  return context.transaction(async (stores) => {
    const plan = await decide(stores);
    if (isPlanEmpty(plan)) return buildImportReport(plan, false);
    const total = kind.countWrites(plan);
    let done = 0;
    input.onProgress?.(0, total);
    await kind.write(stores, plan, (written) => {
      done += written;
      input.onProgress?.(done, total);
    });
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: `import.${kind.name}`,
      subject: kind.name,
      details: plan.summary,
    });
    return buildImportReport(plan, false);
  });
}

/** Calls `write` with slices of `records`, reporting each slice. */
export async function writeInSlices<T>(
  records: readonly T[],
  write: (slice: readonly T[]) => Promise<void>,
  step: ProgressStep,
): Promise<void> {
  for (let start = 0; start < records.length; start += WRITE_SLICE) {
    const slice = records.slice(start, start + WRITE_SLICE);
    await write(slice);
    step(slice.length);
  }
}
