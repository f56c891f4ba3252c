import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchRelationships } from '../../relationships/api';
import { useSession } from '../../session/session-context';
import { fetchRelationshipObjectives, proposeObjective } from '../api';
import { unitName } from '../../relationships/relationship-label';
import { retrospectivesHref } from '../links';
import { actingSides } from '../proposal-actions';
import { useAccountNames } from '../../accounts/use-account-names';
import { ObjectiveCard } from './objective-card';
import { PerceptionSection } from './perception-section';
import { TermsForm } from './terms-form';
import '../sla.css';

/** The SLAs of one relationship: each objective, a form to propose one, and the SLA beside perception. */
export function RelationshipSlaPage() {
  const { t } = useTranslation();
  const { relationshipId = '' } = useParams();
  const { account } = useSession();
  const relationships = useResource((signal) => fetchRelationships(signal), []);
  const objectives = useResource(
    async (signal) => ({ relationshipId, objectives: await fetchRelationshipObjectives(relationshipId, signal) }),
    [relationshipId],
  );
  // useResource keeps the previous answer while the next loads: show only this relationship's objectives.
  const loaded = objectives.data?.relationshipId === relationshipId ? objectives.data.objectives : undefined;
  const { accountName } = useAccountNames();
  const nameOf = (accountId: string) => accountName(accountId) ?? t('sla.someone');
  const [message, setMessage] = useState('');
  // Counts agreements, proposals and changes: the SLA beside perception is loaded again after each.
  const [changes, setChanges] = useState(0);
  const changed = () => {
    objectives.reload();
    setChanges((count) => count + 1);
  };
  const relationship = relationships.data?.find((entry) => entry.id === relationshipId);
  const sides = actingSides(account, relationship);
  const back = <Link to="/sla">{t('sla.relationship.back')}</Link>;

  if (!relationship) {
    return (
      <>
        <PageHeader title={t('sla.overview.title')} above={back} />
        <LoadState isLoading={relationships.isLoading} error={relationships.error} />
        {relationships.data && <p className="notice">{t('sla.relationship.notFound')}</p>}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('sla.relationship.title', {
          provider: unitName(relationship.providerPath),
          customer: unitName(relationship.customerPath),
        })}
        above={back}
        description={t('sla.relationship.description')}
      />
      <nav
        className="sla-links"
        aria-label={t('sla.relationship.title', {
          provider: unitName(relationship.providerPath),
          customer: unitName(relationship.customerPath),
        })}
      >
        <Link to={retrospectivesHref(relationship.id)}>{t('sla.relationship.retrospectives')}</Link>
        <Link to="/actions">{t('sla.relationship.actions')}</Link>
      </nav>
      {sides.length === 0 && <p className="notice">{t('sla.relationship.readOnly')}</p>}
      <p role="status" className={message ? 'notice notice--success' : 'visually-hidden'}>
        {message}
      </p>
      <LoadState isLoading={objectives.isLoading && !loaded} error={objectives.error} />
      {loaded?.length === 0 && <p className="muted">{t('sla.relationship.none')}</p>}
      <div className="sla-stack">
        {(loaded ?? []).map((objective) => (
          <ObjectiveCard key={objective.objectiveId} objective={objective} sides={sides} nameOf={nameOf} onChanged={changed} />
        ))}
        {sides.length > 0 && (
          <Card title={t('sla.form.proposeTitle')}>
            <p className="field__hint">{t('sla.form.proposeHint')}</p>
            <TermsForm
              sides={sides}
              onSubmit={async ({ side, terms, validFrom }) => {
                await proposeObjective(relationship.id, { side, terms, validFrom });
                setMessage(t('sla.form.proposed'));
                changed();
              }}
            />
          </Card>
        )}
        <PerceptionSection relationshipId={relationship.id} refreshKey={changes} />
      </div>
    </>
  );
}
