import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchPeople } from '../../people/api';
import { fetchServiceMap } from '../../service-map/api';
import { useSession } from '../../session/session-context';

/** Counts of units, people, services and relationships, each linking to its page. */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const { account } = useSession();
  const map = useResource((signal) => fetchServiceMap(signal), []);
  const people = useResource((signal) => fetchPeople({ page: 1, pageSize: 1 }, signal), []);
  const format = (value: number | undefined) => (value === undefined ? '–' : value.toLocaleString(i18n.resolvedLanguage));

  const tiles = [
    { key: 'units', label: t('overview.units'), value: map.data?.units.length, to: '/units', hint: t('overview.unitsHint') },
    { key: 'people', label: t('overview.people'), value: people.data?.total, to: '/people', hint: t('overview.peopleHint') },
    { key: 'services', label: t('overview.services'), value: map.data?.services.length, to: '/services', hint: t('overview.servicesHint') },
    {
      key: 'relationships',
      label: t('overview.relationships'),
      value: map.data?.relationships.length,
      to: '/relationships',
      hint: t('overview.relationshipsHint'),
    },
  ];

  return (
    <>
      <PageHeader title={t('overview.title')} description={account ? t('overview.welcome', { name: account.name }) : undefined} />
      <LoadState isLoading={map.isLoading && !map.data} error={map.error ?? people.error} />
      <ul className="stat-grid" aria-label={t('overview.counts')}>
        {tiles.map((tile) => (
          <li key={tile.key} className="stat" data-testid={`count-${tile.key}`}>
            <Link to={tile.to} className="stat__link">
              <span className="stat__value">{format(tile.value)}</span>
              <span className="stat__label">{tile.label}</span>
            </Link>
            <p className="stat__hint">{tile.hint}</p>
          </li>
        ))}
      </ul>
      <section className="card" aria-labelledby="overview-next">
        <div className="card__header">
          <h2 id="overview-next" className="card__title">
            {t('overview.nextSteps')}
          </h2>
        </div>
        <div className="card__body">
          <ul className="link-list">
            <li>
              <Link to="/map">{t('overview.openMap')}</Link>
            </li>
            {account?.role === 'admin' && (
              <li>
                <Link to="/import">{t('overview.importData')}</Link>
              </li>
            )}
            <li>
              <Link to="/relationships">{t('overview.reviewRelationships')}</Link>
            </li>
          </ul>
        </div>
      </section>
    </>
  );
}
