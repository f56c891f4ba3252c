import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../shared/api-client';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { SelectField } from '../../../shared/ui/field';
import type { ResultWave } from '../../results/api';
import type { RelationshipView } from '../../relationships/api';
import { RELATIONSHIP_SIDES, type RelationshipSide } from '../../relationships/relationship-access';
import { relationshipLabel } from '../../relationships/relationship-label';
import { startRetrospective, type Retrospective } from '../api';
import { findExisting } from '../retrospective-view';

interface RetrospectiveStartFormProps {
  /** The relationships the viewer may start one of. */
  relationships: RelationshipView[];
  /** Closed waves, newest first. */
  waves: ResultWave[];
  /** Admins name the side they act for. */
  isAdmin: boolean;
  /** The retrospectives already known, to point to one that exists. */
  known: Retrospective[];
  initialRelationshipId?: string;
}

/** Relationship, closed wave (the latest by default) and, for admins, the side; opens the new retrospective. */
export function RetrospectiveStartForm({ relationships, waves, isAdmin, known, initialRelationshipId }: RetrospectiveStartFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [relationshipId, setRelationshipId] = useState(() =>
    relationships.some((relationship) => relationship.id === initialRelationshipId) ? (initialRelationshipId ?? '') : '',
  );
  const [waveId, setWaveId] = useState(waves[0]?.id ?? '');
  const [side, setSide] = useState<RelationshipSide>('provider');
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const existing = findExisting(known, relationshipId, waveId);

  if (waves.length === 0) return <p className="muted">{t('retrospectives.noClosedWaves')}</p>;
  if (relationships.length === 0) return <p className="muted">{t('retrospectives.noRelationships')}</p>;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      const created = await startRetrospective({ relationshipId, waveId, ...(isAdmin ? { side } : {}) });
      await navigate(`/retrospectives/${created.id}`);
    } catch (reason) {
      setError(reason);
      setIsBusy(false);
    }
  }

  const isConflict = error instanceof ApiError && error.status === 409;
  return (
    <form className="form" onSubmit={handleSubmit}>
      <p className="muted retro-start-hint">{t('retrospectives.startHint')}</p>
      <ErrorSummary error={error} />
      <SelectField
        label={t('retrospectives.relationship')}
        required
        value={relationshipId}
        onChange={(event) => setRelationshipId(event.target.value)}
      >
        <option value="">{t('retrospectives.chooseRelationship')}</option>
        {relationships.map((relationship) => (
          <option key={relationship.id} value={relationship.id}>
            {relationshipLabel(relationship)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('retrospectives.closedWave')} required value={waveId} onChange={(event) => setWaveId(event.target.value)}>
        {waves.map((wave) => (
          <option key={wave.id} value={wave.id}>
            {wave.name}
          </option>
        ))}
      </SelectField>
      {isAdmin && (
        <SelectField
          label={t('retrospectives.side')}
          hint={t('retrospectives.sideHint')}
          value={side}
          onChange={(event) => setSide(event.target.value as RelationshipSide)}
        >
          {RELATIONSHIP_SIDES.map((each) => (
            <option key={each} value={each}>
              {t(`retrospectives.sides.${each}`)}
            </option>
          ))}
        </SelectField>
      )}
      {existing && (
        <p className="notice">
          {t('retrospectives.exists')} <Link to={`/retrospectives/${existing.id}`}>{t('retrospectives.openExisting')}</Link>
        </p>
      )}
      {isConflict && !existing && <p className="notice">{t('retrospectives.exists')}</p>}
      <div>
        <button
          type="submit"
          className="button button--primary"
          disabled={isBusy || relationshipId === '' || waveId === '' || existing !== undefined}
        >
          {isBusy ? t('retrospectives.starting') : t('retrospectives.start')}
        </button>
      </div>
    </form>
  );
}
