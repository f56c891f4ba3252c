import type { FieldProblem } from '../errors.js';
import {
  COMMENT_TOPICS,
  MAX_COMMENT_LENGTH,
  isOnScale,
  questionsFor,
  scales,
  type Answers,
  type Comments,
  type Question,
  type Rating,
} from './answers.js';
import { MAX_ADDED_PROVIDERS } from './draft.js';
import { asksReverse, asksSelfAssessment, type SurveyFrame } from './survey-frame.js';

/** Why one answer on a page is not accepted; the page shows it in the respondent's language. */
export interface PageProblem {
  /** The answer key (`rel-1`, `comment:keep`), or `page` for the page as a whole. */
  key: string;
  code: 'unanswered' | 'not-an-option' | 'too-long';
}

/**
 * The rules for one page of ratings:
 * - every value is a point of its question's scale ("can't judge" only on agreement items);
 * - a comment has at most MAX_COMMENT_LENGTH characters;
 * - a page that rates a unit needs at least one answer (a point, "can't judge" or a comment)
 *   unless "no contact" is ticked; then its answers are ignored and nothing else is checked.
 */
export function checkPageAnswers(
  questions: readonly Question[],
  page: { isNoContact: boolean; answers: Answers; comments: Comments },
  options: { needsAnswer: boolean },
): PageProblem[] {
  if (page.isNoContact) return [];
  const problems: PageProblem[] = [];
  for (const question of questions) {
    const value = page.answers[question.key];
    if (value !== undefined && !isOnScale(value, question.scale)) problems.push({ key: question.key, code: 'not-an-option' });
  }
  for (const topic of COMMENT_TOPICS) {
    if ((page.comments[topic] ?? '').length > MAX_COMMENT_LENGTH) problems.push({ key: `comment:${topic}`, code: 'too-long' });
  }
  const known = new Set(questions.map((question) => question.key));
  const hasAnswer =
    Object.keys(page.answers).some((key) => known.has(key)) || Object.values(page.comments).some((text) => (text ?? '').trim() !== '');
  if (options.needsAnswer && !hasAnswer) problems.push({ key: 'page', code: 'unanswered' });
  return problems;
}

/**
 * Checks a whole submission against what the invitation may rate. `knownUnitIds` holds the
 * units outside the wave's providers that exist and so may be added as providers.
 */
export function checkRatings(ratings: readonly Rating[], frame: SurveyFrame, knownUnitIds: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const listed = new Set(frame.providerUnitIds);
  const customers = new Set(frame.customerUnitIds);
  const rated = new Set<string>();
  let addedCount = 0;
  let hasSelf = false;
  ratings.forEach((rating, index) => {
    const field = `ratings.${index}`;
    const problem = (suffix: string, text: string) => problems.push({ field: `${field}${suffix}`, problem: text });
    if (rating.kind === 'perception' || rating.kind === 'no-contact') {
      const id = rating.providerUnitId;
      if (id === frame.ownUnitId) problem('.providerUnitId', 'is your own unit');
      else if (!listed.has(id) && !knownUnitIds.has(id)) problem('.providerUnitId', 'is not a unit');
      else if (rated.has(`provider:${id}`)) problem('.providerUnitId', 'is rated twice');
      else if (!listed.has(id) && ++addedCount > MAX_ADDED_PROVIDERS)
        problem('.providerUnitId', `at most ${MAX_ADDED_PROVIDERS} added units`);
      rated.add(`provider:${id}`);
      if (rating.kind === 'perception') {
        checkAnswers(questionsFor('perception', frame.content), rating.answers, field, problems);
        checkComments(rating.comments, frame.content.blocks.comments, field, problems);
        if (!hasContent(rating.answers, rating.comments)) problem('.answers', 'give at least one answer, or send kind "no-contact"');
      }
    } else if (rating.kind === 'reverse') {
      if (!asksReverse(frame)) problem('.kind', 'this invitation rates no customers');
      else if (!customers.has(rating.customerUnitId)) problem('.customerUnitId', 'is not a customer of your unit in this wave');
      else if (rated.has(`customer:${rating.customerUnitId}`)) problem('.customerUnitId', 'is rated twice');
      rated.add(`customer:${rating.customerUnitId}`);
      checkAnswers(questionsFor('reverse', frame.content), rating.answers, field, problems);
      if (!hasContent(rating.answers)) problem('.answers', 'give at least one answer');
    } else {
      if (!asksSelfAssessment(frame)) problem('.kind', 'this invitation has no self-assessment');
      else if (hasSelf) problem('.kind', 'only one self-assessment');
      hasSelf = true;
      checkAnswers(questionsFor('self', frame.content), rating.answers, field, problems);
      if (!hasContent(rating.answers)) problem('.answers', 'give at least one answer');
    }
  });
  return problems;
}

const keyIndexes = new WeakMap<readonly Question[], Map<string, Question>>();

function checkAnswers(questions: readonly Question[], answers: Answers, field: string, problems: FieldProblem[]): void {
  let byKey = keyIndexes.get(questions);
  if (!byKey) {
    byKey = new Map(questions.map((question) => [question.key, question]));
    keyIndexes.set(questions, byKey);
  }
  for (const [key, value] of Object.entries(answers)) {
    const question = byKey.get(key);
    if (!question) {
      problems.push({ field: `${field}.answers.${key}`, problem: 'is not a question of this questionnaire' });
    } else if (!isOnScale(value, question.scale)) {
      const { min, max, cannotJudge } = scales[question.scale];
      problems.push({ field: `${field}.answers.${key}`, problem: `must be a whole number ${min}–${max}${cannotJudge ? ' or null' : ''}` });
    }
  }
}

function checkComments(comments: Comments | undefined, isAsked: boolean, field: string, problems: FieldProblem[]): void {
  if (!comments || Object.keys(comments).length === 0) return;
  if (!isAsked) {
    problems.push({ field: `${field}.comments`, problem: 'this questionnaire asks for no comments' });
    return;
  }
  for (const topic of COMMENT_TOPICS) {
    if ((comments[topic] ?? '').length > MAX_COMMENT_LENGTH)
      problems.push({ field: `${field}.comments.${topic}`, problem: `must be at most ${MAX_COMMENT_LENGTH} characters` });
  }
}

function hasContent(answers: Answers, comments?: Comments): boolean {
  return Object.keys(answers).length > 0 || Object.values(comments ?? {}).some((text) => (text ?? '').trim() !== '');
}
