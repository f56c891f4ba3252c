import { describe, expect, it } from 'vitest';
import { DomainError, assertNoProblems, invalidField, type FieldProblem } from './errors.js';

describe('invalidField', () => {
  it('is a validation error naming the field in its message and its problems', () => {
    const error = invalidField('email', 'already taken');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('validation');
    expect(error.message).toBe('email: already taken');
    expect(error.problems).toEqual([{ field: 'email', problem: 'already taken' }]);
  });
});

describe('assertNoProblems', () => {
  it('does nothing without problems', () => {
    expect(() => assertNoProblems([])).not.toThrow();
  });

  it.each<{ case: string; problems: FieldProblem[]; message: string }>([
    { case: 'one field problem', problems: [{ field: 'name', problem: 'must not be empty' }], message: 'name: must not be empty' },
    {
      case: 'three problems',
      problems: [
        { field: 'name', problem: 'must not be empty' },
        { field: 'email', problem: 'is not an email address' },
        { line: 3, problem: 'too many columns' },
      ],
      message: 'name: must not be empty (and 2 more)',
    },
    { case: 'a problem without a field', problems: [{ line: 7, problem: 'unit path is empty' }], message: 'unit path is empty' },
  ])('$case → "$message"', ({ problems, message }) => {
    let thrown: unknown;
    try {
      assertNoProblems(problems);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe('validation');
    expect((thrown as DomainError).message).toBe(message);
    expect((thrown as DomainError).problems).toEqual(problems);
  });
});
