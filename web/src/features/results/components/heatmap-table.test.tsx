// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderForTest, type RenderedForTest } from '../../../shared/render-for-test';
import type { HeatmapRow } from '../api';
import { HeatmapTable } from './heatmap-table';

const rows: HeatmapRow[] = [
  {
    providerUnitId: 'sd',
    providerName: 'Service Desk',
    group: { labelUnitId: 'ctl', name: 'Controlling', isMerged: false, unitCount: 1 },
    cells: { reliability: { mean: 3.09, n: 11 }, courtesy: { hidden: true } },
  },
  {
    providerUnitId: 'ctl',
    providerName: 'Controlling',
    group: { labelUnitId: 'co', name: 'Muster AG (3 units together)', isMerged: true, unitCount: 3 },
    cells: { reliability: { mean: 4.04, n: 8 }, courtesy: null },
  },
];

describe('HeatmapTable', () => {
  let container: HTMLDivElement;
  let view: RenderedForTest;
  afterEach(() => view.unmount());

  function render() {
    view = renderForTest(
      <HeatmapTable
        rows={rows}
        dimensions={['reliability', 'courtesy']}
        caption="Heatmap"
        providerHref={(id) => (id === 'sd' ? `/results/providers/${id}` : null)}
        customerHref={(id) => `/results/customers/${id}`}
      />,
    );
    container = view.container;
    return container;
  }

  const bodyRows = () => [...container.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
  const headers = () => [...container.querySelectorAll('thead th')];

  it('prints every mean with n for screen readers, marks hidden cells and merged groups', () => {
    render();
    expect(bodyRows()).toEqual([
      ['Controlling', 'Muster AG 3 units together', '4.04, n = 8', '–no answers'],
      ['Service Desk', 'Controlling', '3.09, n = 11', 'hidden (anonymity)'],
    ]);
    const cell = container.querySelector('tbody tr:last-child td') as HTMLElement;
    expect(cell.title).toBe('n = 11');
    expect(cell.style.backgroundColor).not.toBe('');
    expect(container.querySelector('a[href="/results/providers/sd"]')).not.toBeNull();
    expect(container.querySelector('a[href="/results/providers/ctl"]')).toBeNull();
  });

  it('sorts by a column with its button and says so with aria-sort', () => {
    render();
    expect(headers()[0]?.getAttribute('aria-sort')).toBe('ascending');
    const reliability = headers()[2]?.querySelector('button') as HTMLButtonElement;
    act(() => reliability.click());
    expect(headers()[0]?.hasAttribute('aria-sort')).toBe(false);
    expect(headers()[2]?.getAttribute('aria-sort')).toBe('ascending');
    expect(bodyRows().map((row) => row[0])).toEqual(['Service Desk', 'Controlling']);
    act(() => reliability.click());
    expect(headers()[2]?.getAttribute('aria-sort')).toBe('descending');
    expect(bodyRows().map((row) => row[0])).toEqual(['Controlling', 'Service Desk']);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Sorted by Reliability, descending.');
  });
});
