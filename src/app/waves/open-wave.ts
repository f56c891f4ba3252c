import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import { decideWaveChange } from '../../domain/wave/wave.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext, Stores } from '../ports.js';
import { chunk } from './chunk.js';
import type { Invitation, StoredWave } from './ports.js';
import { resolveWaveScope } from './resolve-wave-scope.js';
import type { SurveySettings } from './settings.js';
import { writeWaveMails } from './wave-mails.js';
import { describeWave, type WaveDetail } from './wave-views.js';

/** Opens a draft wave now: freezes its questionnaire, fixes its relationships, invites everyone in scope. */
export async function openWave(context: AppContext, actor: Actor, id: string, settings: SurveySettings): Promise<WaveDetail> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  const now = context.clock();
  return context.transaction(async (stores) => {
    const wave = requireFound(await stores.waves.findWave(id), 'wave');
    const { opened, invited } = await openWaveWith(context, stores, { wave, settings, now });
    await stores.audit.record({
      at: now.toISOString(),
      accountId: actor.accountId,
      action: 'wave.open',
      subject: id,
      details: { invited },
    });
    return describeWave(stores, opened, now);
  });
}

/**
 * The opening itself, inside the caller's transaction, so that the wave, the frozen version,
 * the invitations, their link hashes and the mails are stored together or not at all.
 */
export async function openWaveWith(
  context: AppContext,
  stores: Stores,
  options: { wave: StoredWave; settings: SurveySettings; now: Date },
): Promise<{ opened: StoredWave; invited: number }> {
  const { wave, settings, now } = options;
  const opened = { ...decideWaveChange(wave, { kind: 'open' }, now), createdAt: wave.createdAt };
  const version = requireFound(await stores.waves.findVersion(wave.questionnaireVersionId), 'questionnaire version');
  const { pairs, invitees } = await resolveWaveScope(stores, wave.scope, version.content);
  if (pairs.length === 0) throw new DomainError('invalid_state', 'the scope selects no relationship; choose other providers or customers');
  if (invitees.length === 0) {
    throw new DomainError(
      'invalid_state',
      'no one to invite: no person belongs to a unit the scope asks (its customers, or its providers)',
    );
  }
  if (!(await stores.waves.updateWave(opened, wave.status))) {
    throw new DomainError('conflict', 'the wave changed at the same moment; reload and try again');
  }
  if (version.status === 'draft') await stores.waves.freezeVersion(version.id);
  await stores.waves.insertWaveRelationships(wave.id, pairs);
  // In slices, so that a wave of 100,000 people never holds all its mails in memory at once.
  for (const people of chunk(invitees, 500)) {
    const recipients = people.map((person) => {
      const invitation: Invitation = {
        id: context.newId(),
        waveId: wave.id,
        personId: person.id,
        unitId: person.unitId,
        locale: person.locale,
        isSubmitted: false,
      };
      return { invitation, person };
    });
    await stores.waves.insertInvitations(recipients.map((recipient) => recipient.invitation));
    const { tokens, mails } = writeWaveMails(context, { wave: opened, kind: 'invitation', recipients, settings, now });
    await stores.waves.insertTokens(tokens);
    await stores.outbox.enqueue(mails, now.toISOString());
  }
  return { opened, invited: invitees.length };
}
