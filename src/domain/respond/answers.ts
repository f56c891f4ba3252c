import { dimensionsOf, type QuestionnaireContent, type QuestionnaireItem } from '../questionnaire/questionnaire.js';

/**
 * What a respondent gives: answers keyed by question. The keys are stable across
 * languages and are what a stored response holds:
 * - a perception or reverse item's key (`rel-1`): 1 (strongly disagree) … 5 (strongly agree),
 *   or `null` for "can't judge";
 * - `importance:<dimension>`: 1 (not important) … 5 (very important);
 * - `overall`: satisfaction 1 … 5; `nps`: likelihood to recommend 0 … 10;
 * - `self:<dimension>`: how a provider thinks its customers rate it, 1 … 5.
 * An unanswered question has no key. Item keys cannot contain ":", so they never collide.
 */
export type AnswerValue = number | null;
export type Answers = Record<string, AnswerValue>;

export const COMMENT_TOPICS = ['keep', 'start', 'stop'] as const;
export type CommentTopic = (typeof COMMENT_TOPICS)[number];
export type Comments = Partial<Record<CommentTopic, string>>;
export const MAX_COMMENT_LENGTH = 2000;

export type Scale = 'agreement' | 'importance' | 'satisfaction' | 'recommendation' | 'self-rating';

export interface Question {
  key: string;
  scale: Scale;
}

/** One rating of a unit by a respondent, as a respondent or a client submits it. */
export type Rating =
  | { kind: 'perception'; providerUnitId: string; answers: Answers; comments?: Comments | undefined }
  | { kind: 'no-contact'; providerUnitId: string }
  | { kind: 'reverse'; customerUnitId: string; answers: Answers }
  | { kind: 'self'; answers: Answers };

export type RatingKind = Rating['kind'];

/** The points of each scale; `cannotJudge` scales also accept `null`. */
export const scales: Record<Scale, { min: number; max: number; cannotJudge: boolean }> = {
  agreement: { min: 1, max: 5, cannotJudge: true },
  importance: { min: 1, max: 5, cannotJudge: false },
  satisfaction: { min: 1, max: 5, cannotJudge: false },
  recommendation: { min: 0, max: 10, cannotJudge: false },
  'self-rating': { min: 1, max: 5, cannotJudge: false },
};

export const importanceKey = (dimension: string): string => `importance:${dimension}`;
export const selfKey = (dimension: string): string => `self:${dimension}`;
export const OVERALL_KEY = 'overall';
export const NPS_KEY = 'nps';

/** A group of items of one dimension, with its importance question when the questionnaire asks it. */
export interface DimensionGroup {
  dimension: string;
  items: QuestionnaireItem[];
  importance: Question | null;
}

/** The perception page's layout: items grouped by dimension in questionnaire order, then overall and NPS. */
export function perceptionLayout(content: QuestionnaireContent): {
  groups: DimensionGroup[];
  overall: Question | null;
  nps: Question | null;
  hasComments: boolean;
} {
  const groups = groupByDimension(content.items.filter((item) => item.block === 'perception')).map((group) => ({
    ...group,
    importance: content.blocks.importance ? { key: importanceKey(group.dimension), scale: 'importance' as const } : null,
  }));
  return {
    groups,
    overall: content.blocks.overall ? { key: OVERALL_KEY, scale: 'satisfaction' } : null,
    nps: content.blocks.nps ? { key: NPS_KEY, scale: 'recommendation' } : null,
    hasComments: content.blocks.comments,
  };
}

/** The reverse page's layout: reverse items grouped by their dimension. */
export function reverseLayout(content: QuestionnaireContent): DimensionGroup[] {
  return groupByDimension(content.items.filter((item) => item.block === 'reverse')).map((group) => ({ ...group, importance: null }));
}

/** The self-assessment questions: one per perception dimension. */
export function selfQuestions(content: QuestionnaireContent): (Question & { dimension: string })[] {
  return dimensionsOf(content).map((dimension) => ({ key: selfKey(dimension), scale: 'self-rating', dimension }));
}

const questionCache = new WeakMap<QuestionnaireContent, Record<'perception' | 'reverse' | 'self', Question[]>>();

/** Every question a rating of this kind may answer (remembered per content: a wave's content never changes). */
export function questionsFor(kind: 'perception' | 'reverse' | 'self', content: QuestionnaireContent): Question[] {
  let cached = questionCache.get(content);
  if (!cached) {
    cached = {
      perception: listQuestions('perception', content),
      reverse: listQuestions('reverse', content),
      self: listQuestions('self', content),
    };
    questionCache.set(content, cached);
  }
  return cached[kind];
}

function listQuestions(kind: 'perception' | 'reverse' | 'self', content: QuestionnaireContent): Question[] {
  if (kind === 'self') return selfQuestions(content);
  if (kind === 'reverse') return reverseLayout(content).flatMap((group) => group.items.map(itemQuestion));
  const layout = perceptionLayout(content);
  const questions = layout.groups.flatMap((group) => [...group.items.map(itemQuestion), ...(group.importance ? [group.importance] : [])]);
  return [...questions, ...(layout.overall ? [layout.overall] : []), ...(layout.nps ? [layout.nps] : [])];
}

/** Whether a value is a point of the scale (or "can't judge" where the scale has it). */
export function isOnScale(value: AnswerValue, scale: Scale): boolean {
  const { min, max, cannotJudge } = scales[scale];
  if (value === null) return cannotJudge;
  return Number.isInteger(value) && value >= min && value <= max;
}

function itemQuestion(item: QuestionnaireItem): Question {
  return { key: item.key, scale: 'agreement' };
}

function groupByDimension(items: QuestionnaireItem[]): { dimension: string; items: QuestionnaireItem[] }[] {
  const groups = new Map<string, QuestionnaireItem[]>();
  for (const item of items) groups.set(item.dimension, [...(groups.get(item.dimension) ?? []), item]);
  return [...groups].map(([dimension, grouped]) => ({ dimension, items: grouped }));
}
