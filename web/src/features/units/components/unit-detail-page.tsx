import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchPeople } from '../../people/api';
import { useIsAdmin } from '../../session/session-context';
import { fetchUnitDetail, fetchUnits, type Unit } from '../api';
import { listAncestry } from '../unit-tree';
import { RelationshipList } from './relationship-list';
import { UnitManageForms } from './unit-manage-forms';

/** One unit: breadcrumb, children, people, services, internal customers and providers. */
export function UnitDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const isAdmin = useIsAdmin();
  const detail = useResource((signal) => fetchUnitDetail(id, signal), [id]);
  const units = useResource((signal) => fetchUnits(signal), [id]);
  const people = useResource((signal) => fetchPeople({ unitId: id, page: 1 }, signal), [id]);
  const byId = useMemo(() => new Map((units.data ?? []).map((unit) => [unit.id, unit])), [units.data]);

  const data = detail.data;
  if (!data || data.unit.id !== id) {
    return (
      <>
        <PageHeader title={t('units.detailTitle')} />
        <LoadState isLoading={detail.isLoading} error={detail.error} />
      </>
    );
  }
  const { unit } = data;
  const reload = () => {
    detail.reload();
    units.reload();
  };
  return (
    <>
      <PageHeader
        title={unit.name}
        above={<Breadcrumb unit={unit} byId={byId} />}
        description={unit.code ? `${t('units.code')}: ${unit.code}` : undefined}
      />
      <div className="grid">
        <Card title={t('units.children')}>
          {data.children.length === 0 ? (
            <p className="muted">{t('units.noChildren')}</p>
          ) : (
            <ul className="plain-list">
              {data.children.map((child) => (
                <li key={child.id}>
                  <Link to={`/units/${child.id}`}>{child.name}</Link>{' '}
                  <span className="muted">{t('units.peopleCount', { count: child.peopleCount })}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t('units.services')}>
          {data.services.length === 0 ? (
            <p className="muted">{t('units.noServices')}</p>
          ) : (
            <ul className="plain-list">
              {data.services.map((service) => (
                <li key={service.id}>
                  {service.name}
                  {service.description && <span className="muted"> — {service.description}</span>}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <Card title={t('units.asProvider')}>
        <RelationshipList relationships={data.asProvider} side="customer" emptyText={t('units.noCustomers')} />
      </Card>
      <Card title={t('units.asCustomer')}>
        <RelationshipList relationships={data.asCustomer} side="provider" emptyText={t('units.noProviders')} />
      </Card>
      <Card title={t('units.people', { count: data.peopleCount })}>
        <LoadState isLoading={people.isLoading && !people.data} error={people.error} />
        {people.data && people.data.items.length === 0 && <p className="muted">{t('units.noPeople')}</p>}
        {people.data && people.data.items.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('people.name')}</th>
                  <th scope="col">{t('people.email')}</th>
                  <th scope="col">{t('people.lead')}</th>
                </tr>
              </thead>
              <tbody>
                {people.data.items.map((person) => (
                  <tr key={person.id}>
                    <th scope="row">{person.name}</th>
                    <td>{person.email}</td>
                    <td>{person.isLead ? t('common.yes') : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {people.data.total > people.data.items.length && (
              <p className="muted">
                {t('units.morePeople', { shown: people.data.items.length, total: people.data.total })}{' '}
                <Link to={`/people?unitId=${unit.id}`}>{t('units.allPeople')}</Link>
              </p>
            )}
          </div>
        )}
      </Card>
      {isAdmin && units.data && (
        <Card title={t('units.manageNamed', { name: unit.name })}>
          <UnitManageForms
            key={`${unit.id}:${unit.name}:${unit.parentId}`}
            unit={unit}
            units={units.data}
            onChanged={reload}
            onDeleted={() => navigate('/units')}
          />
        </Card>
      )}
    </>
  );
}

function Breadcrumb({ unit, byId }: { unit: Unit; byId: ReadonlyMap<string, Unit> }) {
  const { t } = useTranslation();
  const chain = byId.has(unit.id) ? listAncestry(unit.id, byId) : [];
  return (
    <nav aria-label={t('units.breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link to="/units">{t('nav.units')}</Link>
        </li>
        {chain.length > 0
          ? chain.slice(0, -1).map((ancestor) => (
              <li key={ancestor.id}>
                <Link to={`/units/${ancestor.id}`}>{ancestor.name}</Link>
              </li>
            ))
          : unit.path
              .split('/')
              .slice(0, -1)
              .map((name, index) => <li key={index}>{name}</li>)}
        <li aria-current="page">{unit.name}</li>
      </ol>
    </nav>
  );
}
