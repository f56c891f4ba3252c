import { RETROSPECTIVE_SECTIONS, type RetrospectiveSection } from '../../contract/vocabulary.js';
import { DomainError, assertNoProblems, type FieldProblem } from '../errors.js';
import type { BilingualText } from '../questionnaire/item-bank.js';
import type { RelationshipSide } from '../sla/objective.js';

/**
 * Retrospectives: after a wave, provider and customer of a relationship each write their
 * notes on the same three questions, and link the actions and SLA objectives they lead to.
 * A draft becomes completed once both sides have written; a completed retrospective keeps
 * its notes (the record of what was said then), though actions and SLAs may still be linked.
 * A draft started by mistake (wrong relationship or wave) may be deleted; a completed one stays.
 */

export { RETROSPECTIVE_SECTIONS, type RetrospectiveSection };
export type RetrospectiveNotes = Record<RetrospectiveSection, string>;

export const RETROSPECTIVE_TEMPLATE: Readonly<Record<RetrospectiveSection, { title: BilingualText; prompt: BilingualText }>> = {
  whatWorks: {
    title: { de: 'Was gut läuft', en: 'What works' },
    prompt: {
      de: 'Was schätzen Sie an der Zusammenarbeit und sollte so bleiben?',
      en: 'What do you value in working together that should stay as it is?',
    },
  },
  whatToChange: {
    title: { de: 'Was sich ändern soll', en: 'What to change' },
    prompt: {
      de: 'Was behindert Sie? Nennen Sie konkrete Situationen statt allgemeiner Urteile.',
      en: 'What gets in your way? Name concrete situations rather than general judgements.',
    },
  },
  whatWeAgree: {
    title: { de: 'Was wir vereinbaren', en: 'What we agree' },
    prompt: {
      de: 'Welche Maßnahmen und Ziele schlagen Sie vor, mit wem als Verantwortlichem und bis wann?',
      en: 'Which actions and objectives do you propose, with whom as owner and by when?',
    },
  },
};

export interface RetrospectivePart {
  authorAccountId: string;
  notes: RetrospectiveNotes;
  writtenAt: string;
}

export interface Retrospective {
  id: string;
  relationshipId: string;
  waveId: string;
  status: 'draft' | 'completed';
  provider: RetrospectivePart | null;
  customer: RetrospectivePart | null;
  actionIds: string[];
  slaObjectiveIds: string[];
  createdAt: string;
  completedAt: string | null;
}

export const MAX_RETROSPECTIVE_SECTION = 4000;
export const MAX_RETROSPECTIVE_LINKS = 50;

/** Problems with one side's notes: each section at most MAX_RETROSPECTIVE_SECTION characters, at least one written. */
export function checkRetrospectiveNotes(notes: RetrospectiveNotes): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const section of RETROSPECTIVE_SECTIONS) {
    if (notes[section].trim().length > MAX_RETROSPECTIVE_SECTION) {
      problems.push({ field: `notes.${section}`, problem: `must be at most ${MAX_RETROSPECTIVE_SECTION} characters` });
    }
  }
  if (RETROSPECTIVE_SECTIONS.every((section) => notes[section].trim().length === 0)) {
    problems.push({ field: 'notes', problem: 'write at least one section' });
  }
  return problems;
}

/** A new, empty retrospective of a relationship after a wave. */
export function startRetrospective(options: { id: string; relationshipId: string; waveId: string; now: Date }): Retrospective {
  return {
    id: options.id,
    relationshipId: options.relationshipId,
    waveId: options.waveId,
    status: 'draft',
    provider: null,
    customer: null,
    actionIds: [],
    slaObjectiveIds: [],
    createdAt: options.now.toISOString(),
    completedAt: null,
  };
}

/** One side writes (or rewrites) its own part of a draft; the other side's part stays as it is. */
export function writeRetrospectivePart(
  retrospective: Retrospective,
  options: { side: RelationshipSide; authorAccountId: string; notes: RetrospectiveNotes; now: Date },
): Retrospective {
  if (retrospective.status === 'completed') throw new DomainError('invalid_state', 'a completed retrospective keeps its notes');
  assertNoProblems(checkRetrospectiveNotes(options.notes));
  const notes = Object.fromEntries(RETROSPECTIVE_SECTIONS.map((section) => [section, options.notes[section].trim()])) as RetrospectiveNotes;
  const part: RetrospectivePart = { authorAccountId: options.authorAccountId, notes, writtenAt: options.now.toISOString() };
  return { ...retrospective, [options.side]: part };
}

/** Sets the actions and SLA objectives the retrospective links to (each listed once, at most MAX_RETROSPECTIVE_LINKS). */
export function linkRetrospective(
  retrospective: Retrospective,
  links: { actionIds: readonly string[]; slaObjectiveIds: readonly string[] },
): Retrospective {
  const actionIds = [...new Set(links.actionIds)];
  const slaObjectiveIds = [...new Set(links.slaObjectiveIds)];
  const problems: FieldProblem[] = [];
  for (const [field, ids] of [
    ['actionIds', actionIds],
    ['slaObjectiveIds', slaObjectiveIds],
  ] as const) {
    if (ids.length > MAX_RETROSPECTIVE_LINKS) problems.push({ field, problem: `link at most ${MAX_RETROSPECTIVE_LINKS}` });
    if (ids.some((id) => id.trim().length === 0)) problems.push({ field, problem: 'must not contain an empty id' });
  }
  assertNoProblems(problems);
  return { ...retrospective, actionIds, slaObjectiveIds };
}

/** Completes a draft once both sides have written their part. */
export function completeRetrospective(retrospective: Retrospective, now: Date): Retrospective {
  if (retrospective.status === 'completed') throw new DomainError('invalid_state', 'the retrospective is already completed');
  const missing = (['provider', 'customer'] as const).filter((side) => retrospective[side] === null);
  if (missing.length > 0) {
    throw new DomainError(
      'invalid_state',
      `both sides write their part before the retrospective is completed; missing: ${missing.join(', ')}`,
      missing.map((side) => ({ field: side, problem: 'has not written its part' })),
    );
  }
  return { ...retrospective, status: 'completed', completedAt: now.toISOString() };
}

/** Checks a retrospective may be deleted: a draft may, a completed one is the record and stays. */
export function assertRetrospectiveDeletable(retrospective: Pick<Retrospective, 'status'>): void {
  if (retrospective.status === 'completed')
    throw new DomainError('invalid_state', 'a completed retrospective is kept and cannot be deleted');
}
