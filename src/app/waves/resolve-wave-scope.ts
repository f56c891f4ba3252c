import type { Person } from '../../domain/org/person.js';
import type { QuestionnaireContent } from '../../domain/questionnaire/questionnaire.js';
import { asksProviders } from '../../domain/respond/survey-frame.js';
import { resolveScope, selectInvitees, type ScopePair } from '../../domain/wave/scope.js';
import type { WaveScope } from '../../domain/wave/wave.js';
import type { Stores } from '../ports.js';

/** The relationships a scope selects today, and the people who would be invited with the given questionnaire. */
export async function resolveWaveScope(
  stores: Stores,
  scope: WaveScope,
  content: QuestionnaireContent,
): Promise<{ pairs: ScopePair[]; invitees: Person[] }> {
  const [relationships, people] = await Promise.all([stores.relationships.listAll(), stores.people.listAll()]);
  const pairs = resolveScope(relationships, scope);
  return { pairs, invitees: selectInvitees(people, pairs, { asksProviders: asksProviders(content) }) };
}
