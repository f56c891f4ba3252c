import type { VersionStatus } from '../../domain/questionnaire/questionnaire.js';
import type { Stores } from '../ports.js';
import type { QuestionnaireRecord, StoredVersion, StoredWave } from './ports.js';

export interface VersionSummary {
  id: string;
  number: number;
  status: VersionStatus;
  createdAt: string;
  itemCount: number;
  /** The waves that ask this version. */
  waves: { id: string; name: string }[];
}

export interface QuestionnaireSummary extends QuestionnaireRecord {
  versions: VersionSummary[];
}

/** Questionnaires with their versions, newest version last, and the waves that use each. */
export async function summariseQuestionnaires(
  stores: Stores,
  questionnaires: readonly QuestionnaireRecord[],
): Promise<QuestionnaireSummary[]> {
  const [versions, waves] = await Promise.all([stores.waves.listVersions(), stores.waves.listWaves()]);
  return questionnaires.map((questionnaire) => ({
    ...questionnaire,
    versions: versions.filter((version) => version.questionnaireId === questionnaire.id).map((version) => summariseVersion(version, waves)),
  }));
}

function summariseVersion(version: StoredVersion, waves: readonly StoredWave[]): VersionSummary {
  return {
    id: version.id,
    number: version.number,
    status: version.status,
    createdAt: version.createdAt,
    itemCount: version.content.items.length,
    waves: waves.filter((wave) => wave.questionnaireVersionId === version.id).map((wave) => ({ id: wave.id, name: wave.name })),
  };
}

/** The newest version of a questionnaire (there is always one). */
export async function findLatestVersion(stores: Stores, questionnaireId: string): Promise<StoredVersion | undefined> {
  const versions = await stores.waves.listVersions(questionnaireId);
  return versions.at(-1);
}
