// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderForTest, type RenderedForTest } from '../../../shared/render-for-test';
import type { PeriodCompliance, SlaTerms, SlaVersion } from '../api';
import { slaVersion } from '../sla-version.fixture';
import { ComplianceTable } from './compliance-table';

// The fixture's objective, judged by its 90th percentile.
const terms: SlaTerms = slaVersion({ aggregation: 'p90' });

const period = (label: string, changes: Partial<PeriodCompliance>): PeriodCompliance => ({
  period: { kind: 'month', label, start: `${label}-01T00:00:00.000Z`, end: '' },
  status: 'met',
  version: 1,
  target: 4,
  requiredShare: null,
  count: 10,
  value: 3.5,
  isRunning: false,
  ...changes,
});

describe('ComplianceTable', () => {
  let container: HTMLDivElement;
  let view: RenderedForTest;
  afterEach(() => view.unmount());

  function render(periods: PeriodCompliance[], limit?: number) {
    view = renderForTest(<ComplianceTable name={terms.name} periods={periods} terms={terms} limit={limit} />, { router: false });
    container = view.container;
    return container;
  }

  const bodyRows = () => [...container.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));

  it('lists the periods newest first with the status in words and the version', () => {
    render([
      period('2026-03', { status: 'no-objective', version: null, target: null, value: 2, count: 3 }),
      period('2026-04', { status: 'missed', value: 5.25 }),
      period('2026-05', { status: 'missing', value: null, count: 0, version: 2, target: 3 }),
      period('2026-06', { isRunning: true }),
    ]);
    expect(container.querySelector('caption')?.textContent).toBe('Compliance of First response by period');
    expect(bodyRows()).toEqual([
      ['2026-06', '3.5 hours', 'at most 4 hours', '✓met so far (period running)', '10', '1'],
      ['2026-05', '–', 'at most 3 hours', '?no measurements', '0', '2'],
      ['2026-04', '5.25 hours', 'at most 4 hours', '✗missed', '10', '1'],
      ['2026-03', '2 hours', '–', '–no agreed objective yet', '3', '–'],
    ]);
    // The symbol is decoration only; the words carry the status.
    const icon = container.querySelector('.sla-status--bad [aria-hidden="true"]');
    expect(icon?.textContent).toBe('✗');
  });

  it('shows the newest periods up to the limit, and all on request', () => {
    render(
      ['2026-01', '2026-02', '2026-03'].map((label) => period(label, {})),
      2,
    );
    expect(bodyRows().map((row) => row[0])).toEqual(['2026-03', '2026-02']);
    const button = container.querySelector('button') as HTMLButtonElement;
    expect(button.textContent).toBe('Show all 3 periods');
    act(() => button.click());
    expect(bodyRows().map((row) => row[0])).toEqual(['2026-03', '2026-02', '2026-01']);
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });

  it('reads each period with the terms of the version that judged it', () => {
    const version = (number: number, changes: Partial<SlaVersion>) =>
      slaVersion({ ...terms, id: `v${number}`, version: number, ...changes });
    const first = version(1, { aggregation: 'mean', status: 'superseded' });
    const second = version(2, { aggregation: 'share-within-target', requiredShare: 0.9, target: 8, validFrom: '2026-05-01' });
    view = renderForTest(
      <ComplianceTable
        name={terms.name}
        periods={[
          period('2026-04', { version: 1, value: 3.5, target: 4 }),
          period('2026-05', { version: 2, value: 0.95, target: 8, requiredShare: 0.9 }),
        ]}
        terms={second}
        versions={[first, second]}
      />,
      { router: false },
    );
    container = view.container;
    expect(bodyRows().map((row) => row.slice(0, 3))).toEqual([
      ['2026-05', '95% within target', '90% at most 8 hours'],
      ['2026-04', '3.5 hours', 'at most 4 hours'],
    ]);
  });

  it('says so when there are no periods', () => {
    render([]);
    expect(container.querySelector('table')).toBeNull();
    expect(container.textContent).toBe('No periods yet.');
  });
});
