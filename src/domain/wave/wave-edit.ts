import { isSameScope, normaliseScope } from './scope.js';
import { decideWaveChange, type Wave, type WaveChange, type WaveScope } from './wave.js';

/** What an admin may send to change a wave; fields left out stay as they are. */
export interface WaveEdit {
  name?: string | undefined;
  questionnaireVersionId?: string | undefined;
  scope?: WaveScope | undefined;
  opensAt?: string | null | undefined;
  closesAt?: string | null | undefined;
}

/** A new draft wave, checked as if each of its settings were a change to an empty draft. */
export function createDraftWave(
  input: { id: string; name: string; questionnaireVersionId: string; scope: WaveScope; opensAt: string | null; closesAt: string | null },
  now: Date,
): Wave {
  const empty: Wave = {
    id: input.id,
    name: '',
    questionnaireVersionId: input.questionnaireVersionId,
    scope: normaliseScope(input.scope),
    status: 'draft',
    opensAt: null,
    closesAt: null,
  };
  const named = decideWaveChange(empty, { kind: 'rename', name: input.name }, now);
  return applyWaveEdit(named, { opensAt: input.opensAt, closesAt: input.closesAt }, now);
}

/**
 * The changes an edit asks for, leaving out values that do not change: sending a wave back
 * as it is changes nothing and is allowed in every state.
 */
export function planWaveEdit(wave: Wave, edit: WaveEdit): WaveChange[] {
  const changes: WaveChange[] = [];
  if (edit.name !== undefined && edit.name.trim() !== wave.name) changes.push({ kind: 'rename', name: edit.name });
  if (edit.questionnaireVersionId !== undefined && edit.questionnaireVersionId !== wave.questionnaireVersionId) {
    changes.push({ kind: 'set-questionnaire', questionnaireVersionId: edit.questionnaireVersionId });
  }
  if (edit.scope !== undefined && !isSameScope(edit.scope, wave.scope)) {
    changes.push({ kind: 'set-scope', scope: normaliseScope(edit.scope) });
  }
  const opensAt = edit.opensAt === undefined ? wave.opensAt : edit.opensAt;
  const closesAt = edit.closesAt === undefined ? wave.closesAt : edit.closesAt;
  if (opensAt !== wave.opensAt || closesAt !== wave.closesAt) changes.push({ kind: 'schedule', opensAt, closesAt });
  return changes;
}

/** Applies every change of an edit in turn; the first refused change refuses the whole edit. */
export function applyWaveEdit(wave: Wave, edit: WaveEdit, now: Date): Wave {
  return planWaveEdit(wave, edit).reduce((current, change) => decideWaveChange(current, change, now), wave);
}
