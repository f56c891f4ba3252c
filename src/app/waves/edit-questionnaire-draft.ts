import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import { editDraft, type QuestionnaireContent } from '../../domain/questionnaire/questionnaire.js';
import { requireFound, requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import type { StoredVersion } from './ports.js';
import { findLatestVersion } from './questionnaire-views.js';

/** Replaces the items and blocks of a questionnaire's draft; a version frozen by a wave refuses. */
export async function editQuestionnaireDraft(
  context: AppContext,
  actor: Actor,
  input: { questionnaireId: string; content: QuestionnaireContent },
): Promise<StoredVersion> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  return context.transaction(async (stores) => {
    requireFound(await stores.waves.findQuestionnaire(input.questionnaireId), 'questionnaire');
    const latest = requireFound(await findLatestVersion(stores, input.questionnaireId), 'questionnaire version');
    const edited = editDraft(latest, input.content);
    // A wave opening at this moment freezes the draft; then the edit must not land.
    if (!(await stores.waves.updateDraftContent(edited))) {
      throw new DomainError('invalid_state', `version ${latest.number} was frozen by a wave just now; start a new draft`);
    }
    await stores.audit.record({
      at: context.clock().toISOString(),
      accountId: actor.accountId,
      action: 'questionnaire.edit-draft',
      subject: latest.id,
      details: { questionnaireId: input.questionnaireId, number: latest.number, items: edited.content.items.length },
    });
    return { ...edited, createdAt: latest.createdAt };
  });
}
