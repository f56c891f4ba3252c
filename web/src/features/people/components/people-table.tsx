import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { deletePerson, type Person } from '../api';

interface PeopleTableProps {
  people: Person[];
  canEdit: boolean;
  onEdit: (person: Person) => void;
  onDeleted: () => void;
}

/** The people of one page, with edit and delete buttons for admins. */
export function PeopleTable({ people, canEdit, onEdit, onDeleted }: PeopleTableProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(undefined);
  if (people.length === 0) return <p className="muted">{t('people.empty')}</p>;

  async function remove(person: Person) {
    setError(undefined);
    try {
      await deletePerson(person.id);
      onDeleted();
    } catch (reason) {
      setError(reason);
    }
  }

  return (
    <>
      <ErrorSummary error={error} />
      <div className="table-wrap">
        <table className="table" data-testid="people-table">
          <thead>
            <tr>
              <th scope="col">{t('people.name')}</th>
              <th scope="col">{t('people.email')}</th>
              <th scope="col">{t('people.unit')}</th>
              <th scope="col">{t('people.locale')}</th>
              <th scope="col">{t('people.lead')}</th>
              {canEdit && (
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row">{person.name}</th>
                <td>{person.email}</td>
                <td>
                  <Link to={`/units/${person.unitId}`}>{person.unitPath}</Link>
                </td>
                <td>{person.locale.toUpperCase()}</td>
                <td>{person.isLead ? <span className="badge">{t('people.lead')}</span> : ''}</td>
                {canEdit && (
                  <td className="table__actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('people.editNamed', { name: person.name })}
                      onClick={() => onEdit(person)}
                    >
                      {t('common.edit')}
                    </button>
                    <ConfirmButton
                      label={t('common.delete')}
                      question={t('people.deleteQuestion', { name: person.name })}
                      onConfirm={() => remove(person)}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
