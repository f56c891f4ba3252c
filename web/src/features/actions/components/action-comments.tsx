import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { commentOnAction, type Action } from '../api';
import { formatMoment } from '../../../shared/dates';
import { MAX_COMMENT } from '../action-form';
import type { ActionNames } from '../use-action-names';
import { FormField } from '../../../shared/ui/form-field';

interface ActionCommentsProps {
  action: Action;
  names: ActionNames;
  canWork: boolean;
  onChanged: (action: Action) => void;
}

/** The comments oldest first with their authors, and a form for a new one (also on closed actions). */
export function ActionComments({ action, names, canWork, onChanged }: ActionCommentsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    setIsBusy(true);
    setError(undefined);
    try {
      onChanged(await commentOnAction(action.id, text.trim()));
      setText('');
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <div>
      {action.comments.length === 0 ? (
        <p className="muted actions-card-text">{t('actions.comments.empty')}</p>
      ) : (
        <ol className="actions-comments" aria-label={t('actions.comments.listLabel')}>
          {action.comments.map((comment, index) => (
            <li key={`${comment.at}|${index}`}>
              <p className="actions-comment__byline">
                {t('actions.comments.byline', {
                  author: names.accountName(comment.authorAccountId) ?? t('actions.unknown'),
                  time: formatMoment(comment.at, language),
                })}
              </p>
              <p>{comment.text}</p>
            </li>
          ))}
        </ol>
      )}
      {canWork && (
        <form className="form" onSubmit={handleSubmit}>
          <ErrorSummary error={error} />
          <FormField id="action-comment" label={t('actions.comments.label')}>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                required
                maxLength={MAX_COMMENT}
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
            )}
          </FormField>
          <button type="submit" className="button" disabled={isBusy || text.trim() === ''}>
            {isBusy ? t('actions.comments.adding') : t('actions.comments.add')}
          </button>
        </form>
      )}
    </div>
  );
}
