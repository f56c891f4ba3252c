import { questionsFor } from '../../domain/respond/answers.js';
import { MAX_ADDED_PROVIDERS, hasAnyAnswer } from '../../domain/respond/draft.js';
import type { RespondentPage } from '../../domain/respond/page-sequence.js';
import { markup, type SafeHtml } from './markup.js';
import {
  openPageForm,
  renderActions,
  renderErrorSummary,
  renderProgress,
  renderSavedNotice,
  unitName,
  type PageView,
  type ShownError,
} from './form-parts.js';

export interface RenderedPage {
  main: SafeHtml;
  title: string;
  hasErrors: boolean;
}

/** The first page: what the survey is, how it works, and the privacy notice. */
export function renderIntro(view: PageView): RenderedPage {
  const { t, form } = view;
  const asks = {
    providers: form.frame.providerUnitIds.length,
    customers: form.pages.filter((page) => page.kind === 'customer').length,
    isSelfAssessed: form.pages.some((page) => page.kind === 'self'),
  };
  const main = markup`${renderProgress(view)}
${renderSavedNotice(view)}
<h1>${t.introTitle}</h1>
<p>${t.introLead(form.access.wave.name, asks)}</p>
<ul>${t.introSteps(asks).map((step) => markup`<li>${step}</li>`)}</ul>
<h2>${t.privacyTitle}</h2>
${t.privacy(view.thresholds.anonymity, view.thresholds.comments).map((paragraph) => markup`<p>${paragraph}</p>`)}
${openPageForm(view)}
<div class="actions"><button type="submit" name="action" value="next" class="primary">${t.start}</button></div>
</form>`;
  return { main, title: t.introTitle, hasErrors: false };
}

/** Add a provider the respondent worked with: a native select of the other units. */
export function renderAddProvider(view: PageView, error: 'choose' | 'too-many' | null): RenderedPage {
  const { t, form } = view;
  const taken = new Set([form.frame.ownUnitId, ...form.frame.providerUnitIds, ...form.draft.addedProviderIds]);
  const names = [...form.units.values()].map((unit) => unit.name);
  const isAmbiguous = (name: string) => names.indexOf(name) !== names.lastIndexOf(name);
  const choices = [...form.units.values()]
    .filter((unit) => !taken.has(unit.id))
    .map((unit) => {
      const parent = unit.parentId ? form.units.get(unit.parentId)?.name : undefined;
      return { id: unit.id, label: isAmbiguous(unit.name) && parent ? `${unit.name} (${parent})` : unit.name };
    })
    .sort((a, b) => a.label.localeCompare(b.label, form.locale));
  const message = error === 'choose' ? t.errorChooseUnit : error === 'too-many' ? t.errorTooManyUnits(MAX_ADDED_PROVIDERS) : null;
  const errors: ShownError[] = message ? [{ fieldId: 'unit', message }] : [];
  const added = form.draft.addedProviderIds.map((id) => unitName(view, id));
  const main = markup`${renderProgress(view)}
${renderSavedNotice(view)}
${renderErrorSummary(t, errors)}
<h1>${t.addTitle}</h1>
<p>${t.addLead}</p>
${added.length > 0 ? markup`<p>${t.addedList}: ${added.join(', ')}</p>` : ''}
${openPageForm(view)}
<label class="block" for="unit">${t.addLabel}</label>
${message ? markup`<p class="error" id="unit-error">${message}</p>` : ''}
<select id="unit" name="unit"${message ? markup` aria-describedby="unit-error" aria-invalid="true"` : ''}>
<option value="">${t.addChoose}</option>
${choices.map((choice) => markup`<option value="${choice.id}">${choice.label}</option>`)}
</select>
<p><button type="submit" name="action" value="add">${t.addButton}</button></p>
${renderActions(t, { nextLabel: t.addNone })}
</form>`;
  return { main, title: t.addTitle, hasErrors: errors.length > 0 };
}

/** Check your answers: one line per page that rates, with its state and a link to change it. */
export function renderReview(view: PageView): RenderedPage {
  const { t, form } = view;
  const rows = form.pages
    .filter((page) => page.kind === 'provider' || page.kind === 'customer' || page.kind === 'self')
    .map((page) => reviewRow(view, page));
  const previous = form.pages[form.pages.findIndex((page) => page.key === 'review') - 1];
  const main = markup`${renderProgress(view)}
${renderSavedNotice(view)}
<h1>${t.reviewTitle}</h1>
<p>${t.reviewLead}</p>
<ul class="review">${rows}</ul>
<p class="notice">${t.submitWarning}</p>
<form method="post" action="/r/submit" data-once>
<input type="hidden" name="_csrf" value="${view.csrfToken}">
<div class="actions"><button type="submit" class="primary">${t.submit}</button></div>
</form>
${previous ? markup`<p><a href="/r?page=${encodeURIComponent(previous.key)}">${t.back}</a></p>` : ''}`;
  return { main, title: t.reviewTitle, hasErrors: false };
}

function reviewRow(view: PageView, page: RespondentPage): SafeHtml {
  const { t, form } = view;
  const saved = form.draft.pages[page.key];
  const name = page.kind === 'provider' || page.kind === 'customer' ? unitName(view, page.unitId) : t.reviewSelf;
  const kind = page.kind === 'provider' ? 'perception' : page.kind === 'customer' ? 'reverse' : 'self';
  const total = questionsFor(kind, form.frame.content).length;
  const answered = Object.keys(saved?.answers ?? {}).length;
  const canSayNoContact = page.kind === 'customer' || (page.kind === 'provider' && !page.isAdded);
  const status =
    canSayNoContact && saved?.isNoContact
      ? t.reviewNoContact
      : hasAnyAnswer(saved)
        ? t.reviewAnswered(answered, total)
        : page.kind === 'self'
          ? t.reviewSkipped
          : t.reviewOpen;
  const isOpen = status === t.reviewOpen;
  const change = markup`<a href="/r?page=${encodeURIComponent(page.key)}&amp;from=review">${t.reviewChange}<span class="visually-hidden">: ${name}</span></a>`;
  return markup`<li><div><span class="name">${name}</span><span class="status${isOpen ? ' open' : ''}">${status}</span></div>${change}</li>`;
}
