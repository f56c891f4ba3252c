import { z } from 'zod';
import { ROLES } from '../domain/access/policy.js';
import { LOCALES } from '../domain/org/person.js';

/**
 * A response schema that gives exactly the contract's type `T` (src/contract), checked at
 * compile time both ways: the front end reads `T`, so a field added, dropped or retyped on
 * one side only does not compile. `exactly<WaveDetail>()(z.object({ … }))`.
 */
export function exactly<T>() {
  return <S extends z.ZodType<T>>(schema: S & ([T] extends [z.output<S>] ? unknown : never)): S => schema;
}

/** zod schemas shared by several routes; they are the API's types and its OpenAPI document. */
export const idParams = z.object({ id: z.string().min(1).max(64) });

export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  unitId: z.string().nullable(),
  isDisabled: z.boolean(),
});

export const sessionSchema = z.object({
  account: accountSchema.omit({ isDisabled: true }),
  csrfToken: z.string(),
});

export const unitSchema = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  code: z.string().nullable(),
});

export const unitViewSchema = unitSchema.extend({ path: z.string(), peopleCount: z.number().int() });

export const personSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  unitId: z.string(),
  locale: z.enum(LOCALES),
  isLead: z.boolean(),
});

export const serviceSchema = z.object({
  id: z.string(),
  providerUnitId: z.string(),
  name: z.string(),
  description: z.string(),
});

export const relationshipSchema = z.object({
  id: z.string(),
  providerUnitId: z.string(),
  customerUnitId: z.string(),
  serviceIds: z.array(z.string()),
});

export const relationshipViewSchema = z.object({
  id: z.string(),
  providerUnitId: z.string(),
  providerPath: z.string(),
  customerUnitId: z.string(),
  customerPath: z.string(),
  services: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z
    .array(
      z.object({ field: z.string().optional(), line: z.number().int().optional(), column: z.string().optional(), problem: z.string() }),
    )
    .optional(),
});
