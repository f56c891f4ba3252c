import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import type { StoredVersion } from './ports.js';
import { summariseQuestionnaires, type QuestionnaireSummary } from './questionnaire-views.js';

/** One version with its items, and the questionnaire it belongs to. */
export async function getQuestionnaireVersion(
  context: AppContext,
  actor: Actor,
  input: { questionnaireId: string; versionId: string },
): Promise<{ questionnaire: QuestionnaireSummary; version: StoredVersion }> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  const questionnaire = requireFound(await context.stores.waves.findQuestionnaire(input.questionnaireId), 'questionnaire');
  const version = await context.stores.waves.findVersion(input.versionId);
  const found = requireFound(version?.questionnaireId === questionnaire.id ? version : undefined, 'questionnaire version');
  const [summary] = await summariseQuestionnaires(context.stores, [questionnaire]);
  return { questionnaire: summary as QuestionnaireSummary, version: found };
}
