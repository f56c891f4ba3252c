import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Unit } from '../api';

interface UnitTreeViewProps {
  childrenByParent: ReadonlyMap<string, Unit[]>;
  expanded: ReadonlySet<string>;
  onToggle: (unitId: string) => void;
  /** When set, each row gets a "Manage" button. */
  onManage?: (unit: Unit) => void;
  selectedId?: string;
}

/** The unit tree as nested lists: a toggle button (aria-expanded) and a link per unit. */
export function UnitTreeView({ childrenByParent, expanded, onToggle, onManage, selectedId }: UnitTreeViewProps) {
  return (
    <ul className="tree" data-testid="unit-tree">
      <UnitBranch parentKey="" {...{ childrenByParent, expanded, onToggle, onManage, selectedId }} />
    </ul>
  );
}

function UnitBranch({ parentKey, ...props }: UnitTreeViewProps & { parentKey: string }) {
  const { t } = useTranslation();
  const { childrenByParent, expanded, onToggle, onManage, selectedId } = props;
  return (
    <>
      {(childrenByParent.get(parentKey) ?? []).map((unit) => {
        const hasChildren = (childrenByParent.get(unit.id)?.length ?? 0) > 0;
        const isExpanded = hasChildren && expanded.has(unit.id);
        return (
          <li key={unit.id} className="tree__item">
            <div className={`tree__row ${selectedId === unit.id ? 'tree__row--selected' : ''}`}>
              {hasChildren ? (
                <button
                  type="button"
                  className="tree__toggle"
                  aria-expanded={isExpanded}
                  aria-label={t('units.toggle', { name: unit.name })}
                  onClick={() => onToggle(unit.id)}
                >
                  <span aria-hidden="true" className={`chevron ${isExpanded ? 'chevron--open' : ''}`} />
                </button>
              ) : (
                <span className="tree__spacer" />
              )}
              <Link to={`/units/${unit.id}`} className="tree__link">
                {unit.name}
              </Link>
              {unit.code && <span className="tree__code">{unit.code}</span>}
              <span className="tree__meta">{t('units.peopleCount', { count: unit.peopleCount })}</span>
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
            </div>
            {isExpanded && (
              <ul className="tree__children">
                <UnitBranch parentKey={unit.id} {...props} />
              </ul>
            )}
          </li>
        );
      })}
    </>
  );
}
