import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import type { ProviderReport } from '../api';
import { COMMENT_TOPICS, groupComments } from '../provider-model';

/** The customers' comments sorted into keep, start and stop, each with the group it comes from. */
export function CommentsSection({ report }: { report: ProviderReport }) {
  const { t } = useTranslation();
  const groups = groupComments(report.comments);
  return (
    <Card title={t('results.provider.comments')}>
      <p className="muted">{t('results.provider.commentsHint', { k: report.thresholds.kComments })}</p>
      <div className="comment-topics">
        {COMMENT_TOPICS.map((topic) => (
          <section key={topic} className="comment-topic" aria-labelledby={`comments-${topic}`} data-testid={`comments-${topic}`}>
            <h3 id={`comments-${topic}`} className="comment-topic__title">
              {t(`results.topics.${topic}`)}{' '}
              <span className="muted">({groups[topic].reduce((sum, comment) => sum + comment.count, 0)})</span>
            </h3>
            {groups[topic].length === 0 ? (
              <p className="muted">{t('results.provider.noComments')}</p>
            ) : (
              <ul className="comment-list">
                {groups[topic].map((comment) => (
                  <li key={`${comment.group ?? ''}|${comment.text}`} className="comment">
                    <p className="comment__text">{comment.text}</p>
                    <p className="comment__group">
                      {comment.group ?? t('results.allCustomers')}
                      {comment.count > 1 && <> · {t('results.provider.timesGiven', { count: comment.count })}</>}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </Card>
  );
}
