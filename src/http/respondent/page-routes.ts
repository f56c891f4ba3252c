import type { FastifyReply, FastifyRequest } from 'fastify';
import { isUsable, resolveRespondentSession } from '../../app/respond/open-invitation.js';
import type { InvitationAccess } from '../../app/respond/ports.js';
import { loadRespondentForm, saveDraft, type RespondentForm } from '../../app/respond/respondent-form.js';
import { submitDraft } from '../../app/respond/submit-responses.js';
import { checkPageAnswers, type PageProblem } from '../../domain/respond/check-ratings.js';
import { MAX_ADDED_PROVIDERS, type PageAnswers } from '../../domain/respond/draft.js';
import { buildPageSequence, isRatingPage, providerPageKey, type RespondentPage } from '../../domain/respond/page-sequence.js';
import type { ApiScope } from '../routes/types.js';
import { renderAddProvider, renderIntro, renderReview, type RenderedPage } from './flow-pages.js';
import type { PageView } from './form-parts.js';
import { pageQuestions, readPageAnswers, withoutInvalidValues, type FormFields } from './form.js';
import { renderClosed, renderNoSession, renderThanks } from './notice-pages.js';
import { renderRatingPage } from './rating-pages.js';
import { RESPONDENT_COOKIE, languageLinks, preferredLocale, readQuery, sendDocument, type RespondentRoutesContext } from './shared.js';
import { texts } from './texts.js';

type Action = 'next' | 'back' | 'save' | 'add' | 'remove';
const ACTIONS: readonly Action[] = ['next', 'back', 'save', 'add', 'remove'];

/**
 * The respondent's form, one page at a time: GET /r shows the current page, POST /r/page
 * saves a page's answers as the draft and moves on (post/redirect/get), POST /r/submit stores
 * the draft as anonymous responses. Once submitted, every route shows the thank-you page.
 */
export function registerPageRoutes(scope: ApiScope, shared: RespondentRoutesContext): void {
  const { respond } = shared;

  /** The respondent's invitation, or the page that says why there is none to work on. */
  const openForm = async (request: FastifyRequest, reply: FastifyReply): Promise<RespondentForm | undefined> => {
    const secret = request.cookies[RESPONDENT_COOKIE];
    const access = secret ? await resolveRespondentSession(respond, secret) : undefined;
    if (!access) {
      sendNotice(request, reply, 403, renderNoSession(preferredLocale(request)));
      return undefined;
    }
    const locale = readQuery(request).lang ?? localeOf(access);
    if (access.isSubmitted) {
      sendDocument(shared, request, reply, { status: 200, locale, ...renderThanks(locale), languageLinks: languageLinks('/r') });
      return undefined;
    }
    if (!isUsable(access, respond.context.clock())) {
      sendNotice(request, reply, 410, renderClosed(locale));
      return undefined;
    }
    return loadRespondentForm(respond, access);
  };

  const sendNotice = (request: FastifyRequest, reply: FastifyReply, status: number, page: { title: string; main: RenderedPage['main'] }) =>
    sendDocument(shared, request, reply, { status, locale: preferredLocale(request), ...page });

  const renderFormPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    input: {
      form: RespondentForm;
      page: RespondentPage;
      status: number;
      values?: PageAnswers | undefined;
      problems?: PageProblem[];
      addError?: 'choose' | 'too-many' | null;
      isSaved?: boolean;
      returnTo?: 'review' | null;
    },
  ) => {
    const { form, page } = input;
    const view: PageView = {
      form,
      page,
      t: texts[form.locale],
      csrfToken: reply.generateCsrf(),
      thresholds: shared.thresholds,
      isSaved: input.isSaved ?? false,
      returnTo: input.returnTo ?? null,
    };
    const rendered =
      page.kind === 'intro'
        ? renderIntro(view)
        : page.kind === 'add-provider'
          ? renderAddProvider(view, input.addError ?? null)
          : page.kind === 'review'
            ? renderReview(view)
            : renderRatingPage(view, input.values ?? form.draft.pages[page.key], input.problems ?? []);
    return sendDocument(shared, request, reply, {
      status: input.status,
      locale: form.locale,
      title: rendered.title,
      main: rendered.main,
      hasErrors: rendered.hasErrors,
      languageLinks: languageLinks('/r', { page: page.key }),
    });
  };

  scope.get('/r', { schema: { hide: true } }, async (request, reply) => {
    const form = await openForm(request, reply);
    if (!form) return reply;
    const query = readQuery(request);
    if (query.lang) {
      // The language is part of the draft, so it follows the respondent to another device.
      if (query.lang !== form.draft.locale) await saveDraft(respond, form.access, { ...form.draft, locale: query.lang });
      return reply.redirect(query.page ? `/r?page=${encodeURIComponent(query.page)}` : '/r', 303);
    }
    const page = findPage(form, query.page) ?? findPage(form, form.draft.position) ?? (form.pages[0] as RespondentPage);
    const problems = query.isCheck && isRatingPage(page) ? checkSavedPage(form, page) : [];
    return renderFormPage(request, reply, {
      form,
      page,
      status: 200,
      problems,
      isSaved: query.isSaved,
      returnTo: query.isFromReview ? 'review' : null,
    });
  });

  const verifyCsrf = (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    // Forms carry the token in a hidden field; the CSRF plugin reads it from this header.
    const fields = (request.body ?? {}) as FormFields;
    request.headers['x-csrf-token'] = typeof fields._csrf === 'string' ? fields._csrf : '';
    scope.csrfProtection(request, reply, done);
  };

  scope.post('/r/page', { schema: { hide: true }, preHandler: verifyCsrf }, async (request, reply) => {
    const form = await openForm(request, reply);
    if (!form) return reply;
    const fields = (request.body ?? {}) as FormFields;
    const page = findPage(form, fields.page);
    if (!page) return reply.redirect('/r', 303);
    const action = ACTIONS.find((candidate) => candidate === fields.action) ?? 'next';
    const returnTo = fields.return === 'review' ? 'review' : null;
    const draft = structuredClone(form.draft);

    if (page.kind === 'add-provider' && action === 'add') {
      const unitId = fields.unit ?? '';
      const isOffered =
        form.units.has(unitId) &&
        unitId !== form.frame.ownUnitId &&
        !form.frame.providerUnitIds.includes(unitId) &&
        !draft.addedProviderIds.includes(unitId);
      const addError = !isOffered ? 'choose' : draft.addedProviderIds.length >= MAX_ADDED_PROVIDERS ? 'too-many' : null;
      if (addError) return renderFormPage(request, reply, { form, page, status: 422, addError });
      draft.addedProviderIds.push(unitId);
      draft.position = providerPageKey(unitId);
      await saveDraft(respond, form.access, draft);
      return reply.redirect('/r', 303);
    }

    if (isRatingPage(page) || page.kind === 'self') {
      const posted = readPageAnswers(fields, page, form.frame.content);
      const problems = checkPageAnswers(pageQuestions(page, form.frame.content), posted, {
        needsAnswer: action === 'next' && isRatingPage(page),
      });
      draft.pages[page.key] = withoutInvalidValues(posted, problems);
      if (action === 'remove' && page.kind === 'provider' && page.isAdded) {
        draft.addedProviderIds = draft.addedProviderIds.filter((id) => id !== page.unitId);
        delete draft.pages[page.key];
        draft.position = 'add-provider';
        await saveDraft(respond, form.access, draft);
        return reply.redirect('/r', 303);
      }
      if (action === 'next' && problems.length > 0) {
        draft.position = page.key;
        await saveDraft(respond, form.access, draft);
        return renderFormPage(request, reply, { form, page, status: 422, values: posted, problems, returnTo });
      }
    }

    const pages = buildPageSequence(form.frame, draft, form.access.invitationId);
    const index = pages.findIndex((candidate) => candidate.key === page.key);
    const target =
      action === 'save'
        ? page
        : action === 'back'
          ? (pages[index - 1] ?? page)
          : returnTo === 'review'
            ? (pages.find((candidate) => candidate.kind === 'review') ?? page)
            : (pages[index + 1] ?? page);
    draft.position = target.key;
    await saveDraft(respond, form.access, draft);
    return reply.redirect(action === 'save' ? `/r?page=${encodeURIComponent(page.key)}&saved=1` : '/r', 303);
  });

  scope.post('/r/submit', { schema: { hide: true }, preHandler: verifyCsrf }, async (request, reply) => {
    const form = await openForm(request, reply);
    if (!form) return reply;
    const outcome = await submitDraft(respond, form);
    if (!outcome.isSubmitted) return reply.redirect(`/r?page=${encodeURIComponent(outcome.incompletePage.key)}&check=1`, 303);
    // The thank-you page comes from GET /r, which now finds the invitation submitted.
    return reply.redirect(`/r?lang=${form.locale}`, 303);
  });
}

function findPage(form: RespondentForm, key: string | null | undefined): RespondentPage | undefined {
  return key ? form.pages.find((page) => page.key === key) : undefined;
}

function checkSavedPage(form: RespondentForm, page: RespondentPage): PageProblem[] {
  const saved = form.draft.pages[page.key] ?? { isNoContact: false, answers: {}, comments: {} };
  return checkPageAnswers(pageQuestions(page, form.frame.content), saved, { needsAnswer: true });
}

function localeOf(access: InvitationAccess): 'de' | 'en' {
  return access.locale === 'de' ? 'de' : 'en';
}
