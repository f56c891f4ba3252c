import type { FieldProblem } from '../errors.js';

/** One data row of an import file: the physical line it starts on and its values by column name. */
export interface ImportRow {
  line: number;
  /** Trimmed values of the known columns; a column missing from the file has no key. */
  values: Record<string, string>;
}

/** A bad value in an import file, named by line and column (the header name). */
export interface ImportProblem extends FieldProblem {
  line: number;
  column: string;
  problem: string;
}

export interface ImportChange {
  kind: 'create' | 'update';
  entity: 'unit' | 'person' | 'service' | 'relationship';
  label: string;
  detail?: string;
}

/** What every planner decides: the problems (if any, nothing may be written), the diff and its counts. */
export interface ImportPlan {
  problems: ImportProblem[];
  changes: ImportChange[];
  summary: Record<string, number>;
}

/** The answer of an import, the same for a dry run and a real one. */
export interface ImportReport {
  dryRun: boolean;
  summary: Record<string, number>;
  changes: ImportChange[];
  changesTruncated: boolean;
}

// A report is read by a person; beyond this many lines the counts say more than the list.
export const MAX_REPORTED_CHANGES = 1000;

/** The report of a plan; it lists at most MAX_REPORTED_CHANGES changes. */
export function buildImportReport(plan: ImportPlan, dryRun: boolean): ImportReport {
  return {
    dryRun,
    summary: plan.summary,
    changes: plan.changes.slice(0, MAX_REPORTED_CHANGES),
    changesTruncated: plan.changes.length > MAX_REPORTED_CHANGES,
  };
}

/** True when the plan would write nothing. */
export function isPlanEmpty(plan: ImportPlan): boolean {
  return plan.changes.length === 0;
}

/** Puts the problems of a domain check on a line; the checks name their fields as the columns are named. */
export function problemsOnLine(line: number, problems: readonly FieldProblem[]): ImportProblem[] {
  return problems.map((problem) => ({ line, column: problem.field ?? '', problem: problem.problem }));
}

/** The problem of a value that must be unique in the file, naming both lines. */
export function duplicateProblem(options: { line: number; firstLine: number; column: string; value: string }): ImportProblem {
  return {
    line: options.line,
    column: options.column,
    problem: `"${options.value}" appears twice: on line ${options.firstLine} and on line ${options.line}`,
  };
}
