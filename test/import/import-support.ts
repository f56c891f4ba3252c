import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { AppContext } from '../../src/app/ports.js';
import { DomainError, type FieldProblem } from '../../src/domain/errors.js';

/** The text of a fixture in test/fixtures/import, as the CLI would read it. */
export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export function fixturePath(name: string): string {
  return new URL(`../fixtures/import/${name}`, import.meta.url).pathname;
}

/** Everything an import may touch, in a stable order, to compare before and after. */
export async function snapshotOrganisation(context: AppContext) {
  const { units, people, services, relationships, audit } = context.stores;
  const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
  return {
    units: byId(await units.listAll()),
    people: byId(await people.listAll()),
    services: byId(await services.listAll()),
    relationships: byId(await relationships.listAll()).map((relationship) => ({
      ...relationship,
      serviceIds: [...relationship.serviceIds].sort(),
    })),
    auditEvents: (await audit.list(10_000)).length,
  };
}

/** Awaits a failing import and returns its problems, asserting it failed as a validation error. */
export async function importProblems(work: Promise<unknown>): Promise<FieldProblem[]> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('validation');
  expect((error as DomainError).message).toMatch(/^nothing was imported: /);
  return (error as DomainError).problems;
}
