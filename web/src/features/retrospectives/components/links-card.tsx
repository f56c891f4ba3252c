import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { CheckboxField } from '../../../shared/ui/field';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { formatCalendarDate } from '../../../shared/dates';
import { fetchActions, type Action } from '../../actions/api';
import { actionCreateHref, actionHref } from '../../actions/links';
import { fetchRelationshipObjectives } from '../../sla/api';
import { relationshipSlaHref } from '../../sla/links';
import type { Retrospective } from '../api';
import { isSameSet, linkableActions, objectiveName, resolveLinks, toggleId } from '../retrospective-view';

interface LinksCardProps {
  retrospective: Retrospective;
  relationship: { id: string; providerUnitId: string; customerUnitId: string };
  /** The unit whose actions the viewer may list (their own as a lead, else the provider). */
  actionUnitId: string;
  canEdit: boolean;
  onSave: (links: { actionIds: string[]; slaObjectiveIds: string[] }) => Promise<void>;
}

/** The linked actions and SLA objectives, and (for those who may) checkboxes to change them. */
export function LinksCard({ retrospective, relationship, actionUnitId, canEdit, onSave }: LinksCardProps) {
  const { t, i18n } = useTranslation();
  const actions = useResource(
    async (signal) => (await fetchActions({ unitId: actionUnitId, status: '', isOverdueOnly: false }, signal)).actions,
    [actionUnitId],
  );
  const objectives = useResource((signal) => fetchRelationshipObjectives(relationship.id, signal), [relationship.id]);
  const choosable = linkableActions(actions.data ?? [], relationship.providerUnitId);
  const linkedActions = resolveLinks(retrospective.actionIds, actions.data ?? [], (action) => action.id);
  const linkedObjectives = resolveLinks(retrospective.slaObjectiveIds, objectives.data ?? [], (objective) => objective.objectiveId);
  const slaHref = relationshipSlaHref(relationship.id);

  const actionLabel = (action: Action) =>
    `${action.title} (${t(`retrospectives.actionStatuses.${action.status}`)}, ${t('retrospectives.due', {
      date: formatCalendarDate(action.dueDate, i18n.language),
    })}${action.isOverdue ? `, ${t('retrospectives.overdue')}` : ''})`;

  return (
    <Card title={t('retrospectives.links')}>
      <div className="retro-links">
        <section aria-labelledby="retro-linked-actions">
          <h3 id="retro-linked-actions" className="retro-links__title">
            {t('retrospectives.linkedActions')}
          </h3>
          {linkedActions.length === 0 ? (
            <p className="muted">{t('retrospectives.noLinkedActions')}</p>
          ) : (
            <ul className="plain-list retro-links__list">
              {linkedActions.map(({ id, item }) => (
                <li key={id}>
                  <Link to={actionHref(id)}>{item ? actionLabel(item) : t('retrospectives.unknownAction', { id })}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="retro-linked-objectives">
          <h3 id="retro-linked-objectives" className="retro-links__title">
            {t('retrospectives.linkedObjectives')}
          </h3>
          {linkedObjectives.length === 0 ? (
            <p className="muted">{t('retrospectives.noLinkedObjectives')}</p>
          ) : (
            <ul className="plain-list retro-links__list">
              {linkedObjectives.map(({ id, item }) => (
                <li key={id}>
                  <Link to={slaHref}>{item ? objectiveName(item) : t('retrospectives.unknownObjective', { id })}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <p className="button-row">
        <Link to={slaHref}>{t('retrospectives.slaPage')}</Link>
        {canEdit && (
          <Link
            to={actionCreateHref({
              providerUnitId: relationship.providerUnitId,
              customerGroupId: relationship.customerUnitId,
              dimension: null,
              waveId: null,
            })}
          >
            {t('retrospectives.newAction')}
          </Link>
        )}
      </p>
      {canEdit && (
        <>
          <h3 className="retro-links__title">{t('retrospectives.changeLinks')}</h3>
          <LoadState
            isLoading={(actions.isLoading && !actions.data) || (objectives.isLoading && !objectives.data)}
            error={actions.error ?? objectives.error}
          />
          {actions.data && objectives.data && (
            <LinksForm
              key={`${retrospective.actionIds.join()}|${retrospective.slaObjectiveIds.join()}`}
              initial={{ actionIds: retrospective.actionIds, slaObjectiveIds: retrospective.slaObjectiveIds }}
              actions={choosable.map((action) => ({ id: action.id, label: actionLabel(action) }))}
              objectives={objectives.data.map((objective) => ({ id: objective.objectiveId, label: objectiveName(objective) }))}
              onSave={onSave}
            />
          )}
        </>
      )}
    </Card>
  );
}

interface Choice {
  id: string;
  label: string;
}

interface LinksFormProps {
  initial: { actionIds: string[]; slaObjectiveIds: string[] };
  actions: Choice[];
  objectives: Choice[];
  onSave: (links: { actionIds: string[]; slaObjectiveIds: string[] }) => Promise<void>;
}

function LinksForm({ initial, actions, objectives, onSave }: LinksFormProps) {
  const { t } = useTranslation();
  const [actionIds, setActionIds] = useState(initial.actionIds);
  const [objectiveIds, setObjectiveIds] = useState(initial.slaObjectiveIds);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const isUnchanged = isSameSet(actionIds, initial.actionIds) && isSameSet(objectiveIds, initial.slaObjectiveIds);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      await onSave({ actionIds, slaObjectiveIds: objectiveIds });
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit}>
      <ErrorSummary error={error} />
      <fieldset className="fieldset">
        <legend>{t('retrospectives.chooseActions')}</legend>
        {actions.length === 0 && <p className="muted">{t('retrospectives.noActions')}</p>}
        {actions.map((choice) => (
          <CheckboxField
            key={choice.id}
            label={choice.label}
            checked={actionIds.includes(choice.id)}
            onChange={(event) => {
              setActionIds(toggleId(actionIds, choice.id, event.target.checked));
            }}
          />
        ))}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('retrospectives.chooseObjectives')}</legend>
        {objectives.length === 0 && <p className="muted">{t('retrospectives.noObjectives')}</p>}
        {objectives.map((choice) => (
          <CheckboxField
            key={choice.id}
            label={choice.label}
            checked={objectiveIds.includes(choice.id)}
            onChange={(event) => {
              setObjectiveIds(toggleId(objectiveIds, choice.id, event.target.checked));
            }}
          />
        ))}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={isBusy || isUnchanged}>
          {isBusy ? t('retrospectives.savingLinks') : t('retrospectives.saveLinks')}
        </button>
      </div>
    </form>
  );
}
