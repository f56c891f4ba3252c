import type { FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.js';

/**
 * A preValidation hook for every route: text with NUL characters is refused up front,
 * naming the field, because PostgreSQL cannot store it and nothing legitimate sends it.
 */
export async function rejectNulCharacters(request: FastifyRequest): Promise<void> {
  for (const [part, value] of [
    ['body', request.body],
    ['querystring', request.query],
    ['params', request.params],
  ] as const) {
    const field = findNul(value, part, 0);
    if (field)
      throw new DomainError('validation', `${field}: must not contain NUL characters`, [
        { field, problem: 'must not contain NUL characters' },
      ]);
  }
}

function findNul(value: unknown, path: string, depth: number): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object' || depth > 20) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (key.includes('\u0000')) return `${path}.${key.replaceAll('\u0000', '\\0')}`;
    const found = findNul(child, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}
