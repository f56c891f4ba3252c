import type { ImportProblem } from '../../domain/import/import-plan.js';

/** The one-line message of a failed import; the problems themselves travel beside it. */
export function describeImportFailure(problems: readonly ImportProblem[]): string {
  const first = problems[0];
  if (!first) return 'nothing was imported';
  const lead = `line ${first.line}: ${first.column}: ${first.problem}`;
  if (problems.length === 1) return `nothing was imported: ${lead}`;
  const lines = new Set(problems.map((problem) => problem.line)).size;
  return `nothing was imported: ${problems.length} problems on ${lines} ${lines === 1 ? 'line' : 'lines'}, the first: ${lead}`;
}
