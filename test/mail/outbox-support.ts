import { randomUUID } from 'node:crypto';
import type { OutgoingMail } from '../../src/app/ports.js';
import { renderWaveMail } from '../../src/domain/mail/templates.js';

/** `count` rendered invitations, to person-0@example.com, person-1@example.com, … */
export function buildInvitations(count: number, waveId: string | null = null): OutgoingMail[] {
  return Array.from({ length: count }, (_, index) => {
    const content = renderWaveMail({
      kind: 'invitation',
      locale: index % 2 === 0 ? 'de' : 'en',
      personName: `Person ${index}`,
      waveName: 'Spring 2026',
      link: `https://eyelevel.example.com/s/token-${index}`,
      closesAt: '2026-03-31T12:00:00.000Z',
      anonymityThreshold: 5,
    });
    return {
      id: randomUUID(),
      kind: 'invitation',
      waveId,
      recipient: `person-${index}@example.com`,
      subject: content.subject,
      bodyText: content.text,
      bodyHtml: content.html,
    };
  });
}

/** The Message-ID the SMTP mailer gives an outbox mail. */
export function messageIdOf(mail: { id: string }): string {
  return `<${mail.id}@eyelevel>`;
}

/** How often each Message-ID arrived, for those that arrived more than once. */
export function duplicatesOf(messageIds: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of messageIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return new Map([...counts].filter(([, count]) => count > 1));
}
