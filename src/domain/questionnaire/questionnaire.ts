import { DomainError, type FieldProblem } from '../errors.js';
import type { QuestionnaireBlock } from '../../contract/vocabulary.js';
import {
  DIMENSIONS,
  REVERSE_DIMENSIONS,
  perceptionItems,
  reverseItems,
  type BilingualText,
  type Dimension,
  type ReverseDimension,
} from './item-bank.js';

/** One question of a questionnaire version. */
export interface QuestionnaireItem {
  key: string;
  block: 'perception' | 'reverse';
  dimension: Dimension | ReverseDimension;
  text: BilingualText;
}

/** Which parts besides the perception items a questionnaire asks. */
export type QuestionnaireBlocks = Record<QuestionnaireBlock, boolean>;

export interface QuestionnaireContent {
  items: QuestionnaireItem[];
  blocks: QuestionnaireBlocks;
}

export type VersionStatus = 'draft' | 'frozen';

export interface QuestionnaireVersion {
  id: string;
  questionnaireId: string;
  number: number;
  status: VersionStatus;
  content: QuestionnaireContent;
}

const MAX_TEXT = 400;
const MAX_NAME = 160;
/** More items than anyone would answer about each provider. */
export const MAX_ITEMS = 100;
const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The standard questionnaire: every bank item, every block. */
export function buildStandardContent(): QuestionnaireContent {
  return {
    items: [
      // Copies: a caller that edits the content must not change the item bank itself.
      ...perceptionItems.map((item) => ({ ...item, text: { ...item.text }, block: 'perception' as const })),
      ...reverseItems.map((item) => ({ ...item, text: { ...item.text }, block: 'reverse' as const })),
    ],
    blocks: { importance: true, overall: true, nps: true, comments: true, reverse: true, selfAssessment: true },
  };
}

/** Problems with a questionnaire's name. */
export function checkQuestionnaireName(name: string): FieldProblem[] {
  const trimmed = name.trim();
  if (trimmed.length === 0) return [{ field: 'name', problem: 'must not be empty' }];
  if (trimmed.length > MAX_NAME) return [{ field: 'name', problem: `must be at most ${MAX_NAME} characters` }];
  return [];
}

/** Problems with a questionnaire's content, naming the item by index. */
export function checkContent(content: QuestionnaireContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const keys = new Set<string>();
  content.items.forEach((item, index) => {
    const field = `items.${index}`;
    if (!KEY_PATTERN.test(item.key)) problems.push({ field: `${field}.key`, problem: 'use 1–40 lower-case letters, digits and dashes' });
    if (keys.has(item.key)) problems.push({ field: `${field}.key`, problem: `"${item.key}" is used twice` });
    keys.add(item.key);
    const dimensions: readonly string[] = item.block === 'perception' ? DIMENSIONS : REVERSE_DIMENSIONS;
    if (!dimensions.includes(item.dimension))
      problems.push({ field: `${field}.dimension`, problem: `"${item.dimension}" is not a ${item.block} dimension` });
    for (const language of ['de', 'en'] as const) {
      const text = item.text[language].trim();
      if (text.length === 0) problems.push({ field: `${field}.text.${language}`, problem: 'must not be empty' });
      if (text.length > MAX_TEXT) problems.push({ field: `${field}.text.${language}`, problem: `must be at most ${MAX_TEXT} characters` });
    }
  });
  if (content.items.length > MAX_ITEMS) problems.push({ field: 'items', problem: `must be at most ${MAX_ITEMS} items` });
  if (!content.items.some((item) => item.block === 'perception'))
    problems.push({ field: 'items', problem: 'needs at least one perception item' });
  if (content.blocks.reverse && !content.items.some((item) => item.block === 'reverse')) {
    problems.push({ field: 'blocks.reverse', problem: 'the reverse block needs at least one reverse item' });
  }
  return problems;
}

/** Replaces the content of a draft version; a frozen version never changes. */
export function editDraft(version: QuestionnaireVersion, content: QuestionnaireContent): QuestionnaireVersion {
  if (version.status !== 'draft') {
    throw new DomainError('invalid_state', `version ${version.number} is frozen by a wave; edit a new draft instead`);
  }
  const problems = checkContent(content);
  if (problems.length > 0) throw new DomainError('validation', `${problems[0]?.field}: ${problems[0]?.problem}`, problems);
  return { ...version, content: normaliseContent(content) };
}

/** Freezing happens when a wave opens with the version. */
export function freezeVersion(version: QuestionnaireVersion): QuestionnaireVersion {
  return version.status === 'frozen' ? version : { ...version, status: 'frozen' };
}

/** A new draft that starts as a copy of the newest version; there is at most one draft at a time. */
export function startNextDraft(latest: QuestionnaireVersion, id: string): QuestionnaireVersion {
  if (latest.status === 'draft') {
    throw new DomainError('invalid_state', `version ${latest.number} is still a draft; edit it instead of starting another`);
  }
  return {
    id,
    questionnaireId: latest.questionnaireId,
    number: latest.number + 1,
    status: 'draft',
    content: structuredClone(latest.content),
  };
}

/** The perception dimensions that a questionnaire asks about, in item order. */
export function dimensionsOf(content: QuestionnaireContent): Dimension[] {
  const seen: Dimension[] = [];
  for (const item of content.items) {
    if (item.block === 'perception' && !seen.includes(item.dimension as Dimension)) seen.push(item.dimension as Dimension);
  }
  return seen;
}

function normaliseContent(content: QuestionnaireContent): QuestionnaireContent {
  return {
    blocks: { ...content.blocks },
    items: content.items.map((item) => ({ ...item, text: { de: item.text.de.trim(), en: item.text.en.trim() } })),
  };
}
