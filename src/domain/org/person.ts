import type { FieldProblem } from '../errors.js';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export interface Person {
  id: string;
  email: string;
  name: string;
  unitId: string;
  locale: Locale;
  isLead: boolean;
}

// Deliberately permissive: one @, no spaces, a dot in the domain. Mail servers decide the rest.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Emails compare case-insensitively; we store them trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Problems with a person's email, name and locale, each naming its field. */
export function checkPersonFields(fields: { email: string; name: string; locale: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const email = normaliseEmail(fields.email);
  if (email.length === 0) problems.push({ field: 'email', problem: 'must not be empty' });
  else if (email.length > 254 || !EMAIL_PATTERN.test(email))
    problems.push({ field: 'email', problem: `"${fields.email}" is not an email address` });
  const name = fields.name.trim();
  if (name.length === 0) problems.push({ field: 'name', problem: 'must not be empty' });
  else if (name.length > 200) problems.push({ field: 'name', problem: 'must be at most 200 characters' });
  if (!isLocale(fields.locale.trim().toLowerCase())) {
    problems.push({ field: 'locale', problem: `must be one of ${LOCALES.join(', ')}, not "${fields.locale}"` });
  }
  return problems;
}
