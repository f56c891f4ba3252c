import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../shared/api-client';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { TextField } from '../../../shared/ui/field';
import type { Questionnaire } from '../../questionnaires/api';
import type { RelationshipView } from '../../relationships/api';
import { changeWaveStatus, createWave } from '../api';
import { buildScope, localInputToIso } from '../wave-form';
import { ChoiceGroup } from './choice-group';
import { ScopeFields, type ScopeState } from './scope-fields';
import { defaultVersionId, VersionSelect } from './version-select';

type Opening = 'now' | 'scheduled' | 'manual';

/** What the detail page shows after creating: the wave opened, or why it could not. */
export interface CreatedState {
  notice?: 'opened';
  openError?: string;
}

interface WaveCreateFormProps {
  questionnaires: Questionnaire[];
  relationships: RelationshipView[];
}

/** A new wave: name, questionnaire version, scope, opening (now, scheduled or by hand) and close time. */
export function WaveCreateForm({ questionnaires, relationships }: WaveCreateFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [versionId, setVersionId] = useState(() => defaultVersionId(questionnaires));
  const [scope, setScope] = useState<ScopeState>({ isAll: true, providerIds: [], customerIds: [] });
  const [opening, setOpening] = useState<Opening>('now');
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    let createdId: string | undefined;
    try {
      const created = await createWave({
        name: name.trim(),
        questionnaireVersionId: versionId,
        scope: buildScope(scope.isAll, scope.providerIds, scope.customerIds),
        opensAt: opening === 'scheduled' ? localInputToIso(opensAt) : null,
        closesAt: localInputToIso(closesAt),
      });
      createdId = created.id;
      const state: CreatedState = {};
      if (opening === 'now') {
        try {
          await changeWaveStatus(created.id, 'open');
          state.notice = 'opened';
        } catch (reason) {
          // The draft exists; its page says why it did not open.
          state.openError = reason instanceof ApiError ? (reason.problem.detail ?? reason.message) : t('errors.unexpected');
        }
      }
      await navigate(`/waves/${created.id}`, { state });
    } catch (reason) {
      if (createdId === undefined) setError(reason);
      setIsBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit}>
      <ErrorSummary error={error} />
      <TextField label={t('waves.name')} required maxLength={160} value={name} onChange={(event) => setName(event.target.value)} />
      <VersionSelect questionnaires={questionnaires} value={versionId} onChange={setVersionId} />
      <ScopeFields relationships={relationships} value={scope} onChange={setScope} />
      <ChoiceGroup
        legend={t('waves.opening')}
        name="opening"
        value={opening}
        options={[
          { value: 'now', label: t('waves.openNow') },
          { value: 'scheduled', label: t('waves.openScheduled') },
          { value: 'manual', label: t('waves.openByHand') },
        ]}
        onChange={setOpening}
      >
        {opening === 'scheduled' && (
          <TextField
            label={t('waves.opensAt')}
            hint={t('waves.opensAtHint')}
            type="datetime-local"
            required
            value={opensAt}
            onChange={(event) => setOpensAt(event.target.value)}
          />
        )}
      </ChoiceGroup>
      <TextField
        label={t('waves.closesAt')}
        hint={t('waves.closesAtHint')}
        type="datetime-local"
        value={closesAt}
        onChange={(event) => setClosesAt(event.target.value)}
      />
      <button type="submit" className="button button--primary" disabled={isBusy || name.trim() === '' || versionId === ''}>
        {isBusy ? t('waves.creating') : t('waves.create')}
      </button>
    </form>
  );
}
