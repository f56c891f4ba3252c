import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { TextField } from '../../../shared/ui/field';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { createQuestionnaire, fetchQuestionnaires, type Questionnaire } from '../api';
import { VersionBadge } from './version-badge';

/** Questionnaires with their versions, and a form for a new one. */
export function QuestionnairesPage() {
  const { t } = useTranslation();
  const questionnaires = useResource((signal) => fetchQuestionnaires(signal), []);
  return (
    <>
      <PageHeader title={t('questionnaires.title')} description={t('questionnaires.description')} />
      <LoadState isLoading={questionnaires.isLoading && !questionnaires.data} error={questionnaires.error} />
      {questionnaires.data && (
        <div className="columns">
          <Card title={t('questionnaires.list')}>
            {questionnaires.data.map((questionnaire) => (
              <QuestionnaireVersions key={questionnaire.id} questionnaire={questionnaire} />
            ))}
          </Card>
          <Card title={t('questionnaires.createTitle')}>
            <QuestionnaireCreateForm />
          </Card>
        </div>
      )}
    </>
  );
}

function QuestionnaireVersions({ questionnaire }: { questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const versions = [...questionnaire.versions].reverse();
  return (
    <section className="questionnaire-list__entry" aria-labelledby={`questionnaire-${questionnaire.id}`}>
      <h3 id={`questionnaire-${questionnaire.id}`} className="questionnaire-list__name">
        {questionnaire.name}
      </h3>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('questionnaires.versions')}</th>
              <th scope="col">{t('waves.status')}</th>
              <th scope="col" className="table__number">
                {t('questionnaires.items')}
              </th>
              <th scope="col">{t('waves.nav')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => {
              const names = { name: questionnaire.name, number: version.number };
              return (
                <tr key={version.id}>
                  <th scope="row">{t('questionnaires.version', { number: version.number })}</th>
                  <td>
                    <VersionBadge status={version.status} />
                  </td>
                  <td className="table__number">{version.itemCount}</td>
                  <td>
                    {version.waves.length === 0 ? (
                      <span className="muted">{t('questionnaires.notUsed')}</span>
                    ) : (
                      version.waves.map((wave, index) => (
                        <span key={wave.id}>
                          {index > 0 && ', '}
                          <Link to={`/waves/${wave.id}`}>{wave.name}</Link>
                        </span>
                      ))
                    )}
                  </td>
                  <td className="table__actions">
                    <Link
                      className="button button--small"
                      to={`/questionnaires/${questionnaire.id}/versions/${version.id}`}
                      aria-label={version.status === 'draft' ? t('questionnaires.editNamed', names) : t('questionnaires.viewNamed', names)}
                    >
                      {version.status === 'draft' ? t('questionnaires.editDraft') : t('questionnaires.view')}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function QuestionnaireCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      const created = await createQuestionnaire(name.trim());
      const draft = created.versions.at(-1);
      if (draft) await navigate(`/questionnaires/${created.id}/versions/${draft.id}`);
    } catch (reason) {
      setError(reason);
      setIsBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit}>
      <ErrorSummary error={error} />
      <TextField
        label={t('questionnaires.name')}
        hint={t('questionnaires.createHint')}
        required
        maxLength={160}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button button--primary" disabled={isBusy || name.trim() === ''}>
        {t('questionnaires.create')}
      </button>
    </form>
  );
}
