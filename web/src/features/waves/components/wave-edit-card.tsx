import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { TextField } from '../../../shared/ui/field';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchQuestionnaires } from '../../questionnaires/api';
import { fetchRelationships } from '../../relationships/api';
import { updateWave, type WaveDetail, type WaveInput } from '../api';
import { buildScope, isoToLocalInput, localInputToIso } from '../wave-form';
import { ScopeFields, type ScopeState } from './scope-fields';
import { VersionSelect } from './version-select';

/** Changes what the wave's state allows: everything in a draft, the name and close time while open. */
export function WaveEditCard({ wave, onSaved }: { wave: WaveDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const isDraft = wave.status === 'draft';
  const questionnaires = useResource((signal) => (isDraft ? fetchQuestionnaires(signal) : Promise.resolve([])), [isDraft]);
  const relationships = useResource((signal) => (isDraft ? fetchRelationships(signal) : Promise.resolve([])), [isDraft]);
  const [name, setName] = useState(wave.name);
  const [versionId, setVersionId] = useState(wave.questionnaireVersionId);
  const [scope, setScope] = useState<ScopeState>({
    isAll: wave.scope.providerUnitIds === null && wave.scope.customerUnitIds === null,
    providerIds: wave.scope.providerUnitIds ?? [],
    customerIds: wave.scope.customerUnitIds ?? [],
  });
  const [opensAt, setOpensAt] = useState(isoToLocalInput(wave.opensAt));
  const [closesAt, setClosesAt] = useState(isoToLocalInput(wave.closesAt));
  const [error, setError] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    setMessage('');
    // Times go back only when edited: the inputs hold minutes, the wave may hold seconds.
    const changes: Partial<WaveInput> = { name: name.trim() };
    if (closesAt !== isoToLocalInput(wave.closesAt)) changes.closesAt = localInputToIso(closesAt);
    if (isDraft) {
      changes.questionnaireVersionId = versionId;
      changes.scope = buildScope(scope.isAll, scope.providerIds, scope.customerIds);
      if (opensAt !== isoToLocalInput(wave.opensAt)) changes.opensAt = localInputToIso(opensAt);
    }
    try {
      await updateWave(wave.id, changes);
      setMessage(t('waves.saved'));
      onSaved();
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <Card title={t('waves.edit')}>
      {!isDraft && <p className="muted">{t('waves.editOpenHint')}</p>}
      <LoadState isLoading={questionnaires.isLoading || relationships.isLoading} error={questionnaires.error ?? relationships.error} />
      {questionnaires.data && relationships.data && (
        <form className="form" onSubmit={handleSubmit}>
          <ErrorSummary error={error} />
          <TextField label={t('waves.name')} required maxLength={160} value={name} onChange={(event) => setName(event.target.value)} />
          {isDraft && (
            <>
              <VersionSelect questionnaires={questionnaires.data} value={versionId} onChange={setVersionId} />
              <ScopeFields relationships={relationships.data} value={scope} onChange={setScope} />
              <TextField
                label={t('waves.opensAt')}
                hint={t('waves.opensAtHint')}
                type="datetime-local"
                value={opensAt}
                onChange={(event) => setOpensAt(event.target.value)}
              />
            </>
          )}
          <TextField
            label={t('waves.closesAt')}
            hint={t('waves.closesAtHint')}
            type="datetime-local"
            value={closesAt}
            onChange={(event) => setClosesAt(event.target.value)}
          />
          <button type="submit" className="button button--primary" disabled={isBusy || name.trim() === ''}>
            {t('waves.save')}
          </button>
          <p role="status" className="muted">
            {message}
          </p>
        </form>
      )}
    </Card>
  );
}
