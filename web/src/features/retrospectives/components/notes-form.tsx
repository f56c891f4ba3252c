import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { RETROSPECTIVE_SECTIONS, type RetrospectiveNotes, type RetrospectiveSection } from '../api';
import type { AnswerRow } from '../retrospective-view';

const MAX_SECTION = 4000;

interface NotesFormProps {
  /** The questions in order (title as label, prompt as hint). */
  questions: Pick<AnswerRow, 'section' | 'title' | 'prompt'>[];
  /** "Your notes (Provider)". */
  legend: string;
  initial: RetrospectiveNotes | null;
  onSave: (notes: RetrospectiveNotes) => Promise<void>;
}

const emptyNotes: RetrospectiveNotes = { whatWorks: '', whatToChange: '', whatWeAgree: '' };

/** The viewer's side's three answers as labelled text areas, with the question as hint. */
export function NotesForm({ questions, legend, initial, onSave }: NotesFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [notes, setNotes] = useState<RetrospectiveNotes>(initial ?? emptyNotes);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const isEmpty = RETROSPECTIVE_SECTIONS.every((section) => notes[section].trim() === '');

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      await onSave(notes);
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  const change = (section: RetrospectiveSection, value: string) => {
    setNotes((current) => ({ ...current, [section]: value }));
  };

  return (
    <form className="form" onSubmit={handleSubmit}>
      <ErrorSummary error={error} />
      <fieldset className="fieldset retro-notes">
        <legend className="field__label">{legend}</legend>
        <p className="field__hint">{t('retrospectives.yourNotesHint')}</p>
        {questions.map((question) => (
          <div className="field" key={question.section}>
            <label className="field__label" htmlFor={`${id}-${question.section}`}>
              {question.title}
            </label>
            <p className="field__hint" id={`${id}-${question.section}-hint`}>
              {question.prompt}
            </p>
            <textarea
              id={`${id}-${question.section}`}
              className="input retro-notes__text"
              rows={5}
              maxLength={MAX_SECTION}
              aria-describedby={`${id}-${question.section}-hint`}
              value={notes[question.section]}
              onChange={(event) => change(question.section, event.target.value)}
            />
          </div>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={isBusy || isEmpty}>
          {isBusy ? t('retrospectives.savingNotes') : t('retrospectives.saveNotes')}
        </button>
      </div>
    </form>
  );
}
