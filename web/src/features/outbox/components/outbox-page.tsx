import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../../shared/dates';
import { Card } from '../../../shared/ui/card';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { SelectField } from '../../../shared/ui/field';
import { PageHeader } from '../../../shared/ui/page-header';
import { Pager } from '../../../shared/ui/pager';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchOutbox, retryMail, type OutboxItem, type OutboxStatus } from '../api';
import { splitLinks } from '../link-text';
import '../outbox.css';

const PAGE_SIZE = 25;

/** The mail outbox: counts, mails by status with their last error, retry, and (without SMTP) the mails' text. */
export function OutboxPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const [page, setPage] = useState(1);
  const outbox = useResource(
    (signal) => fetchOutbox({ status: status === '' ? undefined : status, page, pageSize: PAGE_SIZE }, signal),
    [status, page],
  );
  const [error, setError] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');

  async function retry(item: OutboxItem) {
    setError(undefined);
    try {
      await retryMail(item.id);
      setMessage(item.recipient === null ? t('outbox.retriedHidden') : t('outbox.retried', { recipient: item.recipient }));
      outbox.reload();
    } catch (reason) {
      setError(reason);
    }
  }

  const data = outbox.data;
  return (
    <>
      <PageHeader title={t('outbox.title')} description={t('outbox.description')} />
      {data && (
        <p className={data.isSmtpConfigured ? 'notice' : 'notice notice--warning'}>
          {data.isSmtpConfigured ? t('outbox.smtp') : t('outbox.noSmtp')}
        </p>
      )}
      <ErrorSummary error={error} />
      <p role="status" className={message ? 'notice notice--success' : 'visually-hidden'}>
        {message}
      </p>
      <Card>
        <div className="toolbar">
          <SelectField
            label={t('outbox.filter')}
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as OutboxStatus | '');
              setPage(1);
            }}
          >
            <option value="">{t('outbox.all')}</option>
            {(['pending', 'sent', 'failed'] as const).map((option) => (
              <option key={option} value={option}>
                {t(`outbox.statuses.${option}`)}
              </option>
            ))}
          </SelectField>
          {data && (
            <dl className="summary-list" aria-label={t('outbox.counts')}>
              {(['pending', 'sent', 'failed'] as const).map((option) => (
                <div key={option} className="summary-list__item">
                  <dt>{t(`outbox.statuses.${option}`)}</dt>
                  <dd>{data.counts[option]}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
        <LoadState isLoading={outbox.isLoading && !data} error={outbox.error} />
        {data && data.items.length === 0 && <p className="muted">{t('outbox.empty')}</p>}
        {data && data.items.length > 0 && (
          <>
            <p className="muted">{t('outbox.total', { count: data.total })}</p>
            <ul className="mail-list">
              {data.items.map((item) => (
                <MailEntry key={item.id} item={item} onRetry={() => void retry(item)} />
              ))}
            </ul>
            <Pager page={page} pageCount={Math.ceil(data.total / PAGE_SIZE)} onPageChange={setPage} label={t('outbox.paging')} />
          </>
        )}
      </Card>
    </>
  );
}

const badgeOf: Record<OutboxStatus, string> = { pending: 'badge--update', sent: 'badge--success', failed: 'badge--danger' };

function MailEntry({ item, onRetry }: { item: OutboxItem; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const kind = item.kind === 'invitation' || item.kind === 'reminder' ? t(`outbox.kinds.${item.kind}`) : item.kind;
  return (
    <li className="mail">
      <div className="mail__header">
        <span className={`badge ${badgeOf[item.status]}`}>{t(`outbox.statuses.${item.status}`)}</span>
        <span className="mail__subject">{item.subject ?? kind}</span>
      </div>
      <dl className="mail__meta">
        <div>
          <dt>{t('outbox.recipient')}</dt>
          <dd>{item.recipient ?? <em>{t('outbox.recipientHidden')}</em>}</dd>
        </div>
        <div>
          <dt>{t('outbox.kind')}</dt>
          <dd>{kind}</dd>
        </div>
        <div>
          <dt>{t('outbox.created')}</dt>
          <dd>
            <time dateTime={item.createdAt}>{formatMoment(item.createdAt, language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('outbox.attempts')}</dt>
          <dd>{item.attempts}</dd>
        </div>
      </dl>
      {item.lastError && (
        <p className="mail__error">
          <strong>{t('outbox.lastError')}:</strong> {item.lastError}
        </p>
      )}
      {item.status === 'failed' && (
        <div>
          <button
            type="button"
            className="button button--small"
            aria-label={item.recipient === null ? t('outbox.retryHidden') : t('outbox.retryNamed', { recipient: item.recipient })}
            onClick={onRetry}
          >
            {t('outbox.retry')}
          </button>
        </div>
      )}
      {item.bodyText && (
        <details className="mail__body">
          <summary>{t('outbox.showMail')}</summary>
          <pre className="mail__text">
            {splitLinks(item.bodyText).map((segment, index) =>
              segment.kind === 'link' ? (
                <a key={index} href={segment.href} target="_blank" rel="noreferrer noopener">
                  {segment.href}
                </a>
              ) : (
                <span key={index}>{segment.text}</span>
              ),
            )}
          </pre>
        </details>
      )}
    </li>
  );
}
