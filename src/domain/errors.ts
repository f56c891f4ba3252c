/** What went wrong, independent of transport; src/http maps each code to one HTTP status. */
export type ErrorCode = 'validation' | 'not_found' | 'conflict' | 'forbidden' | 'unauthenticated' | 'invalid_state';

export interface FieldProblem {
  field?: string;
  line?: number;
  column?: string;
  problem: string;
}

export class DomainError extends Error {
  override name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** A validation error about one field. */
export function invalidField(field: string, problem: string): DomainError {
  return new DomainError('validation', `${field}: ${problem}`, [{ field, problem }]);
}

/** Throws a validation error listing every problem, when there are any. */
export function assertNoProblems(problems: FieldProblem[], summary = 'invalid input'): void {
  if (problems.length === 0) return;
  const first = problems[0];
  const lead = first?.field ? `${first.field}: ${first.problem}` : (first?.problem ?? summary);
  throw new DomainError('validation', problems.length === 1 ? lead : `${lead} (and ${problems.length - 1} more)`, problems);
}
