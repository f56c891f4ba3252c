import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { openInvitation } from '../../app/respond/open-invitation.js';
import { createRespondentRuntime } from '../../app/respond/respondent-runtime.js';
import { DomainError } from '../../domain/errors.js';
import { statusByCode } from '../problem.js';
import type { ApiScope, RouteDependencies } from '../routes/types.js';
import { loadAssets } from './assets.js';
import { parseFormBody } from './form.js';
import { renderClosed, renderExpiredForm, renderFailure, renderInvalidLink, renderPrivacy, renderThanks } from './notice-pages.js';
import { registerPageRoutes } from './page-routes.js';
import { serializeRequest } from './redact.js';
import { sendCompressed } from './send.js';
import { RESPONDENT_COOKIE, languageLinks, preferredLocale, sendDocument, type RespondentRoutesContext } from './shared.js';
import { registerSubmissionApi } from './submission-api.js';

const FORM_BODY_LIMIT = 256 * 1024;

/**
 * The respondent side: public routes under /r (server-rendered HTML that works without
 * JavaScript) and POST /api/respond/submissions. No admin session is involved; a respondent
 * is known only by the invitation token and the session cookie it is swapped for.
 */
export async function registerRespondentRoutes(app: ApiScope, { context, config }: RouteDependencies): Promise<void> {
  const respond = createRespondentRuntime(context, {
    // SQLite has one writer thread; with a second batch already waiting there, it starts on it
    // as soon as it committed the first, instead of waiting until this thread has heard of the
    // commit (which takes milliseconds while this thread is busy with requests) and sends more.
    maxConcurrentBatches: config.database.kind === 'postgres' ? 4 : 2,
    // Only the error's code and message: a database error's details may quote stored values.
    onBatchFailure: (error, size) =>
      app.log.warn(
        { code: (error as { code?: unknown }).code, size },
        `a submission batch failed (${String((error as Error).message)}); storing one by one`,
      ),
  });
  app.addHook('onClose', () => respond.batcher.drain());
  const shared: RespondentRoutesContext = {
    respond,
    config,
    assets: loadAssets(),
    thresholds: { anonymity: config.anonymityThreshold, comments: config.commentThreshold },
  };
  // Scope-level serializers keep tokens and addresses out of the request log lines, whatever
  // logger the server was given. (Fastify types serializers as returning strings; pino's return objects.)
  const logSerializers = { req: serializeRequest as unknown as (value: unknown) => string };
  await app.register(async (scope: ApiScope) => registerHtmlRoutes(scope, shared), { logSerializers });
  await app.register(async (scope: ApiScope) => registerSubmissionApi(scope, shared), { logSerializers });
}

function registerHtmlRoutes(scope: ApiScope, shared: RespondentRoutesContext): void {
  const { respond } = shared;
  scope.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => done(null, parseFormBody(String(body))),
  );
  scope.setErrorHandler((error: FastifyError, request, reply) => handlePageError(shared, error, request, reply));

  scope.get('/r/assets/:name', { schema: { hide: true } }, async (request, reply) => {
    const asset = shared.assets.byPath.get(request.url.split('?')[0] ?? '');
    if (!asset) return reply.code(404).type('text/plain; charset=utf-8').send('not found');
    reply.type(asset.type).header('cache-control', 'public, max-age=31536000, immutable').header('vary', 'Accept-Encoding');
    return sendCompressed(request, reply, asset.body, asset);
  });

  scope.get('/r/privacy', { schema: { hide: true } }, async (request, reply) => {
    const locale = preferredLocale(request);
    return sendDocument(shared, request, reply, {
      status: 200,
      locale,
      ...renderPrivacy(locale, shared.thresholds),
      languageLinks: languageLinks('/r/privacy'),
    });
  });

  // The invitation link. The token is swapped for a session cookie at once and the browser
  // sent on to /r, so the token leaves the address bar and the history entry it came with.
  scope.get('/r/:token', { schema: { hide: true } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const outcome = await openInvitation(respond, token.slice(0, 200));
    if (outcome.kind === 'invalid') {
      const locale = preferredLocale(request);
      return sendDocument(shared, request, reply, { status: 404, locale, ...renderInvalidLink(locale) });
    }
    if (outcome.kind === 'submitted') {
      const locale = outcome.locale === 'de' ? 'de' : 'en';
      return sendDocument(shared, request, reply, { status: 200, locale, ...renderThanks(locale) });
    }
    reply.setCookie(RESPONDENT_COOKIE, outcome.sessionSecret, {
      path: '/r',
      httpOnly: true,
      sameSite: 'lax',
      secure: 'auto',
      expires: outcome.expiresAt,
    });
    return reply.header('cache-control', 'no-store').redirect('/r', 303);
  });

  registerPageRoutes(scope, shared);
}

/** Errors on respondent pages become pages too, never JSON; only the unexpected are logged. */
function handlePageError(shared: RespondentRoutesContext, error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const locale = preferredLocale(request);
  if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
    return sendDocument(shared, request, reply, { status: 403, locale, ...renderExpiredForm(locale) });
  }
  if (error instanceof DomainError && error.code === 'invalid_state') {
    return sendDocument(shared, request, reply, { status: 410, locale, ...renderClosed(locale) });
  }
  const status =
    error instanceof DomainError
      ? statusByCode[error.code]
      : typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500
        ? error.statusCode
        : 500;
  // The message only: an error object here could carry the request's answers.
  if (status === 500) request.log.error({ code: error.code }, `respondent page failed: ${error.message}`);
  return sendDocument(shared, request, reply, { status, locale, ...renderFailure(locale) });
}
