import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import { computeUnitPaths } from '../../domain/org/unit.js';
import { tokenExpiresAt } from '../../domain/wave/invitation.js';
import { isAcceptingResponses } from '../../domain/wave/wave.js';
import { requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { findWaveByReference } from './find-wave.js';
import type { InvitationToken } from './ports.js';
import { issueLink } from './wave-mails.js';

export interface WaveLink {
  email: string;
  name: string;
  /** The unit path of the customer group the person answers for. */
  unit: string;
  link: string;
  /** The person's language, for a printed card. */
  locale: string;
}

/**
 * A new link for every invitee, to hand out by other means (intranet, print). Links made
 * earlier keep working; the link of someone who has answered says thank you. Everyone is
 * listed, answered or not: a list of those still to answer would tell who has. The links
 * exist only in the answer.
 */
export async function exportWaveLinks(
  context: AppContext,
  actor: Actor,
  input: { wave: string; publicUrl: string },
): Promise<{ wave: { id: string; name: string }; links: WaveLink[] }> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  const now = context.clock();
  return context.transaction(async (stores) => {
    const wave = await findWaveByReference(stores, input.wave);
    if (!isAcceptingResponses(wave, now))
      throw new DomainError('invalid_state', `wave "${wave.name}" is ${wave.status}; links are made only for an open wave`);
    const [invitations, people, units] = await Promise.all([
      stores.waves.listInvitations(wave.id),
      stores.people.listAll(),
      stores.units.listAll(),
    ]);
    const peopleById = new Map(people.map((person) => [person.id, person]));
    const paths = computeUnitPaths(units);
    const expiresAt = tokenExpiresAt(wave.closesAt, now);
    const links: WaveLink[] = [];
    const tokens: InvitationToken[] = [];
    for (const invitation of invitations) {
      const person = invitation.personId === null ? undefined : peopleById.get(invitation.personId);
      if (!person) continue;
      const issued = issueLink(invitation.id, expiresAt, input.publicUrl);
      tokens.push(issued.token);
      links.push({
        email: person.email,
        name: person.name,
        unit: paths.get(invitation.unitId) ?? '?',
        link: issued.url,
        locale: invitation.locale,
      });
    }
    await stores.waves.insertTokens(tokens);
    await stores.audit.record({
      at: now.toISOString(),
      accountId: actor.accountId,
      action: 'wave.export-links',
      subject: wave.id,
      details: { links: links.length },
    });
    links.sort((left, right) => left.unit.localeCompare(right.unit) || left.name.localeCompare(right.name));
    return { wave: { id: wave.id, name: wave.name }, links };
  });
}
