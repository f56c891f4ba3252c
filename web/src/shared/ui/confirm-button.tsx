import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  label: string;
  /** The question, e.g. "Delete unit Sales?" — also names the button for screen readers. */
  question: string;
  onConfirm: () => Promise<void> | void;
  disabled?: boolean;
  /** `danger` (default) for deletions; `primary` and `neutral` for other consequential actions. */
  tone?: 'danger' | 'primary' | 'neutral';
  /** The confirming button's text; "Yes, delete" by default. */
  confirmLabel?: string;
}

const askClass = { danger: 'button button--danger-quiet', primary: 'button button--primary', neutral: 'button' };
const confirmClass = { danger: 'button button--danger', primary: 'button button--primary', neutral: 'button button--primary' };

/** A button that asks inline ("Delete X? Yes / Cancel") before acting. */
export function ConfirmButton({ label, question, onConfirm, disabled, tone = 'danger', confirmLabel }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [isAsking, setIsAsking] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  if (!isAsking) {
    return (
      <button
        type="button"
        className={askClass[tone]}
        disabled={disabled}
        aria-label={question.replace(/\?$/, '')}
        onClick={() => setIsAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm__question">{question}</span>
      <button
        type="button"
        className={confirmClass[tone]}
        autoFocus
        disabled={isBusy}
        onClick={async () => {
          setIsBusy(true);
          try {
            await onConfirm();
          } finally {
            setIsBusy(false);
            setIsAsking(false);
          }
        }}
      >
        {confirmLabel ?? t('common.confirmDelete')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setIsAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
