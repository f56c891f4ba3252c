import { describe, expect, it } from 'vitest';
import { reminderError } from './reminder-error.js';

describe('reminderError: a reminder error keeps its SMTP codes only', () => {
  it.each([
    ['550 5.1.1 <anna.berg@example.org>: mailbox unknown', 'SMTP 550 5.1.1 (details withheld)'],
    ['421 4.7.0 Try again later, Anna', 'SMTP 421 4.7.0 (details withheld)'],
    ['connect ECONNREFUSED 127.0.0.1:2525', 'details withheld'],
    ['SMTP 550 5.1.1 (details withheld)', 'SMTP 550 5.1.1 (details withheld)'],
  ])('%s → %s', (text, shown) => {
    expect(reminderError(text)).toBe(shown);
    expect(reminderError(reminderError(text))).toBe(shown);
  });
});
