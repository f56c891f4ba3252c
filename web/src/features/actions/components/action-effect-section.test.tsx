// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderForTestAsync, type RenderedForTest } from '../../../shared/render-for-test';
import type { Action, ActionEffect } from '../api';
import type { ActionNames } from '../use-action-names';
import { ActionEffectSection } from './action-effect-section';

const action = {
  id: 'a1',
  providerUnitId: 'sd',
  customerGroupId: null,
  dimension: 'responsiveness',
  sourceWaveId: 'spring',
} as Action;

const names = {
  unitName: (id: string) => ({ sd: 'Service Desk' })[id] ?? null,
  waveName: (id: string) => ({ spring: 'Spring 2025' })[id] ?? null,
  accountName: () => null,
} as unknown as ActionNames;

const effect: ActionEffect = {
  actionId: 'a1',
  dimension: 'responsiveness',
  fromWave: { id: 'spring', name: 'Spring 2025' },
  toWave: { id: 'autumn', name: 'Autumn 2025' },
  comparisonGroup: 'other-providers',
  target: { before: { mean: 2.0843, n: 166 }, after: { mean: 2.9706, n: 170 } },
  comparison: { before: { mean: 3.4858, n: 740 }, after: { mean: 3.4779, n: 746 } },
  effect: {
    targetChange: 0.8863,
    comparisonChange: -0.0079,
    difference: 0.8942,
    standardError: 0.087,
    degreesOfFreedom: 504.6,
    confidenceInterval: { lower: 0.7233, upper: 1.0651 },
    label: 'helped',
  },
};

function answer(status: number, body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

describe('ActionEffectSection', () => {
  let container: HTMLDivElement;
  let view: RenderedForTest;
  afterEach(() => {
    view.unmount();
    vi.unstubAllGlobals();
  });

  async function render(subject: Action) {
    view = await renderForTestAsync(<ActionEffectSection action={subject} names={names} />, { router: false });
    container = view.container;
    return container;
  }

  it('shows before, after and change for both groups, the difference with its interval and the verdict', async () => {
    vi.stubGlobal('fetch', answer(200, effect));
    await render(action);
    const rows = [...container.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Target group: Service Desk for all customers', '2.08n = 166', '2.97n = 170', '+0.89'],
      ['Comparison group', '3.49n = 740', '3.48n = 746', '−0.01'],
    ]);
    expect(container.textContent).toContain('Difference in differences: +0.89 (95 % interval +0.72 to +1.07).');
    expect(container.querySelector('.actions-effect__verdict')?.textContent).toBe(
      'It helped: Responsiveness improved clearly more for the target group than for the comparison group.',
    );
    expect(container.textContent).toContain('The comparison group is the customers of all other providers');
  });

  it('says calmly when the next wave is not closed yet', async () => {
    vi.stubGlobal(
      'fetch',
      answer(409, { type: 'about:blank', title: 'Conflict', status: 409, detail: 'no closed wave after the source wave yet' }),
    );
    await render(action);
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.querySelector('.notice')?.textContent).toBe('The effect shows once the next wave after Spring 2025 is closed.');
  });

  it('does not ask the server when the action has no dimension', async () => {
    const fetch = answer(200, effect);
    vi.stubGlobal('fetch', fetch);
    await render({ ...action, dimension: null });
    expect(fetch).not.toHaveBeenCalled();
    expect(container.querySelector('.notice')?.textContent).toBe('This action targets no dimension, so its effect cannot be measured.');
  });
});
