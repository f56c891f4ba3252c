// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api-client';
import { renderForTest, type RenderedForTest } from '../../../shared/render-for-test';
import type { ProviderReport } from '../api';
import { DimensionsSection } from './dimensions-section';
import { NoClosedWave, ResultsProblem } from './results-problem';

let view: RenderedForTest;

function render(element: React.ReactElement): HTMLDivElement {
  view = renderForTest(element, { router: false });
  return view.container;
}

afterEach(() => view.unmount());

const problem = (status: number) => new ApiError({ type: 'about:blank', title: 'Problem', status, detail: 'server words' });

describe('ResultsProblem', () => {
  it.each([
    [403, 'You may see your own unit’s results only.'],
    [409, 'This wave is not closed yet. Its results are shown once it has closed.'],
    [404, 'There are no results here: the wave or the unit does not exist.'],
    [500, 'server words'],
  ])('says what a %i means', (status, text) => {
    expect(render(<ResultsProblem error={problem(status)} />).querySelector('[role="alert"]')?.textContent).toBe(text);
  });

  it('tells that no wave has closed yet', () => {
    expect(render(<NoClosedWave />).textContent).toMatch(/^No closed wave yet/);
  });
});

describe('DimensionsSection', () => {
  it('says which dimensions are hidden for anonymity, and why', () => {
    const report = {
      wave: { id: 'w1', name: 'Spring', status: 'closed', opensAt: null, closesAt: null },
      provider: { id: 'p', name: 'Service Desk' },
      thresholds: { k: 5, kComments: 10 },
      dimensions: ['reliability', 'courtesy'].map((dimension) => ({
        dimension,
        performance: null,
        importance: null,
        trend: { points: [], steps: [] },
      })),
    } as unknown as ProviderReport;
    const element = render(<DimensionsSection report={report} />);
    expect(element.querySelector('[data-testid="hidden-dimensions"]')?.textContent).toBe(
      '2 dimensions are hidden for anonymity: fewer than 5 people answered them.',
    );
    expect([...element.querySelectorAll('[data-testid="hidden-dimension"]')].map((cell) => cell.textContent)).toEqual([
      'Hidden (anonymity): fewer than 5 answers',
      'Hidden (anonymity): fewer than 5 answers',
    ]);
    expect(element.querySelector('[data-testid="dimensions-chart"]')).toBeNull();
  });
});
