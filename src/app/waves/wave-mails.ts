import { renderWaveMail, type WaveMailKind } from '../../domain/mail/templates.js';
import type { Person } from '../../domain/org/person.js';
import { tokenExpiresAt } from '../../domain/wave/invitation.js';
import type { Wave } from '../../domain/wave/wave.js';
import type { AppContext, OutgoingMail } from '../ports.js';
import { createToken, hashToken } from '../tokens.js';
import type { Invitation, InvitationToken } from './ports.js';
import { surveyLink, type SurveySettings } from './settings.js';

/**
 * A new link for each invitation, and the mail that carries it in the person's language.
 * The token exists in clear text only inside the mail body, which the outbox keeps until
 * the mail is sent or its wave closes; the tokens table gets its hash.
 */
export function writeWaveMails(
  context: AppContext,
  options: {
    wave: Wave;
    kind: WaveMailKind;
    recipients: readonly { invitation: Invitation; person: Person }[];
    settings: SurveySettings;
    now: Date;
  },
): { tokens: InvitationToken[]; mails: OutgoingMail[] } {
  const { wave, kind, settings, now } = options;
  const expiresAt = tokenExpiresAt(wave.closesAt, now);
  const tokens: InvitationToken[] = [];
  const mails: OutgoingMail[] = [];
  for (const { invitation, person } of options.recipients) {
    const link = issueLink(invitation.id, expiresAt, settings.publicUrl);
    tokens.push(link.token);
    const content = renderWaveMail({
      kind,
      locale: invitation.locale,
      personName: person.name,
      waveName: wave.name,
      link: link.url,
      closesAt: wave.closesAt,
      anonymityThreshold: settings.anonymityThreshold,
    });
    mails.push({
      id: context.newId(),
      kind,
      waveId: wave.id,
      recipient: person.email,
      subject: content.subject,
      bodyText: content.text,
      bodyHtml: content.html,
    });
  }
  return { tokens, mails };
}

/** One more link to an invitation: the URL to hand out and the hash to store. */
export function issueLink(invitationId: string, expiresAt: string, publicUrl: string): { url: string; token: InvitationToken } {
  const token = createToken();
  return { url: surveyLink(publicUrl, token), token: { tokenHash: hashToken(token), invitationId, expiresAt } };
}
