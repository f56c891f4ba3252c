import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchQuestionnaires } from '../../questionnaires/api';
import { fetchRelationships } from '../../relationships/api';
import { fetchWaves } from '../api';
import { WaveCreateForm } from './wave-create-form';
import { WaveStatusBadge, WaveTime } from './wave-status-badge';
import '../waves.css';

/** Every wave with its state and schedule, and a form for a new one. */
export function WavesPage() {
  const { t } = useTranslation();
  const waves = useResource((signal) => fetchWaves(signal), []);
  const questionnaires = useResource((signal) => fetchQuestionnaires(signal), []);
  const relationships = useResource((signal) => fetchRelationships(signal), []);
  return (
    <>
      <PageHeader title={t('waves.title')} description={t('waves.description')} />
      <div className="columns">
        <Card title={t('waves.list')}>
          <LoadState isLoading={waves.isLoading && !waves.data} error={waves.error} />
          {waves.data && waves.data.length === 0 && <p className="muted">{t('waves.empty')}</p>}
          {waves.data && waves.data.length > 0 && (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('waves.name')}</th>
                    <th scope="col">{t('waves.status')}</th>
                    <th scope="col">{t('waves.questionnaire')}</th>
                    <th scope="col">{t('waves.opens')}</th>
                    <th scope="col">{t('waves.closes')}</th>
                    <th scope="col" className="table__number">
                      {t('waves.invited')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {waves.data.map((wave) => (
                    <tr key={wave.id}>
                      <th scope="row">
                        <Link to={`/waves/${wave.id}`}>{wave.name}</Link>
                      </th>
                      <td>
                        <WaveStatusBadge status={wave.status} />
                      </td>
                      <td>{t('questionnaires.versionOf', { name: wave.questionnaire.name, number: wave.questionnaire.versionNumber })}</td>
                      <td>
                        <WaveTime iso={wave.opensAt} />
                      </td>
                      <td>
                        <WaveTime iso={wave.closesAt} />
                      </td>
                      <td className="table__number">{wave.invited}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <Card title={t('waves.createTitle')}>
          <LoadState
            isLoading={(questionnaires.isLoading && !questionnaires.data) || (relationships.isLoading && !relationships.data)}
            error={questionnaires.error ?? relationships.error}
          />
          {questionnaires.data && relationships.data && (
            <WaveCreateForm questionnaires={questionnaires.data} relationships={relationships.data} />
          )}
        </Card>
      </div>
    </>
  );
}
