import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { Dialog } from '../../../shared/ui/dialog';
import { TextField } from '../../../shared/ui/field';
import { PageHeader } from '../../../shared/ui/page-header';
import { Pager } from '../../../shared/ui/pager';
import { LoadState } from '../../../shared/ui/status';
import { useDebouncedValue } from '../../../shared/use-debounced-value';
import { useResource } from '../../../shared/use-resource';
import { useIsAdmin } from '../../session/session-context';
import { fetchUnits } from '../../units/api';
import { UnitSelect } from '../../units/components/unit-select';
import { createPerson, fetchPeople, peoplePageSize, updatePerson, type Person } from '../api';
import { PeopleTable } from './people-table';
import { PersonForm } from './person-form';

/** People: search, unit filter, paging, and (for admins) create, edit and delete. */
export function PeoplePage() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const [searchParams] = useSearchParams();
  const [search, setSearch] = useState(searchParams.get('search') ?? '');
  const [unitId, setUnitId] = useState(searchParams.get('unitId') ?? '');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const units = useResource((signal) => fetchUnits(signal), []);
  const people = useResource((signal) => fetchPeople({ search: debouncedSearch, unitId, page }, signal), [debouncedSearch, unitId, page]);
  const pageCount = people.data ? Math.max(1, Math.ceil(people.data.total / (people.data.pageSize || peoplePageSize))) : 1;

  async function save(input: Parameters<typeof createPerson>[0]) {
    if (editing === 'new') await createPerson(input);
    else if (editing) await updatePerson(editing.id, input);
    setEditing(null);
    people.reload();
  }

  return (
    <>
      <PageHeader
        title={t('people.title')}
        description={t('people.description')}
        actions={
          isAdmin && (
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              {t('people.create')}
            </button>
          )
        }
      />
      <Card>
        <div className="toolbar" role="search">
          <TextField
            label={t('people.search')}
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setPage(1);
            }}
          />
          <UnitSelect
            label={t('people.unitFilter')}
            units={units.data ?? []}
            value={unitId}
            emptyLabel={t('people.allUnits')}
            onChange={(value) => {
              setUnitId(value);
              setPage(1);
            }}
          />
        </div>
        <LoadState isLoading={people.isLoading && !people.data} error={people.error} />
        {people.data && (
          <>
            <p className="muted" role="status">
              {t('people.total', { count: people.data.total })}
            </p>
            <PeopleTable people={people.data.items} canEdit={isAdmin} onEdit={setEditing} onDeleted={people.reload} />
            <Pager label={t('people.paging')} page={people.data.page} pageCount={pageCount} onPageChange={setPage} />
          </>
        )}
      </Card>
      {editing && units.data && (
        <Dialog
          title={editing === 'new' ? t('people.create') : t('people.editNamed', { name: editing.name })}
          onClose={() => setEditing(null)}
        >
          <PersonForm
            units={units.data}
            initial={editing === 'new' ? (unitId ? { email: '', name: '', unitId, locale: 'de', isLead: false } : undefined) : editing}
            submitLabel={editing === 'new' ? t('people.create') : t('common.save')}
            onSubmit={save}
          />
        </Dialog>
      )}
    </>
  );
}
