/**
 * What is kept and shown of a reminder's error: the SMTP codes its reply starts with (the
 * reply code and its enhanced status code), nothing of the text after them. That text can
 * name the recipient (an address, a display name, a mailbox, a host) or say something that
 * only fits one person, and who got a reminder is who had not answered yet. Applying it
 * twice gives the same text.
 */
export function reminderError(text: string): string {
  // The reply starts the text, or follows "SMTP " (our own form) or ": " (nodemailer's prefix).
  const match = /(?:^|SMTP |: )([245]\d\d)(?:[ -]([245]\.\d{1,3}\.\d{1,3}))?\b/.exec(text);
  if (!match?.[1]) return 'details withheld';
  return `SMTP ${match[1]}${match[2] ? ` ${match[2]}` : ''} (details withheld)`;
}
