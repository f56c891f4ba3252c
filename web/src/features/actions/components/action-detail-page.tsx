import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { DeleteCard } from '../../../shared/ui/delete-card';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { PageHeader } from '../../../shared/ui/page-header';
import { ProblemNotice } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { dimensionLabel } from '../../results/format';
import { useSession } from '../../session/session-context';
import { deleteAction, fetchAction, type Action } from '../api';
import { formatCalendarDate, formatMoment } from '../../../shared/dates';
import { canDeleteAction, canWorkOnAction, hasNoHistory, isEditable, type DeletedActionState } from '../action-model';
import { useActionNames, type ActionNames } from '../use-action-names';
import { ActionComments } from './action-comments';
import { ActionEditDialog } from './action-edit-dialog';
import { ActionEffectSection } from './action-effect-section';
import { ActionStatusCard } from './action-status-card';
import '../actions.css';

/** One action: its fields, status moves, edit dialog, comments and "Did it help?". */
export function ActionDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loaded = useResource((signal) => fetchAction(id, signal), [id]);
  const names = useActionNames();
  const [changed, setChanged] = useState<Action | null>(null);
  // Only data of the action in the route: while the next one loads, the previous one must not show (with live buttons).
  const action = changed?.id === id ? changed : loaded.data?.id === id ? loaded.data : undefined;

  const back = (
    <p className="actions-back">
      <Link to="/actions">← {t('actions.detail.back')}</Link>
    </p>
  );
  if (!action) {
    return (
      <>
        <PageHeader title={t('actions.title')} above={back} />
        {/* Without an error and without this action's data, its answer is still on the way. */}
        <ProblemNotice
          isLoading={loaded.isLoading || loaded.error === undefined}
          error={loaded.error}
          notFound={t('actions.detail.notFound')}
        />
      </>
    );
  }
  return <ActionDetail key={action.id} action={action} names={names} back={back} onChanged={setChanged} />;
}

interface ActionDetailProps {
  action: Action;
  names: ActionNames;
  back: ReactNode;
  onChanged: (action: Action) => void;
}

function ActionDetail({ action, names, back, onChanged }: ActionDetailProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { account } = useSession();
  const [isEditing, setIsEditing] = useState(false);
  const [message, setMessage] = useState('');
  const [deleteError, setDeleteError] = useState<unknown>(undefined);
  const navigate = useNavigate();
  const editButton = useRef<HTMLButtonElement>(null);
  const canWork = account !== null && canWorkOnAction(account, action);
  const canDelete = account !== null && canDeleteAction(account, action) && hasNoHistory(action);
  // While the names are on their way, a name not found yet is not "unknown".
  const unknown = names.isLoading ? '…' : t('actions.unknown');
  const unit = (unitId: string) => names.unitName(unitId) ?? unknown;

  const handleChanged = (next: Action, text: string) => {
    onChanged(next);
    setMessage(text);
  };
  const remove = async () => {
    setDeleteError(undefined);
    try {
      await deleteAction(action.id);
    } catch (reason: unknown) {
      setDeleteError(reason);
      return;
    }
    const state: DeletedActionState = { deletedTitle: action.title };
    // Replaced: Back must not lead to the action that is gone.
    await navigate('/actions', { state, replace: true });
  };
  const closeEditor = () => {
    setIsEditing(false);
    // Back to where the dialog was opened from (the button may have gone if the status changed).
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <>
      <PageHeader
        title={action.title}
        above={back}
        actions={
          canWork &&
          isEditable(action.status) && (
            <button ref={editButton} type="button" className="button" onClick={() => setIsEditing(true)}>
              {t('actions.detail.edit')}
            </button>
          )
        }
      />
      <p className="status" role="status">
        {message}
      </p>
      {!canWork && <p className="notice">{t('actions.detail.readOnly')}</p>}
      <div className="stack">
        <div className="columns">
          <Card title={t('actions.detail.details')}>
            <p className={action.description === '' ? 'muted actions-detail__description' : 'actions-detail__description'}>
              {action.description === '' ? t('actions.detail.noDescription') : action.description}
            </p>
            <dl className="actions-details">
              <dt>{t('actions.detail.provider')}</dt>
              <dd>{unit(action.providerUnitId)}</dd>
              <dt>{t('actions.detail.customerGroup')}</dt>
              <dd>{action.customerGroupId === null ? t('actions.allCustomers') : unit(action.customerGroupId)}</dd>
              <dt>{t('actions.detail.dimension')}</dt>
              <dd>{action.dimension === null ? t('actions.noDimension') : dimensionLabel(t, action.dimension)}</dd>
              <dt>{t('actions.detail.owner')}</dt>
              <dd>{names.accountName(action.ownerAccountId) ?? unknown}</dd>
              <dt>{t('actions.detail.dueDate')}</dt>
              <dd>
                <time dateTime={action.dueDate}>{formatCalendarDate(action.dueDate, language)}</time>
                {action.isOverdue && (
                  <>
                    {' '}
                    <span className="badge badge--danger">{t('actions.overdue')}</span>
                  </>
                )}
              </dd>
              <dt>{t('actions.detail.sourceWave')}</dt>
              <dd>{action.sourceWaveId === null ? t('actions.detail.noSourceWave') : (names.waveName(action.sourceWaveId) ?? unknown)}</dd>
              <dt>{t('actions.detail.createdBy')}</dt>
              <dd>{names.accountName(action.createdByAccountId) ?? unknown}</dd>
              <dt>{t('actions.detail.createdAt')}</dt>
              <dd>{formatMoment(action.createdAt, language)}</dd>
              {action.closedAt !== null && (
                <>
                  <dt>{t('actions.detail.closedAt')}</dt>
                  <dd>{formatMoment(action.closedAt, language)}</dd>
                </>
              )}
            </dl>
          </Card>
          <Card title={t('actions.detail.statusTitle')}>
            <ActionStatusCard
              action={action}
              canWork={canWork}
              onChanged={(next) => handleChanged(next, t('actions.statusChanged', { status: t(`actions.statuses.${next.status}`) }))}
            />
            {canWork && !isEditable(action.status) && <p className="muted">{t('actions.detail.closedNoEdit')}</p>}
          </Card>
        </div>
        <Card title={t('actions.effect.title')}>
          <ActionEffectSection action={action} names={names} />
        </Card>
        <Card title={t('actions.comments.title')}>
          <ActionComments
            action={action}
            names={names}
            canWork={canWork}
            onChanged={(next) => handleChanged(next, t('actions.comments.added'))}
          />
        </Card>
        {canDelete && (
          <>
            <ErrorSummary error={deleteError} />
            <DeleteCard
              title={t('actions.detail.deleteTitle')}
              hint={t('actions.detail.deleteHint')}
              question={t('actions.detail.deleteQuestion')}
              onDelete={remove}
            />
          </>
        )}
      </div>
      {isEditing && (
        <ActionEditDialog
          action={action}
          names={names}
          onClose={closeEditor}
          onSaved={(next) => {
            if (next !== null) handleChanged(next, t('actions.detail.saved'));
            else setMessage(t('actions.detail.noChanges'));
            closeEditor();
          }}
        />
      )}
    </>
  );
}
