import { inLanguage } from '../../i18n/bilingual';
import type { Action } from '../actions/api';
import type { RelationshipSide } from '../relationships/relationship-access';
import { relationshipLabel } from '../relationships/relationship-label';
import { RETROSPECTIVE_SECTIONS, type Retrospective, type RetrospectiveSection, type RetrospectiveTemplate } from './api';

/** Which sides have written their part. */
export type WrittenSides = 'both' | 'provider' | 'customer' | 'none';

/** What a list row shows of a retrospective. */
export interface RetrospectiveRow {
  id: string;
  relationshipLabel: string;
  waveName: string;
  status: Retrospective['status'];
  written: WrittenSides;
  createdAt: string;
}

/** The sides that have written their part. */
export function writtenSides(retrospective: Pick<Retrospective, 'provider' | 'customer'>): WrittenSides {
  if (retrospective.provider && retrospective.customer) return 'both';
  if (retrospective.provider) return 'provider';
  if (retrospective.customer) return 'customer';
  return 'none';
}

/** List rows, newest first; unknown relationships and waves show their id rather than vanish. */
export function summarizeRows(options: {
  retrospectives: readonly Retrospective[];
  relationships: readonly { id: string; providerPath: string; customerPath: string }[];
  waves: readonly { id: string; name: string }[];
}): RetrospectiveRow[] {
  const relationships = new Map(options.relationships.map((relationship) => [relationship.id, relationshipLabel(relationship)]));
  const waves = new Map(options.waves.map((wave) => [wave.id, wave.name]));
  return options.retrospectives
    .map((retrospective) => ({
      id: retrospective.id,
      relationshipLabel: relationships.get(retrospective.relationshipId) ?? retrospective.relationshipId,
      waveName: waves.get(retrospective.waveId) ?? retrospective.waveId,
      status: retrospective.status,
      written: writtenSides(retrospective),
      createdAt: retrospective.createdAt,
    }))
    .sort((left, right) => right.createdAt.localeCompare(left.createdAt) || left.relationshipLabel.localeCompare(right.relationshipLabel));
}

/** One side's answer to a question: not written yet, left empty, or the text. */
export type Answer = { kind: 'not-written' } | { kind: 'empty' } | { kind: 'text'; text: string };

/** One question with both sides' answers, for showing side by side. */
export interface AnswerRow {
  section: RetrospectiveSection;
  title: string;
  prompt: string;
  answers: Record<RelationshipSide, Answer>;
}

/** The template's questions in order, each with the provider's and the customer's answer. */
export function groupAnswers(
  template: RetrospectiveTemplate,
  retrospective: Pick<Retrospective, 'provider' | 'customer'>,
  language: string,
): AnswerRow[] {
  const answerOf = (side: RelationshipSide, section: RetrospectiveSection): Answer => {
    const part = retrospective[side];
    if (part === null) return { kind: 'not-written' };
    const text = part.notes[section].trim();
    return text === '' ? { kind: 'empty' } : { kind: 'text', text };
  };
  return RETROSPECTIVE_SECTIONS.map((section) => ({
    section,
    title: inLanguage(template[section].title, language),
    prompt: inLanguage(template[section].prompt, language),
    answers: { provider: answerOf('provider', section), customer: answerOf('customer', section) },
  }));
}

/** What objectiveName reads of an SLA objective (older servers may leave out the versions). */
interface NamedObjective {
  objectiveId: string;
  current: { name: string } | null;
  proposal: { name: string } | null;
  versions?: readonly { name: string }[];
}

/** An objective's name: the agreed version's, else the proposal's, else its id. */
export function objectiveName(objective: NamedObjective): string {
  return objective.current?.name ?? objective.proposal?.name ?? objective.versions?.at(-1)?.name ?? objective.objectiveId;
}

/** The actions that may be linked: those whose provider is the relationship's provider, by due date. */
export function linkableActions<T extends Pick<Action, 'providerUnitId' | 'dueDate' | 'title'>>(
  actions: readonly T[],
  providerUnitId: string,
): T[] {
  return actions
    .filter((action) => action.providerUnitId === providerUnitId)
    .sort((left, right) => left.dueDate.localeCompare(right.dueDate) || left.title.localeCompare(right.title));
}

/** Linked ids resolved against what is known; an id not found stays in the list (it may be hidden or gone). */
export function resolveLinks<T>(ids: readonly string[], known: readonly T[], idOf: (item: T) => string): { id: string; item: T | null }[] {
  const byId = new Map(known.map((item) => [idOf(item), item]));
  return ids.map((id) => ({ id, item: byId.get(id) ?? null }));
}

/** Toggles an id in a list of chosen ids, keeping the order. */
export function toggleId(ids: readonly string[], id: string, isChosen: boolean): string[] {
  const without = ids.filter((each) => each !== id);
  return isChosen ? [...without, id] : without;
}

/** Whether two id lists name the same set. */
export function isSameSet(left: readonly string[], right: readonly string[]): boolean {
  const set = new Set(left);
  return set.size === new Set(right).size && right.every((id) => set.has(id));
}

/** The retrospective a relationship already has of a wave, if any (there is at most one). */
export function findExisting<T extends Pick<Retrospective, 'relationshipId' | 'waveId'>>(
  retrospectives: readonly T[],
  relationshipId: string,
  waveId: string,
): T | undefined {
  return retrospectives.find((retrospective) => retrospective.relationshipId === relationshipId && retrospective.waveId === waveId);
}
