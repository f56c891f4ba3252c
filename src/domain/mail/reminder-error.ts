/**
 * What is kept and shown of a reminder's error: its SMTP reply codes only. The text of a
 * reply can name the recipient (an address, a display name, a mailbox) or say something that
 * only fits one person, and who got a reminder is who had not answered yet. Applying it
 * twice gives the same text.
 */
export function reminderError(text: string): string {
  const codes = text.match(/\b[245]\d\d\b|\b[245]\.\d{1,3}\.\d{1,3}\b/g) ?? [];
  return codes.length > 0 ? `SMTP ${[...new Set(codes)].join(' ')} (details withheld)` : 'details withheld';
}
