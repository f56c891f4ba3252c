import type { RespondentForm } from '../../app/respond/respondent-form.js';
import { scales, type AnswerValue, type Scale } from '../../domain/respond/answers.js';
import type { RespondentPage } from '../../domain/respond/page-sequence.js';
import { markup, type SafeHtml } from './markup.js';
import type { Texts } from './texts.js';

/** What every page of the form is drawn with. */
export interface PageView {
  form: RespondentForm;
  page: RespondentPage;
  t: Texts;
  csrfToken: string;
  thresholds: { anonymity: number; comments: number };
  isSaved: boolean;
  returnTo: 'review' | null;
}

/** A problem shown in the error summary and beside its field. */
export interface ShownError {
  fieldId: string;
  message: string;
}

export function unitName(view: PageView, unitId: string): string {
  return view.form.units.get(unitId)?.name ?? view.t.unknownUnit;
}

export function renderProgress(view: PageView, caption?: string): SafeHtml {
  const step = view.form.pages.findIndex((page) => page.key === view.page.key) + 1;
  const total = view.form.pages.length;
  const label = [view.t.stepOf(step, total), caption].filter(Boolean).join(' · ');
  return markup`<div class="progress"><p id="progress-label">${label}</p><progress max="${total}" value="${step}" aria-labelledby="progress-label">${label}</progress></div>`;
}

export function renderSavedNotice(view: PageView): SafeHtml | '' {
  return view.isSaved ? markup`<p class="notice" role="status">${view.t.saved}</p>` : '';
}

/** The error summary: announced at once, each problem a link to its field. */
export function renderErrorSummary(t: Texts, errors: readonly ShownError[]): SafeHtml | '' {
  if (errors.length === 0) return '';
  return markup`<div class="error-summary" role="alert" tabindex="-1" data-error-summary aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${t.errorTitle}</h2>
<ul>${errors.map((error) => markup`<li><a href="#${error.fieldId}">${error.message}</a></li>`)}</ul>
</div>`;
}

/** The opening tag of a page's form and the hidden fields of every post; the caller closes it. */
export function openPageForm(view: PageView): SafeHtml {
  return markup`<form method="post" action="/r/page" novalidate>
<input type="hidden" name="_csrf" value="${view.csrfToken}">
<input type="hidden" name="page" value="${view.page.key}">
${view.returnTo ? markup`<input type="hidden" name="return" value="${view.returnTo}">` : ''}`;
}

/** Next first in the document, so that Enter in a field moves on; laid out primary-last on wide screens. */
export function renderActions(t: Texts, options: { nextLabel?: string; hasBack?: boolean } = {}): SafeHtml {
  return markup`<div class="actions">
<button type="submit" name="action" value="next" class="primary">${options.nextLabel ?? t.next}</button>
<button type="submit" name="action" value="save">${t.save}</button>
${options.hasBack === false ? '' : markup`<button type="submit" name="action" value="back">${t.back}</button>`}
</div>`;
}

/** The radio group of one question: a fieldset with the question as legend, one labelled radio per point. */
export function renderScaleQuestion(input: {
  t: Texts;
  id: string;
  name: string;
  legend: string;
  scale: Scale;
  value: AnswerValue | undefined;
  error?: string | undefined;
  hint?: string | undefined;
}): SafeHtml {
  const { t, id, name, scale, value } = input;
  const { min, max, cannotJudge } = scales[scale];
  const labels = t.scaleLabels[scale];
  const describedBy = [input.hint ? `${id}-hint` : '', input.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const points: SafeHtml[] = [];
  for (let point = min; point <= max; point += 1) {
    const label = labels[point - min] ?? String(point);
    const text = scale === 'recommendation' ? label : markup`<span>${label}</span>`;
    const checked = value === point ? markup` checked` : '';
    points.push(
      markup`<label class="option"><input type="radio" id="${id}-${point}" name="${name}" value="${point}"${checked}>${text}</label>`,
    );
  }
  if (cannotJudge) {
    const checked = value === null ? markup` checked` : '';
    points.push(
      markup`<label class="option aside"><input type="radio" id="${id}-x" name="${name}" value="x"${checked}><span>${t.cannotJudge}</span></label>`,
    );
  }
  const layout = scale === 'recommendation' ? 'wide' : cannotJudge ? '' : 'five';
  const described = describedBy ? markup` aria-describedby="${describedBy}"` : '';
  return markup`<fieldset class="question${input.error ? ' invalid' : ''}"${described}>
<legend>${input.legend}</legend>
${input.hint ? markup`<p class="hint" id="${id}-hint">${input.hint}</p>` : ''}
${input.error ? markup`<p class="error" id="${id}-error">${input.error}</p>` : ''}
<div class="scale ${layout}">${points}</div>
</fieldset>`;
}

/** The id of a question's first radio, where an error link lands. */
export function firstOptionId(id: string, scale: Scale): string {
  return `${id}-${scales[scale].min}`;
}
