/** What survey use cases need from the configuration; the adapters pass it in. */
export interface SurveySettings {
  /** The address people use to reach this server, without a trailing slash. */
  publicUrl: string;
  /** The smallest group any figure may describe (k, never below 3). */
  anonymityThreshold: number;
}

/** A respondent's link: the token travels only in the link, the database keeps its hash. */
export function surveyLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/r/${token}`;
}

/** An ISO time in the one form the database compares as text; what does not parse is left for the domain to refuse. */
export function normaliseTime<T extends string | null | undefined>(value: T): T {
  if (typeof value !== 'string') return value;
  const time = Date.parse(value);
  return (Number.isNaN(time) ? value : new Date(time).toISOString()) as T;
}
