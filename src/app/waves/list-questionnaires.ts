import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { ensureStandardQuestionnaire } from './ensure-standard-questionnaire.js';
import { summariseQuestionnaires, type QuestionnaireSummary } from './questionnaire-views.js';

/** Every questionnaire with its versions; the standard questionnaire is created at first use. */
export async function listQuestionnaires(context: AppContext, actor: Actor): Promise<QuestionnaireSummary[]> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  await ensureStandardQuestionnaire(context);
  return summariseQuestionnaires(context.stores, await context.stores.waves.listQuestionnaires());
}
