import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { relationshipSlaHref } from '../../sla/links';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import type { RelationshipView } from '../api';

interface RelationshipsTableProps {
  relationships: RelationshipView[];
  canEdit: boolean;
  onEdit: (relationship: RelationshipView) => void;
  onDelete: (relationship: RelationshipView) => Promise<void>;
}

/** Provider → customer with services; edit and delete for admins. */
export function RelationshipsTable({ relationships, canEdit, onEdit, onDelete }: RelationshipsTableProps) {
  const { t } = useTranslation();
  if (relationships.length === 0) return <p className="muted">{t('relationships.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="relationships-table">
        <thead>
          <tr>
            <th scope="col">{t('relationships.provider')}</th>
            <th scope="col">{t('relationships.customer')}</th>
            <th scope="col">{t('relationships.services')}</th>
            <th scope="col">{t('relationships.sla')}</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {relationships.map((relationship) => {
            const label = `${relationship.providerPath} → ${relationship.customerPath}`;
            return (
              <tr key={relationship.id}>
                <th scope="row">
                  <Link to={`/units/${relationship.providerUnitId}`}>{relationship.providerPath}</Link>
                </th>
                <td>
                  <Link to={`/units/${relationship.customerUnitId}`}>{relationship.customerPath}</Link>
                </td>
                <td>{relationship.services.map((service) => service.name).join(', ')}</td>
                <td>
                  <Link
                    to={relationshipSlaHref(relationship.id)}
                    aria-label={t('relationships.slaFor', { provider: relationship.providerPath, customer: relationship.customerPath })}
                  >
                    {t('relationships.slaLink')}
                  </Link>
                </td>
                {canEdit && (
                  <td className="table__actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('relationships.editNamed', { name: label })}
                      onClick={() => onEdit(relationship)}
                    >
                      {t('relationships.editServices')}
                    </button>
                    <ConfirmButton
                      label={t('common.delete')}
                      question={t('relationships.deleteQuestion', { name: label })}
                      onConfirm={() => onDelete(relationship)}
                    />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
