import { COMMENT_TOPICS, MAX_COMMENT_LENGTH, type Answers, type Comments } from './answers.js';

export type RespondentLocale = 'de' | 'en';
export const RESPONDENT_LOCALES: readonly RespondentLocale[] = ['de', 'en'];

/** What one page of the respondent's form holds while they work on it. */
export interface PageAnswers {
  isNoContact: boolean;
  answers: Answers;
  comments: Comments;
}

/**
 * Answers saved before submission (save-and-resume), kept with the invitation and deleted
 * when it is submitted. `position` is the page the respondent was on.
 */
export interface Draft {
  locale: RespondentLocale | null;
  position: string | null;
  addedProviderIds: string[];
  pages: Record<string, PageAnswers>;
}

/** How many units a respondent may add to the providers of their unit. */
export const MAX_ADDED_PROVIDERS = 10;

export function emptyDraft(): Draft {
  return { locale: null, position: null, addedProviderIds: [], pages: {} };
}

export function emptyPage(): PageAnswers {
  return { isNoContact: false, answers: {}, comments: {} };
}

/** Whether a page holds any answer: a point on a scale, "can't judge", or a comment. */
export function hasAnyAnswer(page: PageAnswers | undefined): boolean {
  if (!page) return false;
  return Object.keys(page.answers).length > 0 || Object.values(page.comments).some((text) => text !== undefined && text.trim() !== '');
}

/**
 * Reads a stored draft. Whatever does not have the expected shape is dropped rather than
 * trusted: a draft is a convenience, never a reason to fail the respondent's page.
 */
export function readDraft(value: unknown): Draft {
  const draft = emptyDraft();
  if (!isRecord(value)) return draft;
  if (value.locale === 'de' || value.locale === 'en') draft.locale = value.locale;
  if (typeof value.position === 'string') draft.position = value.position;
  if (Array.isArray(value.addedProviderIds)) {
    draft.addedProviderIds = value.addedProviderIds.filter((id): id is string => typeof id === 'string').slice(0, MAX_ADDED_PROVIDERS);
  }
  if (isRecord(value.pages)) {
    for (const [key, page] of Object.entries(value.pages)) {
      if (isRecord(page)) draft.pages[key] = readPage(page);
    }
  }
  return draft;
}

function readPage(value: Record<string, unknown>): PageAnswers {
  const page = emptyPage();
  page.isNoContact = value.isNoContact === true;
  if (isRecord(value.answers)) {
    for (const [key, answer] of Object.entries(value.answers)) {
      if (answer === null || (typeof answer === 'number' && Number.isInteger(answer))) page.answers[key] = answer;
    }
  }
  if (isRecord(value.comments)) {
    for (const topic of COMMENT_TOPICS) {
      const text = value.comments[topic];
      if (typeof text === 'string') page.comments[topic] = text.slice(0, MAX_COMMENT_LENGTH);
    }
  }
  return page;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
