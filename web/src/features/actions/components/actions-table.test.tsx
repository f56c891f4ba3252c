// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { renderForTest, type RenderedForTest } from '../../../shared/render-for-test';
import type { Action } from '../api';
import { ActionsTable } from './actions-table';

function actionOf(changes: Partial<Action>): Action {
  return {
    id: 'a',
    title: 'Title',
    description: '',
    ownerAccountId: 'lead',
    dueDate: '2026-01-20',
    status: 'open',
    providerUnitId: 'sd',
    customerGroupId: null,
    dimension: null,
    sourceWaveId: null,
    createdByAccountId: 'admin',
    createdAt: '2025-06-24T07:00:00.000Z',
    statusChangedAt: '2025-06-24T07:00:00.000Z',
    closedAt: null,
    comments: [],
    isOverdue: false,
    ...changes,
  };
}

const actions: Action[] = [
  actionOf({ id: 'later', title: 'Hotline from 7:30', dueDate: '2026-09-01', status: 'in-progress', dimension: 'reachability' }),
  actionOf({
    id: 'late',
    title: 'Improve responsiveness for Sales',
    dueDate: '2026-02-15',
    customerGroupId: 'sales',
    dimension: 'responsiveness',
    ownerAccountId: 'gone',
    isOverdue: true,
  }),
  actionOf({ id: 'done', title: 'Ticket rota', dueDate: '2026-01-20', status: 'done', providerUnitId: 'it' }),
];

const units: Record<string, string> = { sd: 'Service Desk', sales: 'Sales', it: 'IT' };
const accounts: Record<string, string> = { lead: 'Lead Service Desk' };

describe('ActionsTable', () => {
  let container: HTMLDivElement;
  let view: RenderedForTest;
  afterEach(() => view.unmount());

  function render() {
    view = renderForTest(
      <ActionsTable
        actions={actions}
        caption="Actions by due date"
        unitName={(id) => units[id] ?? null}
        accountName={(id) => accounts[id] ?? null}
      />,
    );
    container = view.container;
    return container;
  }

  const bodyRows = () => [...container.querySelectorAll('tbody tr')];
  const cells = (row: Element) => [...row.children].map((cell) => cell.textContent);

  it('lists the actions by due date with names instead of ids', () => {
    render();
    expect(container.querySelector('caption')?.textContent).toBe('Actions by due date');
    expect(bodyRows().map(cells)).toEqual([
      ['Ticket rota', 'IT', 'All customers', 'None', 'Lead Service Desk', 'Jan 20, 2026', 'Done'],
      ['Improve responsiveness for Sales', 'Service Desk', 'Sales', 'Responsiveness', 'Unknown', 'Feb 15, 2026', 'OpenOverdue'],
      ['Hotline from 7:30', 'Service Desk', 'All customers', 'Reachability', 'Lead Service Desk', 'Sep 1, 2026', 'In progress'],
    ]);
    expect(container.querySelector('tbody th a')?.getAttribute('href')).toBe('/actions/done');
  });

  it('marks the overdue row with a class and says "Overdue" in words', () => {
    render();
    const overdue = bodyRows().filter((row) => row.classList.contains('actions-table__row--overdue'));
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.querySelector('th')?.textContent).toBe('Improve responsiveness for Sales');
    expect([...(overdue[0]?.querySelectorAll('.badge') ?? [])].map((badge) => badge.textContent)).toEqual(['Open', 'Overdue']);
    expect(container.querySelectorAll('.badge--danger')).toHaveLength(1);
    expect(overdue[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2026-02-15');
  });
});
