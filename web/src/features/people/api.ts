import { api, toQuery } from '../../shared/api-client';

/** An employee; may lead their unit. */
export interface Person {
  id: string;
  email: string;
  name: string;
  unitId: string;
  unitPath: string;
  locale: 'de' | 'en';
  isLead: boolean;
}

/** The fields a person form edits. */
export interface PersonInput {
  email: string;
  name: string;
  unitId: string;
  locale: 'de' | 'en';
  isLead: boolean;
}

/** One page of people. */
export interface PeoplePage {
  items: Person[];
  total: number;
  page: number;
  pageSize: number;
}

/** Page size used by the people table. */
export const peoplePageSize = 50;

/** Searches people by name or email, optionally within one unit. */
export function fetchPeople(
  query: { search?: string; unitId?: string; page?: number; pageSize?: number },
  signal?: AbortSignal,
): Promise<PeoplePage> {
  const params = toQuery({ search: query.search, unitId: query.unitId, page: query.page ?? 1, pageSize: query.pageSize ?? peoplePageSize });
  return api.get<PeoplePage>(`/api/people${params}`, signal);
}

/** Creates a person. */
export function createPerson(input: PersonInput): Promise<Person> {
  return api.post<Person>('/api/people', input);
}

/** Changes some fields of a person. */
export function updatePerson(id: string, changes: Partial<PersonInput>): Promise<Person> {
  return api.patch<Person>(`/api/people/${encodeURIComponent(id)}`, changes);
}

/** Deletes a person. */
export function deletePerson(id: string): Promise<void> {
  return api.delete(`/api/people/${encodeURIComponent(id)}`);
}
