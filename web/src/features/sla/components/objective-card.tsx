import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { dimensionLabel } from '../../results/format';
import type { RelationshipSide } from '../../relationships/relationship-access';
import { fetchCompliance, proposeChange, type SlaObjective } from '../api';
import { trendSentence } from '../compliance-text';
import { formatCalendarDate, formatMoment } from '../../../shared/dates';
import { describeTerms, dimensionsOf } from '../terms';
import { ComplianceTable } from './compliance-table';
import { MeasurementsSection } from './measurements-section';
import { ProposalPanel } from './proposal-panel';
import { TermsForm } from './terms-form';
import { VersionHistory } from './version-history';

interface ObjectiveCardProps {
  objective: SlaObjective;
  sides: readonly RelationshipSide[];
  nameOf: (accountId: string) => string;
  onChanged: () => void;
}

/** One objective: agreed terms, pending proposal, change form, compliance by period, measurements and history. */
export function ObjectiveCard({ objective, sides, nameOf, onChanged }: ObjectiveCardProps) {
  const { t, i18n } = useTranslation();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [isChanging, setIsChanging] = useState(false);
  const { current, proposal } = objective;
  const shown = current ?? proposal ?? objective.versions.at(-1);
  const compliance = useResource(
    (signal) => (current ? fetchCompliance(objective.objectiveId, {}, signal) : Promise.resolve(null)),
    [objective.objectiveId, current?.id],
  );
  if (!shown) return null;
  const canWrite = sides.length > 0;

  return (
    <Card title={shown.name}>
      <ErrorSummary error={error} />
      <p role="status" className={message ? 'notice notice--success' : 'visually-hidden'}>
        {message}
      </p>
      {current ? (
        <>
          <p className="sla-sentence">
            <strong>{describeTerms(t, current, i18n.language)}</strong>
          </p>
          <dl className="sla-terms">
            <dt>{t('sla.objective.current')}</dt>
            <dd>
              {t('sla.objective.version', { version: current.version })}, {t('sla.versionStatus.agreed')}{' '}
              {current.agreedBy ? formatMoment(current.agreedBy.at, i18n.language) : ''}
            </dd>
            <dt>{t('sla.objective.validFrom')}</dt>
            <dd>{formatCalendarDate(current.validFrom, i18n.language)}</dd>
            <dt>{t('sla.objective.dimensions')}</dt>
            <dd>
              {dimensionsOf(current)
                .map((dimension) => dimensionLabel(t, dimension))
                .join(', ') || '–'}
            </dd>
          </dl>
        </>
      ) : (
        <p className="muted">{t('sla.objective.noCurrent')}</p>
      )}
      {proposal && (
        <ProposalPanel
          proposal={proposal}
          sides={sides}
          nameOf={nameOf}
          onDecided={(_objective, text) => {
            setError(undefined);
            setMessage(text);
            onChanged();
          }}
          onError={setError}
        />
      )}
      {current && !proposal && canWrite && (
        <details className="sla-change" open={isChanging} onToggle={(event) => setIsChanging(event.currentTarget.open)}>
          <summary>{t('sla.objective.proposeChange')}</summary>
          {isChanging && (
            <TermsForm
              current={current}
              sides={sides}
              onCancel={() => setIsChanging(false)}
              onSubmit={async ({ side, terms, validFrom }) => {
                await proposeChange(objective.objectiveId, { side, terms, validFrom: validFrom ?? '' });
                setIsChanging(false);
                setMessage(t('sla.objective.changeProposed'));
                onChanged();
              }}
            />
          )}
        </details>
      )}
      {current && (
        <>
          <h3 className="sla-subheading">{t('sla.compliance.title')}</h3>
          <LoadState isLoading={compliance.isLoading && !compliance.data} error={compliance.error} />
          {compliance.data && (
            <>
              <p className="sla-trend">{trendSentence(t, compliance.data.trend)}</p>
              <ComplianceTable name={current.name} periods={compliance.data.periods} terms={current} versions={objective.versions} />
            </>
          )}
          <MeasurementsSection objectiveId={objective.objectiveId} terms={current} canRecord={canWrite} onRecorded={compliance.reload} />
        </>
      )}
      <h3 className="sla-subheading">{t('sla.objective.history')}</h3>
      <VersionHistory versions={objective.versions} nameOf={nameOf} />
    </Card>
  );
}
