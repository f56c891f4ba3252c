import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { TextField } from '../../../shared/ui/field';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { useIsAdmin } from '../../session/session-context';
import { fetchUnits, type Unit } from '../api';
import { groupChildren } from '../unit-tree';
import { UnitCreateForm } from './unit-create-form';
import { UnitManageForms } from './unit-manage-forms';
import { UnitTreeView } from './unit-tree-view';

/** The unit tree with filter, expand/collapse, and (for admins) create, rename, move and delete. */
export function UnitsPage() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const { data: units, error, isLoading, reload } = useResource((signal) => fetchUnits(signal), []);
  const children = useMemo(() => groupChildren(units ?? []), [units]);
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const [filter, setFilter] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const manageRef = useRef<HTMLDivElement>(null);

  // "Manage" opens the panel beside the tree: take keyboard and screen reader users there.
  useEffect(() => {
    if (selectedId !== null) manageRef.current?.focus();
  }, [selectedId]);

  // Until the user toggles anything, show the roots and their children.
  const shownExpanded = expanded ?? new Set((children.get('') ?? []).map((unit) => unit.id));
  const selected = units?.find((unit) => unit.id === selectedId);
  const matches = useMemo(() => filterUnits(units ?? [], filter), [units, filter]);

  function toggle(unitId: string) {
    const next = new Set(shownExpanded);
    if (next.has(unitId)) next.delete(unitId);
    else next.add(unitId);
    setExpanded(next);
  }

  return (
    <>
      <PageHeader title={t('units.title')} description={t('units.description')} />
      <LoadState isLoading={isLoading && !units} error={error} />
      {units && (
        <div className="columns">
          <Card
            title={t('units.tree')}
            actions={
              <>
                <button type="button" className="button button--small" onClick={() => setExpanded(new Set(units.map((unit) => unit.id)))}>
                  {t('units.expandAll')}
                </button>
                <button type="button" className="button button--small" onClick={() => setExpanded(new Set())}>
                  {t('units.collapseAll')}
                </button>
              </>
            }
          >
            <TextField label={t('units.filter')} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
            {units.length === 0 && <p className="muted">{t('units.empty')}</p>}
            {filter.trim() === '' ? (
              <UnitTreeView
                childrenByParent={children}
                expanded={shownExpanded}
                onToggle={toggle}
                onManage={isAdmin ? (unit) => setSelectedId(unit.id) : undefined}
                selectedId={selectedId ?? undefined}
              />
            ) : (
              <FilteredUnits units={matches} onManage={isAdmin ? (unit) => setSelectedId(unit.id) : undefined} />
            )}
          </Card>
          {isAdmin && (
            <div className="stack">
              {selected && (
                <div ref={manageRef} tabIndex={-1} className="focus-target">
                  <Card
                    title={t('units.manageNamed', { name: selected.name })}
                    actions={
                      <button type="button" className="button button--small button--quiet" onClick={() => setSelectedId(null)}>
                        {t('common.close')}
                      </button>
                    }
                  >
                    <p className="muted">{selected.path}</p>
                    <UnitManageForms
                      key={selected.id}
                      unit={selected}
                      units={units}
                      onChanged={reload}
                      onDeleted={() => {
                        setSelectedId(null);
                        reload();
                      }}
                    />
                  </Card>
                </div>
              )}
              <Card title={t('units.createTitle')}>
                <UnitCreateForm units={units} defaultParentId={selected?.id} key={selected?.id ?? ''} onCreated={reload} />
              </Card>
            </div>
          )}
        </div>
      )}
    </>
  );
}

function filterUnits(units: Unit[], filter: string): Unit[] {
  const needle = filter.trim().toLowerCase();
  if (needle === '') return [];
  return units
    .filter((unit) => unit.path.toLowerCase().includes(needle) || (unit.code ?? '').toLowerCase() === needle)
    .sort((left, right) => left.path.localeCompare(right.path));
}

function FilteredUnits({ units, onManage }: { units: Unit[]; onManage?: (unit: Unit) => void }) {
  const { t } = useTranslation();
  if (units.length === 0)
    return (
      <p className="muted" role="status">
        {t('units.noMatch')}
      </p>
    );
  return (
    <ul className="plain-list">
      {units.slice(0, 200).map((unit) => (
        <li key={unit.id} className="tree__row">
          <Link to={`/units/${unit.id}`} className="tree__link">
            {unit.path}
          </Link>
          {onManage && (
            <button
              type="button"
              className="button button--small button--quiet tree__manage"
              aria-label={t('units.manageNamed', { name: unit.name })}
              onClick={() => onManage(unit)}
            >
              {t('units.manage')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
