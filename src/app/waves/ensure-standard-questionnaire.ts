import { DomainError } from '../../domain/errors.js';
import { buildStandardContent } from '../../domain/questionnaire/questionnaire.js';
import type { AppContext } from '../ports.js';

/** The built-in questionnaire has a fixed id, so that two first uses at once create it once. */
export const STANDARD_QUESTIONNAIRE_ID = 'standard';
export const STANDARD_QUESTIONNAIRE_NAME = 'Standard';

/** Creates the standard questionnaire (every bank item, every block) as a draft at first use. */
export async function ensureStandardQuestionnaire(context: AppContext): Promise<void> {
  if (await context.stores.waves.findQuestionnaire(STANDARD_QUESTIONNAIRE_ID)) return;
  try {
    await context.transaction(async (stores) => {
      if (await stores.waves.findQuestionnaire(STANDARD_QUESTIONNAIRE_ID)) return;
      const createdAt = context.clock().toISOString();
      await stores.waves.insertQuestionnaire({ id: STANDARD_QUESTIONNAIRE_ID, name: STANDARD_QUESTIONNAIRE_NAME, createdAt });
      await stores.waves.insertVersion({
        id: context.newId(),
        questionnaireId: STANDARD_QUESTIONNAIRE_ID,
        number: 1,
        status: 'draft',
        content: buildStandardContent(),
        createdAt,
      });
    });
  } catch (error) {
    // Another request created it in the same moment: that is what we wanted.
    if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
  }
}
