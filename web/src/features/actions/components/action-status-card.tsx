import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { changeActionStatus, type Action } from '../api';
import { allowedTransitions } from '../action-model';
import { ActionStatusBadge, OverdueBadge } from './action-status-badge';

interface ActionStatusCardProps {
  action: Action;
  canWork: boolean;
  onChanged: (action: Action) => void;
}

/** The status in words and a button for every move the lifecycle allows (dropping asks first). */
export function ActionStatusCard({ action, canWork, onChanged }: ActionStatusCardProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);

  async function move(to: Action['status']) {
    setIsBusy(true);
    setError(undefined);
    try {
      onChanged(await changeActionStatus(action.id, to));
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <div className="stack">
      <p className="actions-card-text">
        {t('actions.detail.statusIntro', { status: t(`actions.statuses.${action.status}`) })}{' '}
        <span className="actions-badges">
          <ActionStatusBadge status={action.status} />
          {action.isOverdue && <OverdueBadge />}
        </span>
      </p>
      <ErrorSummary error={error} />
      {canWork && (
        <div className="actions-transitions">
          {allowedTransitions(action.status).map((transition) =>
            transition.name === 'drop' ? (
              <ConfirmButton
                key={transition.to}
                label={t('actions.transitions.drop')}
                question={t('actions.dropQuestion')}
                confirmLabel={t('actions.confirmDrop')}
                disabled={isBusy}
                onConfirm={() => move(transition.to)}
              />
            ) : (
              <button
                key={transition.to}
                type="button"
                className={transition.name === 'reopen' || transition.name === 'backToOpen' ? 'button' : 'button button--primary'}
                disabled={isBusy}
                onClick={() => move(transition.to)}
              >
                {t(`actions.transitions.${transition.name}`)}
              </button>
            ),
          )}
        </div>
      )}
    </div>
  );
}
