import {
  importanceQuestion,
  npsQuestion,
  overallSatisfactionQuestion,
  commentQuestions,
  dimensionLabels,
  selfAssessmentQuestion,
} from '../../domain/questionnaire/item-bank.js';
import type { Dimension, ReverseDimension } from '../../domain/questionnaire/item-bank.js';
import {
  COMMENT_TOPICS,
  MAX_COMMENT_LENGTH,
  perceptionLayout,
  reverseLayout,
  selfQuestions,
  type DimensionGroup,
  type Question,
} from '../../domain/respond/answers.js';
import type { PageProblem } from '../../domain/respond/check-ratings.js';
import { emptyPage, type PageAnswers } from '../../domain/respond/draft.js';
import { markup, type SafeHtml } from './markup.js';
import {
  firstOptionId,
  openPageForm,
  renderActions,
  renderErrorSummary,
  renderProgress,
  renderSavedNotice,
  renderScaleQuestion,
  unitName,
  type PageView,
  type ShownError,
} from './form-parts.js';
import { fillPlaceholders } from './texts.js';

/**
 * The pages that rate: a provider (perception items by dimension, importance, overall, NPS,
 * comments), a customer (reverse items) and the self-assessment. Every question is a
 * fieldset of labelled radios; problems appear in the summary and beside their question.
 */
export function renderRatingPage(
  view: PageView,
  values: PageAnswers | undefined,
  problems: readonly PageProblem[],
): { main: SafeHtml; title: string; hasErrors: boolean } {
  const { page, t, form } = view;
  const answers = values ?? emptyPage();
  const locale = form.locale;
  const builder = createQuestionBuilder(view, answers, problems);
  if (page.kind === 'provider') {
    const name = unitName(view, page.unitId);
    const fill = (text: string, extra: Record<string, string> = {}) => fillPlaceholders(text, { provider: name, ...extra });
    const layout = perceptionLayout(form.frame.content);
    const providerPages = form.pages.filter((candidate) => candidate.kind === 'provider');
    const caption = t.providerOf(providerPages.findIndex((candidate) => candidate.key === page.key) + 1, providerPages.length);
    const groups = layout.groups.map((group) =>
      renderGroup(
        view,
        group,
        builder,
        (item) => fill(item),
        (dimension) => fill(importanceQuestion[locale], { dimension: dimensionText(dimension, locale) }),
      ),
    );
    const extras = [
      layout.overall ? builder.scale(layout.overall, fill(overallSatisfactionQuestion[locale])) : '',
      layout.nps ? builder.scale(layout.nps, fill(npsQuestion[locale]), t.npsHint) : '',
    ];
    const overall =
      layout.overall || layout.nps
        ? markup`<fieldset class="group"><legend><h2>${t.overallLegend}</h2></legend>
${extras}
</fieldset>`
        : '';
    const comments = layout.hasComments ? renderComments(view, answers, problems, (topic) => fill(commentQuestions[topic][locale])) : '';
    const unanswered = page.isAdded ? t.errorUnansweredAdded(name) : t.errorUnanswered(name);
    // Remove comes after the main actions: Enter in a field submits the first button, which must be Next.
    const head = page.isAdded ? markup`<p class="hint">${t.addedNote}</p>` : renderNoContact(view, answers, t.noContact(name));
    const tail = page.isAdded
      ? markup`<p><button type="submit" name="action" value="remove" class="link">${t.remove(name)}</button></p>`
      : undefined;
    return finish(view, builder, problems, {
      title: t.providerTitle(name),
      caption,
      head,
      body: [...groups, overall, comments],
      unanswered,
      tail,
    });
  }
  if (page.kind === 'customer') {
    const name = unitName(view, page.unitId);
    const customerPages = form.pages.filter((candidate) => candidate.kind === 'customer');
    const caption = t.customerOf(customerPages.findIndex((candidate) => candidate.key === page.key) + 1, customerPages.length);
    const groups = reverseLayout(form.frame.content).map((group) =>
      renderGroup(
        view,
        group,
        builder,
        (item) => fillPlaceholders(item, { customer: name }),
        () => '',
      ),
    );
    const head = markup`<p>${t.customerLead}</p>
${renderNoContact(view, answers, t.customerNoContact(name))}`;
    return finish(view, builder, problems, {
      title: t.customerTitle(name),
      caption,
      head,
      body: groups,
      unanswered: t.errorUnanswered(name),
    });
  }
  const questions = selfQuestions(form.frame.content).map((question) =>
    builder.scale(question, fillPlaceholders(selfAssessmentQuestion[locale], { dimension: dimensionText(question.dimension, locale) })),
  );
  return finish(view, builder, problems, {
    title: t.selfTitle,
    caption: undefined,
    head: markup`<p>${t.selfLead}</p>`,
    body: questions,
    unanswered: '',
  });
}

interface QuestionBuilder {
  scale(question: Question, legend: string, hint?: string): SafeHtml;
  errors: ShownError[];
  firstFieldId: string | null;
}

function createQuestionBuilder(view: PageView, answers: PageAnswers, problems: readonly PageProblem[]): QuestionBuilder {
  let counter = 0;
  const builder: QuestionBuilder = {
    errors: [],
    firstFieldId: null,
    scale(question, legend, hint) {
      counter += 1;
      const id = `q${counter}`;
      builder.firstFieldId ??= firstOptionId(id, question.scale);
      const problem = problems.find((candidate) => candidate.key === question.key);
      const error = problem ? view.t.errorNotAnOption : undefined;
      if (error) builder.errors.push({ fieldId: firstOptionId(id, question.scale), message: `${legend} – ${error}` });
      return renderScaleQuestion({
        t: view.t,
        id,
        name: question.key,
        legend,
        scale: question.scale,
        value: answers.answers[question.key],
        error,
        hint,
      });
    },
  };
  return builder;
}

function renderGroup(
  view: PageView,
  group: DimensionGroup,
  builder: QuestionBuilder,
  fillItem: (text: string) => string,
  importanceText: (dimension: string) => string,
): SafeHtml {
  const locale = view.form.locale;
  const label = dimensionLabels[group.dimension as Dimension | ReverseDimension]?.[locale] ?? group.dimension;
  return markup`<fieldset class="group"><legend><h2>${label}</h2></legend>
${group.items.map((item) => builder.scale({ key: item.key, scale: 'agreement' }, fillItem(item.text[locale])))}
${group.importance ? builder.scale(group.importance, importanceText(group.dimension)) : ''}
</fieldset>`;
}

function renderNoContact(view: PageView, answers: PageAnswers, label: string): SafeHtml {
  const checked = answers.isNoContact ? markup` checked` : '';
  return markup`<div class="check"><input type="checkbox" id="no-contact" name="no-contact" value="1" data-no-contact aria-describedby="no-contact-hint"${checked}><div><label for="no-contact">${label}</label><p class="hint" id="no-contact-hint">${view.t.noContactHint}</p></div></div>`;
}

function renderComments(
  view: PageView,
  answers: PageAnswers,
  problems: readonly PageProblem[],
  question: (topic: (typeof COMMENT_TOPICS)[number]) => string,
): SafeHtml {
  const { t } = view;
  const fields = COMMENT_TOPICS.map((topic) => {
    const id = `comment-${topic}`;
    const isTooLong = problems.some((problem) => problem.key === `comment:${topic}`);
    const describedBy = isTooLong ? `comments-hint ${id}-error` : 'comments-hint';
    return markup`<label class="block" for="${id}">${question(topic)}</label>
${isTooLong ? markup`<p class="error" id="${id}-error">${t.errorTooLong(MAX_COMMENT_LENGTH)}</p>` : ''}
<textarea id="${id}" name="comment:${topic}" rows="3" maxlength="${MAX_COMMENT_LENGTH}" aria-describedby="${describedBy}">${answers.comments[topic] ?? ''}</textarea>`;
  });
  return markup`<fieldset class="group"><legend><h2>${t.commentsLegend}</h2></legend>
<p class="hint" id="comments-hint">${t.commentsHint(view.thresholds.comments, MAX_COMMENT_LENGTH)}</p>
${fields}
</fieldset>`;
}

function finish(
  view: PageView,
  builder: QuestionBuilder,
  problems: readonly PageProblem[],
  parts: {
    title: string;
    caption: string | undefined;
    head: SafeHtml;
    body: (SafeHtml | string)[];
    unanswered: string;
    tail?: SafeHtml | undefined;
  },
): { main: SafeHtml; title: string; hasErrors: boolean } {
  const { t } = view;
  const errors: ShownError[] = [];
  if (problems.some((problem) => problem.code === 'unanswered')) {
    errors.push({ fieldId: builder.firstFieldId ?? 'main', message: parts.unanswered });
  }
  errors.push(...builder.errors);
  for (const topic of COMMENT_TOPICS) {
    if (problems.some((problem) => problem.key === `comment:${topic}`)) {
      errors.push({ fieldId: `comment-${topic}`, message: t.errorTooLong(MAX_COMMENT_LENGTH) });
    }
  }
  const main = markup`${renderProgress(view, parts.caption)}
${renderSavedNotice(view)}
${renderErrorSummary(t, errors)}
<h1>${parts.title}</h1>
${openPageForm(view)}
${parts.head}
<div data-questions>
${parts.body}
</div>
${renderActions(t)}
${parts.tail ?? ''}
</form>`;
  return { main, title: parts.title, hasErrors: errors.length > 0 };
}

function dimensionText(dimension: string, locale: 'de' | 'en'): string {
  const label = dimensionLabels[dimension as Dimension | ReverseDimension]?.[locale] ?? dimension;
  // English puts the dimension mid-sentence in lower case; German nouns keep their capital.
  return locale === 'en' ? label.toLowerCase() : label;
}
