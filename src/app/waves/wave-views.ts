import type { VersionStatus } from '../../domain/questionnaire/questionnaire.js';
import { dueTransition, isAcceptingResponses } from '../../domain/wave/wave.js';
import { requireFound } from '../authorize.js';
import type { Stores } from '../ports.js';
import type { StoredWave } from './ports.js';
import { resolveWaveScope } from './resolve-wave-scope.js';

export interface WaveView extends StoredWave {
  questionnaire: { id: string; name: string; versionNumber: number; versionStatus: VersionStatus };
  /** How many people were invited (0 before the wave opens). */
  invited: number;
}

export interface WaveDetail extends WaveView {
  /** For a draft, what the scope selects today; once open, the snapshot taken at opening. */
  inScope: { relationships: number; customerUnits: number; people: number };
  outbox: Record<'pending' | 'sent' | 'failed', number>;
  isAcceptingResponses: boolean;
  /** A scheduled opening that has passed without the wave opening (it could not: see its scope). */
  isOpeningOverdue: boolean;
}

/** Waves with their questionnaire's name and version, and how many were invited. */
export async function presentWaves(stores: Stores, waves: readonly StoredWave[]): Promise<WaveView[]> {
  const [questionnaires, versions, invited] = await Promise.all([
    stores.waves.listQuestionnaires(),
    stores.waves.listVersions(),
    stores.waves.countInvitationsByWave(),
  ]);
  const versionsById = new Map(versions.map((version) => [version.id, version]));
  const namesById = new Map(questionnaires.map((questionnaire) => [questionnaire.id, questionnaire.name]));
  return waves.map((wave) => {
    const version = versionsById.get(wave.questionnaireVersionId);
    return {
      ...wave,
      questionnaire: {
        id: version?.questionnaireId ?? '',
        name: namesById.get(version?.questionnaireId ?? '') ?? '?',
        versionNumber: version?.number ?? 0,
        versionStatus: version?.status ?? 'draft',
      },
      invited: invited.get(wave.id) ?? 0,
    };
  });
}

/** One wave with what it covers, its mail counts and whether it accepts responses now. */
export async function describeWave(stores: Stores, wave: StoredWave, now: Date): Promise<WaveDetail> {
  const [[view], outbox] = await Promise.all([presentWaves(stores, [wave]), stores.outbox.countByStatus(wave.id)]);
  const base = view as WaveView;
  let inScope: WaveDetail['inScope'];
  if (wave.status === 'draft') {
    const version = requireFound(await stores.waves.findVersion(wave.questionnaireVersionId), 'questionnaire version');
    const { pairs, invitees } = await resolveWaveScope(stores, wave.scope, version.content);
    inScope = { relationships: pairs.length, customerUnits: countCustomers(pairs), people: invitees.length };
  } else {
    const pairs = await stores.waves.listWaveRelationships(wave.id);
    inScope = { relationships: pairs.length, customerUnits: countCustomers(pairs), people: base.invited };
  }
  return {
    ...base,
    inScope,
    outbox,
    isAcceptingResponses: isAcceptingResponses(wave, now),
    isOpeningOverdue: dueTransition(wave, now) === 'open',
  };
}

function countCustomers(pairs: readonly { customerUnitId: string }[]): number {
  return new Set(pairs.map((pair) => pair.customerUnitId)).size;
}
