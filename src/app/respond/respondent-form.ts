import type { Unit } from '../../domain/org/unit.js';
import { readDraft, type Draft, type RespondentLocale } from '../../domain/respond/draft.js';
import { buildPageSequence, type RespondentPage } from '../../domain/respond/page-sequence.js';
import type { SurveyFrame } from '../../domain/respond/survey-frame.js';
import type { InvitationAccess } from './ports.js';
import type { RespondentRuntime } from './respondent-runtime.js';

/** Everything a respondent page is drawn from. */
export interface RespondentForm {
  access: InvitationAccess;
  frame: SurveyFrame;
  draft: Draft;
  pages: RespondentPage[];
  units: ReadonlyMap<string, Unit>;
  locale: RespondentLocale;
}

/** Loads the respondent's form: what they rate, their saved answers and the page order. */
export async function loadRespondentForm(respond: RespondentRuntime, access: InvitationAccess): Promise<RespondentForm> {
  const [frame, units] = await Promise.all([respond.surveys.frameFor(access), respond.surveys.units()]);
  const draft = readDraft(parseJson(access.draft));
  // A unit deleted since the respondent added it drops out of their form.
  draft.addedProviderIds = draft.addedProviderIds.filter((id) => units.has(id));
  return {
    access,
    frame,
    draft,
    pages: buildPageSequence(frame, draft, access.invitationId),
    units,
    locale: draft.locale ?? (access.locale === 'de' ? 'de' : 'en'),
  };
}

/** Saves the draft; false when the invitation was submitted meanwhile (then nothing changes). */
export async function saveDraft(respond: RespondentRuntime, access: InvitationAccess, draft: Draft): Promise<boolean> {
  return respond.context.stores.responding.saveDraft(access.invitationId, JSON.stringify(draft));
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
