import { LOCALES, type Locale, type Person } from '../../domain/org/person.js';
import { computeUnitPaths, type Unit } from '../../domain/org/unit.js';
import { tokenExpiresAt } from '../../domain/wave/invitation.js';
import { isAcceptingResponses } from '../../domain/wave/wave.js';
import type { AppContext } from '../ports.js';
import type { Invitation, StoredWave } from '../waves/ports.js';
import type { SurveySettings } from '../waves/settings.js';
import { issueLink } from '../waves/wave-mails.js';

export interface DemoRespondentLink {
  /** The respondent's language: the survey opens in it. */
  locale: Locale;
  name: string;
  email: string;
  /** The unit path of the customer group the person answers for. */
  unit: string;
  link: string;
}

/** Innendienst rates both Service Desk and Einkauf, and is rated itself: a good tour of the survey. */
const PREFERRED_UNIT_CODE = 'INSIDE-SALES';
const LINK_COUNT = 2;

/**
 * Two fresh survey links into the demo's open wave, for people who have not answered: one
 * per language where the wave has both (German first), from Innendienst where possible,
 * always the same people while they have not answered. Only hashes are stored, so each call
 * makes new links; earlier ones keep working. No open wave: no links.
 */
export async function issueDemoRespondentLinks(
  context: AppContext,
  settings: Pick<SurveySettings, 'publicUrl'>,
): Promise<{ wave: { id: string; name: string } | null; links: DemoRespondentLink[] }> {
  const now = context.clock();
  return context.transaction(async (stores) => {
    const waves = (await stores.waves.listWaves()).filter((wave) => isAcceptingResponses(wave, now));
    // The newest wave that takes answers: the demo's open wave, or one an admin opened since.
    const wave: StoredWave | undefined = waves.sort((a, b) => ((a.opensAt ?? '') < (b.opensAt ?? '') ? 1 : -1))[0];
    if (!wave) return { wave: null, links: [] };
    const [pending, people, units] = await Promise.all([
      stores.waves.listUnsubmittedInvitations(wave.id),
      stores.people.listAll(),
      stores.units.listAll(),
    ]);
    const chosen = chooseRespondents(pending, people, units);
    const paths = computeUnitPaths(units);
    const expiresAt = tokenExpiresAt(wave.closesAt, now);
    const issued = chosen.map(({ invitation, person }) => ({
      invitation,
      person,
      ...issueLink(invitation.id, expiresAt, settings.publicUrl),
    }));
    await stores.waves.insertTokens(issued.map((entry) => entry.token));
    await stores.audit.record({
      at: now.toISOString(),
      accountId: null,
      action: 'demo.links',
      subject: wave.id,
      details: { links: issued.length },
    });
    return {
      wave: { id: wave.id, name: wave.name },
      links: issued.map(({ invitation, person, url }) => ({
        locale: invitation.locale,
        name: person.name,
        email: person.email,
        unit: paths.get(invitation.unitId) ?? '?',
        link: url,
      })),
    };
  });
}

/** The first pending invitee per language (preferred unit first, then by email), filled up to two from the rest. */
function chooseRespondents(
  pending: readonly Invitation[],
  people: readonly Person[],
  units: readonly Unit[],
): { invitation: Invitation; person: Person }[] {
  const peopleById = new Map(people.map((person) => [person.id, person]));
  const preferredUnitIds = new Set(units.filter((unit) => unit.code === PREFERRED_UNIT_CODE).map((unit) => unit.id));
  const rank = (invitation: Invitation) => (preferredUnitIds.has(invitation.unitId) ? 0 : 1);
  const candidates = pending
    .flatMap((invitation) => {
      const person = invitation.personId === null ? undefined : peopleById.get(invitation.personId);
      return person ? [{ invitation, person }] : [];
    })
    .sort(
      (left, right) =>
        rank(left.invitation) - rank(right.invitation) ||
        (left.person.email < right.person.email ? -1 : left.person.email > right.person.email ? 1 : 0),
    );
  const chosen: { invitation: Invitation; person: Person }[] = [];
  for (const locale of LOCALES) {
    const candidate = candidates.find((entry) => entry.invitation.locale === locale);
    if (candidate && chosen.length < LINK_COUNT) chosen.push(candidate);
  }
  for (const candidate of candidates) {
    if (chosen.length >= LINK_COUNT) break;
    if (!chosen.includes(candidate)) chosen.push(candidate);
  }
  return chosen;
}
