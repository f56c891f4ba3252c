import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RelationshipView } from '../../relationships/api';

interface RelationshipListProps {
  relationships: RelationshipView[];
  /** Which end to show: the customers of a provider, or the providers of a customer. */
  side: 'customer' | 'provider';
  emptyText: string;
}

/** A table of the units on the other end of a unit's relationships, with their services. */
export function RelationshipList({ relationships, side, emptyText }: RelationshipListProps) {
  const { t } = useTranslation();
  if (relationships.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{side === 'customer' ? t('relationships.customer') : t('relationships.provider')}</th>
            <th scope="col">{t('relationships.services')}</th>
          </tr>
        </thead>
        <tbody>
          {relationships.map((relationship) => {
            const unitId = side === 'customer' ? relationship.customerUnitId : relationship.providerUnitId;
            const path = side === 'customer' ? relationship.customerPath : relationship.providerPath;
            return (
              <tr key={relationship.id}>
                <th scope="row">
                  <Link to={`/units/${unitId}`}>{path}</Link>
                </th>
                <td>{relationship.services.map((service) => service.name).join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
