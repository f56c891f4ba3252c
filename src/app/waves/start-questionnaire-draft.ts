import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { startNextDraft } from '../../domain/questionnaire/questionnaire.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import type { StoredVersion } from './ports.js';
import { findLatestVersion } from './questionnaire-views.js';

/** Starts the next draft of a questionnaire as a copy of its newest (frozen) version. */
export async function startQuestionnaireDraft(context: AppContext, actor: Actor, questionnaireId: string): Promise<StoredVersion> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  return context.transaction(async (stores) => {
    requireFound(await stores.waves.findQuestionnaire(questionnaireId), 'questionnaire');
    const latest = requireFound(await findLatestVersion(stores, questionnaireId), 'questionnaire version');
    const createdAt = context.clock().toISOString();
    const draft = { ...startNextDraft(latest, context.newId()), createdAt };
    await stores.waves.insertVersion(draft);
    await stores.audit.record({
      at: createdAt,
      accountId: actor.accountId,
      action: 'questionnaire.start-draft',
      subject: draft.id,
      details: { questionnaireId, number: draft.number },
    });
    return draft;
  });
}
