import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchRelationships } from '../../relationships/api';
import { fetchAllObjectives } from '../all-objectives';
import { fetchTokens, revokeToken, type IntegrationToken, type SlaObjective } from '../api';
import { formatMoment } from '../../../shared/dates';
import { curlExample } from '../integration-usage';
import { TokenCreateForm } from './token-create-form';
import '../sla.css';

/** Admins: the integration tokens, a form for a new one (its secret shown once) and how to use it. */
export function IntegrationsPage() {
  const { t, i18n } = useTranslation();
  const tokens = useResource((signal) => fetchTokens(signal), []);
  const relationships = useResource((signal) => fetchRelationships(signal), []);
  const objectives = useResource(
    (signal) => (relationships.data ? fetchAllObjectives(relationships.data, signal) : new Promise<SlaObjective[]>(() => undefined)),
    [relationships.data],
  );
  const byId = useMemo(
    () => new Map((relationships.data ?? []).map((relationship) => [relationship.id, relationship])),
    [relationships.data],
  );
  const [created, setCreated] = useState<(IntegrationToken & { secret: string }) | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(undefined);

  const objectiveName = (id: string) => {
    const objective = objectives.data?.find((entry) => entry.objectiveId === id);
    return (objective?.current ?? objective?.proposal ?? objective?.versions.at(-1))?.name ?? t('sla.integrations.unknownObjective');
  };

  return (
    <>
      <PageHeader
        title={t('sla.integrations.title')}
        description={t('sla.integrations.description')}
        above={<Link to="/sla">{t('sla.relationship.back')}</Link>}
      />
      <ErrorSummary error={error} />
      <p role="status" className={message ? 'notice notice--success' : 'visually-hidden'}>
        {message}
      </p>
      {created && <SecretCard token={created} onDone={() => setCreated(null)} />}
      <Card title={t('sla.integrations.tokens')}>
        <LoadState isLoading={tokens.isLoading && !tokens.data} error={tokens.error} />
        {tokens.data && tokens.data.length === 0 && <p className="muted sla-intro">{t('sla.integrations.none')}</p>}
        {tokens.data && tokens.data.length > 0 && (
          <div className="table-wrap">
            <table className="table" data-testid="integration-tokens">
              <caption className="table__caption">{t('sla.integrations.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sla.integrations.name')}</th>
                  <th scope="col">{t('sla.integrations.scope')}</th>
                  <th scope="col">{t('sla.integrations.created')}</th>
                  <th scope="col">{t('sla.integrations.state')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('sla.integrations.revoke')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.data.map((token) => (
                  <tr key={token.id} className={token.revokedAt ? 'table__row--muted' : undefined}>
                    <th scope="row">{token.name}</th>
                    <td>
                      <ul className="plain-list">
                        {token.objectiveIds.map((id) => (
                          <li key={id}>{objectiveName(id)}</li>
                        ))}
                      </ul>
                    </td>
                    <td>{formatMoment(token.createdAt, i18n.language)}</td>
                    <td>
                      {token.revokedAt
                        ? t('sla.integrations.revokedAt', { date: formatMoment(token.revokedAt, i18n.language) })
                        : t('sla.integrations.active')}
                    </td>
                    <td className="table__actions">
                      {!token.revokedAt && (
                        <ConfirmButton
                          label={t('sla.integrations.revoke')}
                          question={t('sla.integrations.revokeQuestion', { name: token.name })}
                          confirmLabel={t('sla.integrations.revokeYes')}
                          onConfirm={async () => {
                            setError(undefined);
                            try {
                              await revokeToken(token.id);
                              if (created?.id === token.id) setCreated(null);
                              setMessage(t('sla.integrations.revokedNotice', { name: token.name }));
                              tokens.reload();
                            } catch (reason) {
                              setError(reason);
                            }
                          }}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title={t('sla.integrations.create')}>
        <LoadState isLoading={objectives.isLoading && !objectives.data} error={relationships.error ?? objectives.error} />
        {objectives.data && (
          <TokenCreateForm
            objectives={objectives.data}
            relationships={byId}
            onCreated={(token) => {
              setMessage('');
              setCreated(token);
              tokens.reload();
            }}
          />
        )}
      </Card>
      <Card title={t('sla.integrations.usage')}>
        <p className="sla-intro">{t('sla.integrations.usageHint')}</p>
        <code className="sla-code" data-testid="curl-example">
          {curlExample({
            origin: window.location.origin,
            secret: '<secret>',
            objectiveId: objectives.data?.[0]?.objectiveId ?? '<objective id>',
          })}
        </code>
      </Card>
    </>
  );
}

function SecretCard({ token, onDone }: { token: IntegrationToken & { secret: string }; onDone: () => void }) {
  const { t } = useTranslation();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <Card title={t('sla.integrations.secretTitle', { name: token.name })}>
      <p className="notice notice--warning" role="alert">
        {t('sla.integrations.secretHint')}
      </p>
      <div className="field">
        <label className="field__label" htmlFor="integration-secret">
          {t('sla.integrations.secretLabel')}
        </label>
        <input
          id="integration-secret"
          className="input sla-secret"
          readOnly
          value={token.secret}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            // No clipboard (an insecure context) or a refusal: say so, so the secret is copied by hand.
            const copying = navigator.clipboard ? navigator.clipboard.writeText(token.secret) : Promise.reject(new Error('no clipboard'));
            void copying.then(() => setCopyState('copied')).catch(() => setCopyState('failed'));
          }}
        >
          {t('sla.integrations.copy')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('common.close')}
        </button>
        <span role="status">
          {copyState === 'copied' ? t('sla.integrations.copied') : copyState === 'failed' ? t('sla.integrations.copyFailed') : ''}
        </span>
      </div>
      <code className="sla-code">
        {curlExample({ origin: window.location.origin, secret: token.secret, objectiveId: token.objectiveIds[0] ?? '' })}
      </code>
    </Card>
  );
}
