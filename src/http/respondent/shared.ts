import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RespondentRuntime } from '../../app/respond/respondent-runtime.js';
import type { RespondentLocale } from '../../domain/respond/draft.js';
import type { Config } from '../../config.js';
import type { Asset } from './assets.js';
import type { SafeHtml } from './markup.js';
import { renderDocument } from './layout.js';
import { sendPage } from './send.js';

/** The cookie that holds a respondent session after the invitation link was opened. */
export const RESPONDENT_COOKIE = 'eyelevel_respondent';

/** What the respondent routes share. */
export interface RespondentRoutesContext {
  respond: RespondentRuntime;
  config: Config;
  assets: { css: Asset; js: Asset; byPath: Map<string, Asset> };
  thresholds: { anonymity: number; comments: number };
}

/** The query parameters respondent pages understand; anything else is ignored. */
export interface RespondentQuery {
  lang: RespondentLocale | undefined;
  page: string | undefined;
  isFromReview: boolean;
  isSaved: boolean;
  isCheck: boolean;
}

export function readQuery(request: FastifyRequest): RespondentQuery {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  const lang = text('lang');
  return {
    lang: lang === 'de' || lang === 'en' ? lang : undefined,
    page: text('page')?.slice(0, 200),
    isFromReview: text('from') === 'review',
    isSaved: text('saved') === '1',
    isCheck: text('check') === '1',
  };
}

/** The language asked for in the query, else the browser's first choice of German or English. */
export function preferredLocale(request: FastifyRequest): RespondentLocale {
  const asked = readQuery(request).lang;
  if (asked) return asked;
  const header = String(request.headers['accept-language'] ?? '');
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().toLowerCase().split(';');
      const quality = Number(parameters.find((parameter) => parameter.trim().startsWith('q='))?.split('=')[1] ?? 1);
      return { tag, quality: Number.isNaN(quality) ? 0 : quality, index };
    })
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const match = ranked.find(({ tag }) => tag.startsWith('de') || tag.startsWith('en'));
  return match?.tag.startsWith('de') ? 'de' : 'en';
}

/** Sends a whole respondent page. */
export function sendDocument(
  shared: RespondentRoutesContext,
  request: FastifyRequest,
  reply: FastifyReply,
  input: {
    status: number;
    locale: RespondentLocale;
    title: string;
    main: SafeHtml;
    languageLinks?: Record<RespondentLocale, string> | undefined;
    hasErrors?: boolean;
  },
): FastifyReply {
  const document = renderDocument({
    locale: input.locale,
    title: input.title,
    main: input.main,
    assets: { css: shared.assets.css.path, js: shared.assets.js.path },
    languageLinks: input.languageLinks,
    hasErrors: input.hasErrors ?? false,
  });
  return sendPage(request, reply, input.status, document);
}

/** Links to this page in each language. */
export function languageLinks(path: string, extra: Record<string, string> = {}): Record<RespondentLocale, string> {
  const link = (locale: RespondentLocale) => `${path}?${new URLSearchParams({ lang: locale, ...extra }).toString()}`;
  return { de: link('de'), en: link('en') };
}
