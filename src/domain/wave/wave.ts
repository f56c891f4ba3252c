import type { WaveScope } from '../../contract/survey-bodies.js';
import { WAVE_STATUSES, type WaveStatus } from '../../contract/vocabulary.js';
import { DomainError } from '../errors.js';

export { WAVE_STATUSES, type WaveStatus };

const MAX_NAME = 160;
// Times are compared as text, so they must all be in the one form toISOString() writes.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Which relationships a wave asks about: all, or those with the named providers and/or customers (the API's shape). */
export type { WaveScope };

export interface Wave {
  id: string;
  name: string;
  questionnaireVersionId: string;
  scope: WaveScope;
  status: WaveStatus;
  /** When the wave opens by itself (a draft with a schedule), or opened. */
  opensAt: string | null;
  closesAt: string | null;
}

export type WaveChange =
  | { kind: 'rename'; name: string }
  | { kind: 'set-questionnaire'; questionnaireVersionId: string }
  | { kind: 'set-scope'; scope: WaveScope }
  | { kind: 'schedule'; opensAt: string | null; closesAt: string | null }
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'archive' };

/** What may change in each state: everything in a draft, the close time while open, nothing after. */
const allowed: Record<WaveStatus, readonly WaveChange['kind'][]> = {
  draft: ['rename', 'set-questionnaire', 'set-scope', 'schedule', 'open'],
  open: ['rename', 'schedule', 'close'],
  closed: ['archive'],
  archived: [],
};

/** Applies one change to a wave at time `now`, or refuses it with the reason. */
export function decideWaveChange(wave: Wave, change: WaveChange, now: Date): Wave {
  if (!allowed[wave.status].includes(change.kind)) {
    throw new DomainError('invalid_state', `a ${wave.status} wave cannot ${describe(change)}`);
  }
  const nowIso = now.toISOString();
  switch (change.kind) {
    case 'rename': {
      const name = change.name.trim();
      if (name.length === 0 || name.length > MAX_NAME)
        throw new DomainError('validation', `name: must be 1–${MAX_NAME} characters`, [
          { field: 'name', problem: `must be 1–${MAX_NAME} characters` },
        ]);
      return { ...wave, name };
    }
    case 'set-questionnaire':
      return { ...wave, questionnaireVersionId: change.questionnaireVersionId };
    case 'set-scope':
      return { ...wave, scope: change.scope };
    case 'schedule': {
      if (wave.status === 'open' && change.opensAt !== wave.opensAt) {
        throw new DomainError('invalid_state', 'an open wave keeps its opening time; only the close time may change');
      }
      // A draft's opening lies ahead (to open at once, open it); an open wave's close time too.
      checkTimes(change.opensAt, change.closesAt, {
        opensNotBefore: wave.status === 'draft' ? nowIso : null,
        closesNotBefore: nowIso,
      });
      return { ...wave, opensAt: change.opensAt, closesAt: change.closesAt };
    }
    case 'open': {
      if (wave.closesAt !== null && wave.closesAt <= nowIso)
        throw new DomainError('invalid_state', 'the close time has passed; set a later one first');
      return { ...wave, status: 'open', opensAt: nowIso };
    }
    case 'close':
      return { ...wave, status: 'closed', closesAt: nowIso };
    case 'archive':
      return { ...wave, status: 'archived' };
  }
}

/** The transition that is due at `now` by the wave's schedule, if any. */
export function dueTransition(wave: Wave, now: Date): 'open' | 'close' | null {
  const nowIso = now.toISOString();
  if (wave.status === 'draft' && wave.opensAt !== null && wave.opensAt <= nowIso) return 'open';
  if (wave.status === 'open' && wave.closesAt !== null && wave.closesAt <= nowIso) return 'close';
  return null;
}

/** Whether a respondent may submit: the wave is open and not past its close time. */
export function isAcceptingResponses(wave: Pick<Wave, 'status' | 'closesAt'>, now: Date): boolean {
  return wave.status === 'open' && (wave.closesAt === null || wave.closesAt > now.toISOString());
}

function checkTimes(
  opensAt: string | null,
  closesAt: string | null,
  bounds: { opensNotBefore: string | null; closesNotBefore: string | null },
): void {
  for (const [field, value] of [
    ['opensAt', opensAt],
    ['closesAt', closesAt],
  ] as const) {
    if (value !== null && (Number.isNaN(Date.parse(value)) || !ISO_TIME.test(value)))
      throw new DomainError('validation', `${field}: is not a time`, [{ field, problem: 'is not a time' }]);
  }
  if (opensAt !== null && closesAt !== null && closesAt <= opensAt) {
    throw new DomainError('validation', 'closesAt: must be after opensAt', [{ field: 'closesAt', problem: 'must be after opensAt' }]);
  }
  if (bounds.opensNotBefore !== null && opensAt !== null && opensAt <= bounds.opensNotBefore) {
    throw new DomainError('validation', 'opensAt: must be in the future; to open the wave now, open it', [
      { field: 'opensAt', problem: 'must be in the future' },
    ]);
  }
  if (bounds.closesNotBefore !== null && closesAt !== null && closesAt <= bounds.closesNotBefore) {
    throw new DomainError('validation', 'closesAt: must be in the future', [{ field: 'closesAt', problem: 'must be in the future' }]);
  }
}

function describe(change: WaveChange): string {
  return change.kind === 'set-scope'
    ? 'change its scope'
    : change.kind === 'set-questionnaire'
      ? 'change its questionnaire'
      : change.kind.replace('-', ' ');
}
