import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RelationshipView } from '../../relationships/api';
import type { SlaObjective } from '../api';
import { relationshipLabel } from '../../relationships/relationship-label';
import { relationshipSlaHref } from '../links';
import { describeTerms } from '../terms';
import { LatestCompliance } from './latest-compliance';

interface ObjectivesTableProps {
  objectives: SlaObjective[];
  relationships: ReadonlyMap<string, RelationshipView>;
}

/** Every objective with its relationship, terms in words, agreement state and latest period. */
export function ObjectivesTable({ objectives, relationships }: ObjectivesTableProps) {
  const { t, i18n } = useTranslation();
  const rows = objectives
    .map((objective) => ({
      objective,
      relationship: relationships.get(objective.relationshipId),
      shown: objective.current ?? objective.proposal ?? objective.versions.at(-1),
    }))
    .filter((row) => row.shown !== undefined)
    .sort((a, b) => label(a.relationship).localeCompare(label(b.relationship)) || (a.shown?.name ?? '').localeCompare(b.shown?.name ?? ''));
  if (rows.length === 0) return <p className="muted">{t('sla.overview.none')}</p>;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="sla-objectives">
        <caption className="table__caption">{t('sla.overview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sla.overview.relationship')}</th>
            <th scope="col">{t('sla.overview.objective')}</th>
            <th scope="col">{t('sla.overview.target')}</th>
            <th scope="col">{t('sla.overview.state')}</th>
            <th scope="col">{t('sla.overview.latest')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ objective, relationship, shown }) =>
            shown ? (
              <tr key={objective.objectiveId}>
                <td>
                  <Link to={relationshipSlaHref(objective.relationshipId)}>{label(relationship)}</Link>
                </td>
                <th scope="row">{shown.name}</th>
                <td>{describeTerms(t, shown, i18n.language)}</td>
                <td>
                  {objective.current
                    ? objective.proposal
                      ? t('sla.overview.agreedWithChange', { bySide: t(`sla.bySide.${objective.proposal.proposedBy.side}`) })
                      : t('sla.overview.agreed')
                    : objective.proposal
                      ? t('sla.overview.awaiting', { bySide: t(`sla.bySide.${shown.proposedBy.side}`) })
                      : t(`sla.versionStatus.${shown.status}`)}
                </td>
                <td>{objective.current ? <LatestCompliance objectiveId={objective.objectiveId} terms={objective.current} /> : '–'}</td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
    </div>
  );
}

function label(relationship: RelationshipView | undefined): string {
  return relationship ? relationshipLabel(relationship) : '?';
}
