import { assertNoProblems, type FieldProblem } from '../../domain/errors.js';
import { checkScope } from '../../domain/wave/scope.js';
import type { WaveScope } from '../../domain/wave/wave.js';
import type { Stores } from '../ports.js';

/** Refuses a questionnaire version or scope unit that does not exist, naming the field. */
export async function checkWaveSettings(
  stores: Stores,
  settings: { questionnaireVersionId?: string | undefined; scope?: WaveScope | undefined },
): Promise<void> {
  const problems: FieldProblem[] = [];
  if (settings.questionnaireVersionId !== undefined && !(await stores.waves.findVersion(settings.questionnaireVersionId))) {
    problems.push({ field: 'questionnaireVersionId', problem: 'no such questionnaire version' });
  }
  if (settings.scope !== undefined) {
    const unitIds = new Set((await stores.units.listAll()).map((unit) => unit.id));
    problems.push(...checkScope(settings.scope, unitIds));
  }
  assertNoProblems(problems);
}
