import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmActionProps {
  label: string;
  /** The question asked before acting; it also names the group for screen readers. */
  question: string;
  onConfirm: () => Promise<void>;
  isPrimary?: boolean;
  disabled?: boolean;
}

/** A button that asks "…? Yes / Cancel" inline before it acts. */
export function ConfirmAction({ label, question, onConfirm, isPrimary = false, disabled }: ConfirmActionProps) {
  const { t } = useTranslation();
  const [isAsking, setIsAsking] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  if (!isAsking) {
    return (
      <button
        type="button"
        className={`button ${isPrimary ? 'button--primary' : ''}`}
        disabled={disabled}
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
        className="button button--primary"
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
        {t('waves.confirmYes')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setIsAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
