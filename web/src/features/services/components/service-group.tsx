import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import type { Service } from '../api';
import type { ServiceGroupData } from '../group-services';

interface ServiceGroupProps {
  group: ServiceGroupData;
  canEdit: boolean;
  onEdit: (service: Service) => void;
  onDelete: (service: Service) => Promise<void>;
}

/** The services of one provider unit as a small table. */
export function ServiceGroup({ group, canEdit, onEdit, onDelete }: ServiceGroupProps) {
  const { t } = useTranslation();
  return (
    <section className="service-group">
      <h3 className="service-group__title">
        <Link to={`/units/${group.providerUnitId}`}>{group.providerPath}</Link>
      </h3>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('services.name')}</th>
              <th scope="col">{t('services.descriptionLabel')}</th>
              <th scope="col" className="table__number">
                {t('services.relationshipCount')}
              </th>
              {canEdit && (
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {group.services.map((service) => (
              <tr key={service.id}>
                <th scope="row">{service.name}</th>
                <td>{service.description}</td>
                <td className="table__number">{service.relationshipCount}</td>
                {canEdit && (
                  <td className="table__actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('services.editNamed', { name: service.name })}
                      onClick={() => onEdit(service)}
                    >
                      {t('services.rename')}
                    </button>
                    <ConfirmButton
                      label={t('common.delete')}
                      question={t('services.deleteQuestion', { name: service.name })}
                      onConfirm={() => onDelete(service)}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
