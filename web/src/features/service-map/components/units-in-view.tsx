import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MapNode } from '../map-model';

/** The units on the map as a keyboard-usable list of links, the accessible way to open a unit. */
export function UnitsInView({ nodes }: { nodes: readonly MapNode[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="service-map__side" aria-labelledby={headingId}>
      <h2 id={headingId} className="service-map__side-title">
        {t('serviceMap.unitsInView', { count: nodes.length })}
      </h2>
      <ul className="service-map__units">
        {nodes.map((node) => (
          <li key={node.id}>
            <span className="service-map__unit">
              <Link to={`/units/${node.id}`} data-testid="map-unit-link" data-unit-id={node.id} title={node.path}>
                {node.name}
              </Link>
              {node.path !== node.name && (
                <span className="service-map__parent">{node.path.slice(0, node.path.length - node.name.length - 1)}</span>
              )}
            </span>
            <span className="service-map__degree" title={t('serviceMap.relationshipCount', { count: node.degree })}>
              <span aria-hidden="true">{node.degree}</span>
              <span className="visually-hidden">{t('serviceMap.relationshipCount', { count: node.degree })}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
