import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { changeWaveStatus, fetchWave, sendReminders, type WaveDetail } from '../api';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { ResponseRatesCard } from './response-rates-card';
import type { CreatedState } from './wave-create-form';
import { WaveEditCard } from './wave-edit-card';
import { WaveStatusBadge, WaveTime } from './wave-status-badge';
import '../waves.css';

/** One wave: summary, actions (open, remind, close, archive), changes, response rates and its mails. */
export function WaveDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state ?? {}) as CreatedState;
  const wave = useResource((signal) => fetchWave(id, signal), [id]);
  const [message, setMessage] = useState(created.notice === 'opened' ? 'opened' : '');
  const [error, setError] = useState<unknown>(undefined);

  const data = wave.data?.id === id ? wave.data : undefined;
  if (!data) {
    return (
      <>
        <PageHeader title={t('waves.title')} above={<Link to="/waves">{t('waves.back')}</Link>} />
        <LoadState isLoading={wave.isLoading} error={wave.error} />
      </>
    );
  }

  async function act(run: () => Promise<string>) {
    setError(undefined);
    setMessage('');
    try {
      setMessage(await run());
      wave.reload();
    } catch (reason) {
      setError(reason);
    }
  }
  const transition = (action: 'open' | 'close' | 'archive') =>
    act(async () => {
      const changed = await changeWaveStatus(data.id, action);
      return action === 'open' ? t('waves.opened', { count: changed.invited }) : t(action === 'close' ? 'waves.closed' : 'waves.archived');
    });

  return (
    <>
      <PageHeader
        title={data.name}
        above={<Link to="/waves">{t('waves.back')}</Link>}
        description={<WaveStatusBadge status={data.status} />}
      />
      {created.openError && !error && <p className="notice notice--warning">{created.openError}</p>}
      {data.isOpeningOverdue && <p className="notice notice--warning">{t('waves.overdue')}</p>}
      <ErrorSummary error={error} />
      <p role="status" className={message ? 'notice notice--success' : 'visually-hidden'}>
        {message === 'opened' ? t('waves.opened', { count: data.invited }) : message}
      </p>
      <div className="grid">
        <Card title={t('waves.summary')}>
          <WaveSummary wave={data} />
        </Card>
        <Card title={t('waves.actions')}>
          <div className="button-row">
            {data.status === 'draft' && (
              <ConfirmButton
                tone="primary"
                confirmLabel={t('waves.confirmYes')}
                label={t('waves.open')}
                question={t('waves.openQuestion', { name: data.name, count: data.inScope.people })}
                onConfirm={() => transition('open')}
              />
            )}
            {data.status === 'open' && (
              <>
                <ConfirmButton
                  tone="neutral"
                  confirmLabel={t('waves.confirmYes')}
                  label={t('waves.remind')}
                  question={t('waves.remindQuestion')}
                  onConfirm={() =>
                    act(async () => {
                      const { reminded } = await sendReminders(data.id);
                      return t('waves.reminded', { count: reminded });
                    })
                  }
                />
                <ConfirmButton
                  tone="neutral"
                  confirmLabel={t('waves.confirmYes')}
                  label={t('waves.close')}
                  question={t('waves.closeQuestion', { name: data.name })}
                  onConfirm={() => transition('close')}
                />
              </>
            )}
            {data.status === 'closed' && (
              <ConfirmButton
                tone="neutral"
                confirmLabel={t('waves.confirmYes')}
                label={t('waves.archive')}
                question={t('waves.archiveQuestion', { name: data.name })}
                onConfirm={() => transition('archive')}
              />
            )}
            {data.status === 'archived' && <p className="muted">{t('waves.nothingToDo')}</p>}
          </div>
        </Card>
        <Card title={t('waves.mails')}>
          <dl className="summary-list">
            {(['pending', 'sent', 'failed'] as const).map((status) => (
              <div key={status} className="summary-list__item">
                <dt>{t(`outbox.statuses.${status}`)}</dt>
                <dd>{data.outbox[status]}</dd>
              </div>
            ))}
          </dl>
          <Link to="/outbox">{t('waves.toOutbox')}</Link>
        </Card>
      </div>
      {data.status !== 'draft' && <ResponseRatesCard waveId={data.id} isLive={data.status === 'open'} />}
      {(data.status === 'draft' || data.status === 'open') && (
        <WaveEditCard key={`${data.id}-${data.status}`} wave={data} onSaved={wave.reload} />
      )}
    </>
  );
}

function WaveSummary({ wave }: { wave: WaveDetail }) {
  const { t } = useTranslation();
  return (
    <dl className="definition-list">
      <dt>{t('waves.questionnaire')}</dt>
      <dd>
        <Link to={`/questionnaires/${wave.questionnaire.id}/versions/${wave.questionnaireVersionId}`}>
          {t('questionnaires.versionOf', { name: wave.questionnaire.name, number: wave.questionnaire.versionNumber })}
        </Link>{' '}
        ({t(`questionnaires.statuses.${wave.questionnaire.versionStatus}`)})
      </dd>
      <dt>{t('waves.opens')}</dt>
      <dd>
        <WaveTime iso={wave.opensAt} />
      </dd>
      <dt>{t('waves.closes')}</dt>
      <dd>
        <WaveTime iso={wave.closesAt} />
      </dd>
      <dt>{t('waves.inScope')}</dt>
      <dd>
        {t('waves.inScopeValue', wave.inScope)}
        {wave.status === 'draft' && <span className="muted"> {t('waves.inScopeDraft')}</span>}
      </dd>
      <dt>{t('waves.invited')}</dt>
      <dd>{wave.invited}</dd>
      <dt>{t('waves.acceptingResponses')}</dt>
      <dd>{wave.isAcceptingResponses ? t('common.yes') : t('waves.notSet')}</dd>
    </dl>
  );
}
