import type { RespondentLocale } from '../../domain/respond/draft.js';
import { markup, type SafeHtml } from './markup.js';
import { texts } from './texts.js';

export interface DocumentOptions {
  locale: RespondentLocale;
  title: string;
  main: SafeHtml;
  assets: { css: string; js: string };
  /** Where each language's version of this page is; none on pages that show both languages. */
  languageLinks?: Record<RespondentLocale, string> | undefined;
  hasErrors?: boolean;
}

/** The page shell: language switch, one `main` landmark, the privacy notice link. */
export function renderDocument(options: DocumentOptions): SafeHtml {
  const t = texts[options.locale];
  const links = options.languageLinks;
  const title = options.hasErrors ? `${t.errorTitle}: ${options.title}` : options.title;
  const languages = links
    ? markup`<nav aria-label="${t.languageNav}"><ul>${(['de', 'en'] as const).map(
        (locale) =>
          markup`<li><a href="${links[locale]}" lang="${locale}" hreflang="${locale}"${locale === options.locale ? markup` aria-current="true"` : ''}>${texts[locale].languageName}</a></li>`,
      )}</ul></nav>`
    : '';
  return markup`<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${title} – eyelevel</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${options.assets.css}">
<script src="${options.assets.js}" defer></script>
</head>
<body>
<a class="skip" href="#main">${t.skipLink}</a>
<header class="top">
<span class="brand">eyelevel</span>
${languages}
</header>
<main id="main" tabindex="-1">
${options.main}
</main>
<footer class="foot"><a href="/r/privacy?lang=${options.locale}">${t.privacyLink}</a></footer>
</body>
</html>
`;
}
