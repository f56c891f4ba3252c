const DAY_MS = 24 * 60 * 60 * 1000;

/** Days a link keeps working after the wave's close time (the respondent side refuses closed waves anyway). */
export const TOKEN_DAYS_AFTER_CLOSE = 30;
/** Days a link keeps working when the wave has no close time. */
export const TOKEN_DAYS_WITHOUT_CLOSE = 180;

/** When an invitation link made at `now` stops working: 30 days after the close time, or 180 days from now without one. */
export function tokenExpiresAt(closesAt: string | null, now: Date): string {
  const start = closesAt === null ? now.getTime() : Date.parse(closesAt);
  const days = closesAt === null ? TOKEN_DAYS_WITHOUT_CLOSE : TOKEN_DAYS_AFTER_CLOSE;
  return new Date(start + days * DAY_MS).toISOString();
}
