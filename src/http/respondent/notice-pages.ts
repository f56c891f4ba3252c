import type { RespondentLocale } from '../../domain/respond/draft.js';
import { markup, type SafeHtml } from './markup.js';
import { texts } from './texts.js';

/** Pages outside the form: thanks, closed, no session, expired form, invalid link, privacy notice. */
export function renderThanks(locale: RespondentLocale): { title: string; main: SafeHtml } {
  const t = texts[locale];
  return {
    title: t.thanksTitle,
    main: markup`<h1>${t.thanksTitle}</h1>
      ${t.thanksText.map((line) => markup`<p>${line}</p>`)}`,
  };
}

export function renderClosed(locale: RespondentLocale): { title: string; main: SafeHtml } {
  const t = texts[locale];
  return {
    title: t.closedTitle,
    main: markup`<h1>${t.closedTitle}</h1>
      <p>${t.closedText}</p>`,
  };
}

export function renderNoSession(locale: RespondentLocale): { title: string; main: SafeHtml } {
  const t = texts[locale];
  return {
    title: t.noSessionTitle,
    main: markup`<h1>${t.noSessionTitle}</h1>
      ${t.noSessionText.map((line) => markup`<p>${line}</p>`)}`,
  };
}

export function renderExpiredForm(locale: RespondentLocale): { title: string; main: SafeHtml } {
  const t = texts[locale];
  return {
    title: t.expiredFormTitle,
    main: markup`<h1>${t.expiredFormTitle}</h1>
      <p>${t.expiredFormText}</p>
      <p><a href="/r">${t.next}</a></p>`,
  };
}

export function renderPrivacy(
  locale: RespondentLocale,
  thresholds: { anonymity: number; comments: number },
): { title: string; main: SafeHtml } {
  const t = texts[locale];
  return {
    title: t.privacyTitle,
    main: markup`<h1>${t.privacyTitle}</h1>
      ${t.privacy(thresholds.anonymity, thresholds.comments).map((line) => markup`<p>${line}</p>`)}`,
  };
}

const invalidLink: Record<RespondentLocale, { title: string; lines: string[] }> = {
  de: {
    title: 'Dieser Link funktioniert nicht',
    lines: [
      'Der Link ist abgelaufen, unvollständig, oder die Umfrage ist beendet.',
      'Prüfen Sie, ob Sie den ganzen Link aus Ihrer Einladung geöffnet haben. Hilft das nicht, wenden Sie sich an die Person, die die Umfrage verschickt hat.',
    ],
  },
  en: {
    title: 'This link does not work',
    lines: [
      'The link has expired, is incomplete, or the survey has closed.',
      'Check that you opened the whole link from your invitation. If that does not help, ask the person who sent the survey.',
    ],
  },
};

/**
 * The one page for every link that opens nothing: unknown, expired, closed. It shows both
 * languages (nothing tells us the person's), the preferred one first.
 */
export function renderInvalidLink(preferred: RespondentLocale): { title: string; main: SafeHtml } {
  const order: RespondentLocale[] = preferred === 'de' ? ['de', 'en'] : ['en', 'de'];
  const [first, second] = order.map((locale) => invalidLink[locale]) as [(typeof invalidLink)['de'], (typeof invalidLink)['de']];
  return {
    title: first.title,
    main: markup`<div class="bilingual">
      <section>
        <h1>${first.title}</h1>
        ${first.lines.map((line) => markup`<p>${line}</p>`)}
      </section>
      <section lang="${order[1]}">
        <h2>${second.title}</h2>
        ${second.lines.map((line) => markup`<p>${line}</p>`)}
      </section>
    </div>`,
  };
}

export function renderFailure(locale: RespondentLocale): { title: string; main: SafeHtml } {
  const t = texts[locale];
  return {
    title: t.failedTitle,
    main: markup`<h1>${t.failedTitle}</h1>
      <p>${t.failedText}</p>
      <p><a href="/r">${t.next}</a></p>`,
  };
}
