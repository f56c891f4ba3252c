import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  label: string;
  /** The question, e.g. "Delete unit Sales?" — also names the button for screen readers. */
  question: string;
  onConfirm: () => Promise<void> | void;
  disabled?: boolean;
}

/** A destructive button that asks inline ("Delete X? Yes / Cancel") before acting. */
export function ConfirmButton({ label, question, onConfirm, disabled }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [isAsking, setIsAsking] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  if (!isAsking) {
    return (
      <button
        type="button"
        className="button button--danger-quiet"
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
        className="button button--danger"
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
        {t('common.confirmDelete')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setIsAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
