import { canManageSurveys, type Actor } from '../../domain/access/policy.js';
import { DomainError, assertNoProblems } from '../../domain/errors.js';
import { buildStandardContent, checkQuestionnaireName } from '../../domain/questionnaire/questionnaire.js';
import { requirePermission } from '../authorize.js';
import type { AppContext } from '../ports.js';
import { summariseQuestionnaires, type QuestionnaireSummary } from './questionnaire-views.js';

/** A new questionnaire whose first draft holds the standard items, ready to be edited. */
export async function createQuestionnaire(context: AppContext, actor: Actor, input: { name: string }): Promise<QuestionnaireSummary> {
  requirePermission(canManageSurveys(actor), 'manage surveys');
  assertNoProblems(checkQuestionnaireName(input.name));
  const name = input.name.trim();
  return context.transaction(async (stores) => {
    const existing = await stores.waves.listQuestionnaires();
    if (existing.some((questionnaire) => questionnaire.name.toLowerCase() === name.toLowerCase())) {
      throw new DomainError('conflict', `name: a questionnaire named "${name}" exists already`, [
        { field: 'name', problem: 'already taken' },
      ]);
    }
    const createdAt = context.clock().toISOString();
    const questionnaire = { id: context.newId(), name, createdAt };
    await stores.waves.insertQuestionnaire(questionnaire);
    await stores.waves.insertVersion({
      id: context.newId(),
      questionnaireId: questionnaire.id,
      number: 1,
      status: 'draft',
      content: buildStandardContent(),
      createdAt,
    });
    await stores.audit.record({
      at: createdAt,
      accountId: actor.accountId,
      action: 'questionnaire.create',
      subject: questionnaire.id,
      details: { name },
    });
    const [summary] = await summariseQuestionnaires(stores, [questionnaire]);
    return summary as QuestionnaireSummary;
  });
}
