import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import { tokenExpiresAt } from '../../domain/wave/invitation.js';
import { isAcceptingResponses } from '../../domain/wave/wave.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { chunk } from './chunk.js';
import type { SurveySettings } from './settings.js';
import { issueLink, writeWaveMails } from './wave-mails.js';

/**
 * One reminder, with a new link, to every invitee who has not submitted. The admin learns
 * how many were reminded, never who; the database keeps no trace of who was (see below, and
 * the outbox, which forgets a reminder's recipient once it is sent).
 */
export async function sendReminders(
  context: AppContext,
  actor: Actor,
  id: string,
  settings: SurveySettings,
): Promise<{ reminded: number }> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  const now = context.clock();
  return context.transaction(async (stores) => {
    const wave = requireFound(await stores.waves.findWave(id), 'wave');
    if (!isAcceptingResponses(wave, now)) {
      throw new DomainError('invalid_state', `a ${wave.status} wave gets no reminders; reminders go out only while a wave is open`);
    }
    const invitations = await stores.waves.listInvitations(wave.id);
    const people = new Map((await stores.people.listAll()).map((person) => [person.id, person]));
    // A person deleted since the invitation has no address any more.
    const recipients = invitations.flatMap((invitation) => {
      const person = invitation.isSubmitted || invitation.personId === null ? undefined : people.get(invitation.personId);
      return person ? [{ invitation, person }] : [];
    });
    // Every other invitation gets a new link too, one that is never sent: so the links stored
    // per invitation count the reminder rounds, not the reminders a person got (which would
    // tell, round by round, when each person submitted). The round's links are stored in the
    // order of their hashes and the mails in a random order, so that neither the order of the
    // links nor that of the mails separates the reminded from the others.
    const reminded = new Set(recipients.map((recipient) => recipient.invitation.id));
    const expiresAt = tokenExpiresAt(wave.closesAt, now);
    const tokens = invitations
      .filter((invitation) => !reminded.has(invitation.id))
      .map((invitation) => issueLink(invitation.id, expiresAt, settings.publicUrl).token);
    const shuffled = recipients.map((recipient) => ({ recipient, key: context.newId() })).sort((a, b) => (a.key < b.key ? -1 : 1));
    // In slices, so that a wave of 100,000 people never holds all its mails in memory at once.
    for (const slice of chunk(
      shuffled.map((entry) => entry.recipient),
      500,
    )) {
      const written = writeWaveMails(context, { wave, kind: 'reminder', recipients: slice, settings, now });
      tokens.push(...written.tokens);
      await stores.outbox.enqueue(written.mails, now.toISOString());
    }
    tokens.sort((a, b) => (a.tokenHash < b.tokenHash ? -1 : 1));
    for (const slice of chunk(tokens, 500)) await stores.waves.insertTokens(slice);
    await stores.audit.record({
      at: now.toISOString(),
      accountId: actor.accountId,
      action: 'wave.remind',
      subject: wave.id,
      details: { reminded: recipients.length },
    });
    return { reminded: recipients.length };
  });
}
