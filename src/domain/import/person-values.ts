import { isLocale, LOCALES, type Locale } from '../org/person.js';

// HR systems and hand-kept spreadsheets say "lead" in many ways, German ones included.
const LEAD_YES = new Set(['yes', 'true', '1', 'ja', 'x']);
const LEAD_NO = new Set(['no', 'false', '0', 'nein', '']);

/** The lead flag of a cell: yes/true/1/ja/x or no/false/0/nein/empty, any case; a string is the problem. */
export function parseLeadFlag(text: string): boolean | { problem: string } {
  const value = text.trim().toLowerCase();
  if (LEAD_YES.has(value)) return true;
  if (LEAD_NO.has(value)) return false;
  return { problem: `must be yes, no, true, false, 1, 0, ja, nein, x or empty, not "${text}"` };
}

/** The locale of a cell: de or en in any case; an empty cell means de, the default of a German company. */
export function parseLocale(text: string): Locale | { problem: string } {
  const value = text.trim().toLowerCase();
  if (value.length === 0) return 'de';
  if (isLocale(value)) return value;
  return { problem: `must be one of ${LOCALES.join(', ')} or empty, not "${text}"` };
}
