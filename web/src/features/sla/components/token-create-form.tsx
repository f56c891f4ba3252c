import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { TextField } from '../../../shared/ui/field';
import type { RelationshipView } from '../../relationships/api';
import { createToken, type IntegrationToken, type SlaObjective } from '../api';
import { relationshipLabel } from '../../relationships/relationship-label';

interface TokenCreateFormProps {
  objectives: SlaObjective[];
  relationships: ReadonlyMap<string, RelationshipView>;
  onCreated: (token: IntegrationToken & { secret: string }) => void;
}

/** A new token: its name and the objectives it may write, grouped by relationship. */
export function TokenCreateForm({ objectives, relationships, onCreated }: TokenCreateFormProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const groups = groupByRelationship(objectives, relationships);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      const token = await createToken({ name: name.trim(), objectiveIds: chosen });
      setName('');
      setChosen([]);
      onCreated(token);
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  const toggle = (id: string, isChecked: boolean) =>
    setChosen((previous) => (isChecked ? [...previous, id] : previous.filter((value) => value !== id)));
  return (
    <form className="form" onSubmit={handleSubmit}>
      <ErrorSummary error={error} />
      <TextField
        label={t('sla.integrations.name')}
        hint={t('sla.integrations.nameHint')}
        required
        maxLength={100}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <fieldset className="sla-fieldset">
        <legend>{t('sla.integrations.objectives')}</legend>
        {groups.length === 0 && <p className="muted">{t('sla.integrations.noObjectives')}</p>}
        {groups.map((group) => (
          <fieldset key={group.relationshipId} className="sla-fieldset">
            <legend>{group.label}</legend>
            {group.objectives.map((objective) => (
              <div key={objective.id} className="field field--checkbox">
                <input
                  id={`${idPrefix}-${objective.id}`}
                  type="checkbox"
                  checked={chosen.includes(objective.id)}
                  onChange={(event) => toggle(objective.id, event.target.checked)}
                />
                <label htmlFor={`${idPrefix}-${objective.id}`}>{objective.name}</label>
              </div>
            ))}
          </fieldset>
        ))}
      </fieldset>
      {chosen.length === 0 && <p className="field__hint">{t('sla.integrations.pickObjective')}</p>}
      <button type="submit" className="button button--primary" disabled={isBusy || name.trim() === '' || chosen.length === 0}>
        {isBusy ? t('sla.integrations.busy') : t('sla.integrations.submit')}
      </button>
    </form>
  );
}

interface ObjectiveGroup {
  relationshipId: string;
  label: string;
  objectives: { id: string; name: string }[];
}

/** Objectives grouped by relationship ("Provider → Customer"), sorted by label and name. */
export function groupByRelationship(objectives: SlaObjective[], relationships: ReadonlyMap<string, RelationshipView>): ObjectiveGroup[] {
  const groups = new Map<string, ObjectiveGroup>();
  for (const objective of objectives) {
    const shown = objective.current ?? objective.proposal ?? objective.versions.at(-1);
    if (!shown) continue;
    const relationship = relationships.get(objective.relationshipId);
    const label = relationship ? relationshipLabel(relationship) : objective.relationshipId;
    const group = groups.get(objective.relationshipId) ?? { relationshipId: objective.relationshipId, label, objectives: [] };
    group.objectives.push({ id: objective.objectiveId, name: shown.name });
    groups.set(objective.relationshipId, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.label.localeCompare(b.label));
  for (const group of sorted) group.objectives.sort((a, b) => a.name.localeCompare(b.name));
  return sorted;
}
