import { describe, expect, it } from 'vitest';
import { tokenExpiresAt } from './invitation.js';

describe('tokenExpiresAt', () => {
  const now = new Date('2026-03-01T10:00:00.000Z');
  it.each([
    ['30 days after the close time', '2026-03-31T12:00:00.000Z', '2026-04-30T12:00:00.000Z'],
    ['180 days from now without a close time', null, '2026-08-28T10:00:00.000Z'],
  ])('%s', (_name, closesAt, expected) => {
    expect(tokenExpiresAt(closesAt, now)).toBe(expected);
  });
});
