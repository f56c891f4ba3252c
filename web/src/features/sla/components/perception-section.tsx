import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { dimensionLabel, formatMean } from '../../results/format';
import { inLanguage } from '../../../i18n/bilingual';
import { fetchPerception, type PerceptionObjective } from '../api';
import { ComplianceStatusText, FlagText } from './status-text';

/**
 * SLA compliance beside the perceived quality, per closed wave, with what each verdict means.
 * Loaded again whenever `refreshKey` changes: the page counts the SLAs proposed, agreed or
 * changed on it.
 */
export function PerceptionSection({ relationshipId, refreshKey }: { relationshipId: string; refreshKey: number }) {
  const { t, i18n } = useTranslation();
  const perception = useResource((signal) => fetchPerception(relationshipId, signal), [relationshipId, refreshKey]);
  const waves = (perception.data?.waves ?? []).filter((entry) => entry.objectives.length > 0);
  const threshold = waves[0]?.objectives[0]?.comparison.threshold ?? 3.5;
  return (
    <Card title={t('sla.perception.title')}>
      <p className="sla-intro">{t('sla.perception.description', { threshold: formatMean(threshold, i18n.language) })}</p>
      <LoadState isLoading={perception.isLoading && !perception.data} error={perception.error} />
      {perception.data && waves.length === 0 && <p className="muted">{t('sla.perception.none')}</p>}
      {waves.map(({ wave, objectives }) => (
        <section key={wave.id} aria-labelledby={`wave-${wave.id}`}>
          <h3 id={`wave-${wave.id}`} className="sla-subheading">
            {t('sla.perception.wave', { name: wave.name })}
          </h3>
          <div className="table-wrap">
            <table className="table" data-testid="sla-perception">
              <caption className="table__caption">{t('sla.perception.caption', { wave: wave.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sla.perception.objective')}</th>
                  <th scope="col">{t('sla.perception.sla')}</th>
                  <th scope="col">{t('sla.perception.perceivedHeader')}</th>
                  <th scope="col">{t('sla.perception.flag')}</th>
                </tr>
              </thead>
              <tbody>
                {objectives.map((entry) => (
                  <tr key={entry.objectiveId}>
                    <th scope="row">{entry.name}</th>
                    <td>
                      {entry.compliance.period.label}:{' '}
                      <ComplianceStatusText status={entry.compliance.status} isRunning={entry.compliance.isRunning} />
                    </td>
                    <td>
                      <Perceived entry={entry} />
                    </td>
                    <td>
                      <FlagText flag={entry.comparison.flag} label={inLanguage(entry.explanation.title, i18n.language)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <dl className="sla-explanation">
            {explanationsOf(objectives).map(({ entry, names }) => (
              <div key={entry.comparison.flag}>
                <dt>
                  <FlagText flag={entry.comparison.flag} label={inLanguage(entry.explanation.title, i18n.language)} />{' '}
                  <span className="muted">{t('sla.perception.concerns', { names: names.join(', ') })}</span>
                </dt>
                <dd>
                  <strong>{t('sla.perception.meaning')}:</strong> {inLanguage(entry.explanation.meaning, i18n.language)}
                </dd>
                <dd>
                  <strong>{t('sla.perception.advice')}:</strong> {inLanguage(entry.explanation.advice, i18n.language)}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Card>
  );
}

function Perceived({ entry }: { entry: PerceptionObjective }) {
  const { t, i18n } = useTranslation();
  const { comparison } = entry;
  if (comparison.perceptionMean === null) return <span className="muted">{t('sla.perception.noPerception')}</span>;
  const dimensions = comparison.perceptions
    .map((perception) => `${dimensionLabel(t, perception.dimension)} ${formatMean(perception.mean, i18n.language)}`)
    .join(', ');
  return (
    <>
      <strong>{formatMean(comparison.perceptionMean, i18n.language)}</strong>
      <br />
      <span className="muted">{dimensions}</span>
    </>
  );
}

/** Each verdict of a wave once, with the objectives it concerns. */
function explanationsOf(objectives: PerceptionObjective[]): { entry: PerceptionObjective; names: string[] }[] {
  const byFlag = new Map<string, { entry: PerceptionObjective; names: string[] }>();
  for (const entry of objectives) {
    const group = byFlag.get(entry.comparison.flag) ?? { entry, names: [] };
    group.names.push(entry.name);
    byFlag.set(entry.comparison.flag, group);
  }
  return [...byFlag.values()];
}
