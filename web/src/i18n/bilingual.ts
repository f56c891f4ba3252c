/** A text the server sends in both languages (templates, explanations). */
export interface Bilingual {
  de: string;
  en: string;
}

/** A bilingual text in the reader's language: German for any "de…", else English. */
export function inLanguage(text: Bilingual, language: string): string {
  return language.toLowerCase().startsWith('de') ? text.de : text.en;
}
