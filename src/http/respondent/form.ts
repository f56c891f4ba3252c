import { COMMENT_TOPICS, questionsFor, type Question } from '../../domain/respond/answers.js';
import type { PageProblem } from '../../domain/respond/check-ratings.js';
import { emptyPage, type PageAnswers } from '../../domain/respond/draft.js';
import type { RespondentPage } from '../../domain/respond/page-sequence.js';
import type { QuestionnaireContent } from '../../domain/questionnaire/questionnaire.js';

/** A posted form: field name → value (our forms never repeat a name). */
export type FormFields = Record<string, string>;

/** Parses an application/x-www-form-urlencoded body. */
export function parseFormBody(body: string): FormFields {
  const fields: FormFields = Object.create(null) as FormFields;
  for (const [name, value] of new URLSearchParams(body)) fields[name] = value;
  return fields;
}

/** The questions a page asks, in the order they appear. */
export function pageQuestions(page: RespondentPage, content: QuestionnaireContent): Question[] {
  if (page.kind === 'provider') return questionsFor('perception', content);
  if (page.kind === 'customer') return questionsFor('reverse', content);
  if (page.kind === 'self') return questionsFor('self', content);
  return [];
}

/**
 * Reads one page's answers from the posted fields, as given: a value that is no number comes
 * out as NaN, for the page check to report. Empty comments are left out.
 */
export function readPageAnswers(fields: FormFields, page: RespondentPage, content: QuestionnaireContent): PageAnswers {
  const answers = emptyPage();
  answers.isNoContact = (page.kind === 'customer' || (page.kind === 'provider' && !page.isAdded)) && fields['no-contact'] === '1';
  for (const question of pageQuestions(page, content)) {
    const raw = fields[question.key];
    if (raw === undefined || raw === '') continue;
    const value = raw === 'x' ? null : /^\d{1,2}$/.test(raw) ? Number(raw) : Number.NaN;
    answers.answers[question.key] = value;
  }
  if (page.kind === 'provider' && content.blocks.comments) {
    for (const topic of COMMENT_TOPICS) {
      // Browsers send line breaks as CR LF; count them as one character, as maxlength does.
      const text = (fields[`comment:${topic}`] ?? '').replace(/\r\n/g, '\n');
      if (text.trim() !== '') answers.comments[topic] = text;
    }
  }
  return answers;
}

/** The answers without the values a check found not to be options: what may be saved. */
export function withoutInvalidValues(answers: PageAnswers, problems: readonly PageProblem[]): PageAnswers {
  const invalid = new Set(problems.filter((problem) => problem.code === 'not-an-option').map((problem) => problem.key));
  return {
    ...answers,
    answers: Object.fromEntries(Object.entries(answers.answers).filter(([key, value]) => !invalid.has(key) && !Number.isNaN(value))),
  };
}
