import { describe, expect, it } from 'vitest';
import { reminderError } from './reminder-error.js';

describe('reminderError: a reminder error keeps its SMTP codes only', () => {
  it.each([
    ['550 5.1.1 <anna.berg@example.org>: mailbox unknown', 'SMTP 550 5.1.1 (details withheld)'],
    ['421 4.7.0 Try again later, Anna', 'SMTP 421 4.7.0 (details withheld)'],
    ['connect ECONNREFUSED 127.0.0.1:2525', 'details withheld'],
    ['SMTP 550 5.1.1 (details withheld)', 'SMTP 550 5.1.1 (details withheld)'],
    // Digits in the address or a host stay out.
    ['550 5.1.1 <anna.berg.512@example.org>: unknown, relay 10.2.3.4', 'SMTP 550 5.1.1 (details withheld)'],
    ["Can't send mail - all recipients were rejected: 550 no such user 421", 'SMTP 550 (details withheld)'],
    ['Connection timeout to 192.168.250.4:25', 'details withheld'],
  ])('%s → %s', (text, shown) => {
    expect(reminderError(text)).toBe(shown);
    expect(reminderError(reminderError(text))).toBe(shown);
  });
});
