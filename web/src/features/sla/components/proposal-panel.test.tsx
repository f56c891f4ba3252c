// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderForTest, type RenderedForTest } from '../../../shared/render-for-test';
import type { RelationshipSide } from '../../relationships/relationship-access';
import { slaVersion } from '../sla-version.fixture';
import { ProposalPanel } from './proposal-panel';

const proposal = slaVersion({
  id: 'v2',
  version: 2,
  name: 'Resolution time',
  metric: 'resolution-time',
  target: 8,
  aggregation: 'share-within-target',
  requiredShare: 0.9,
  status: 'proposed',
  validFrom: '2026-06-01',
  proposedBy: { side: 'provider', accountId: 'a1', at: '2026-05-04T09:00:00.000Z' },
  agreedBy: null,
});

describe('ProposalPanel', () => {
  let container: HTMLDivElement;
  let view: RenderedForTest;
  afterEach(() => {
    view.unmount();
    vi.unstubAllGlobals();
  });

  function render(sides: RelationshipSide[], onDecided = vi.fn(), onError = vi.fn()) {
    view = renderForTest(
      <ProposalPanel proposal={proposal} sides={sides} nameOf={() => 'Pat Provider'} onDecided={onDecided} onError={onError} />,
      { router: false },
    );
    container = view.container;
    return container;
  }

  const buttons = () => [...container.querySelectorAll('button')].map((button) => button.textContent);

  it.each([
    [['customer'], ['Agree', 'Decline']],
    [['provider'], ['Withdraw']],
    [
      ['provider', 'customer'],
      ['Agree as customer', 'Decline as customer', 'Withdraw as provider'],
    ],
    [[], []],
  ] as const)('the sides %j see %j', (sides, expected) => {
    render([...sides]);
    expect(buttons()).toEqual(expected);
    expect(container.textContent).toContain('at least 90% of cases with resolution time at most 8 hours, per month');
    expect(container.textContent).toContain('Proposed by Pat Provider for the provider');
  });

  it.each([[['customer']], [['provider', 'customer']]] as const)('names each button of %j starting with its visible text', (sides) => {
    render([...sides]);
    for (const button of container.querySelectorAll('button')) {
      expect(button.getAttribute('aria-label') ?? '').toMatch(new RegExp(`^${button.textContent ?? ''}\\b`));
    }
  });

  it('tells a read-only viewer whom it waits for', () => {
    render([]);
    expect(container.textContent).toContain('Waiting for the customer to agree or decline.');
  });

  it('agrees for the customer after confirming', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ objectiveId: 'o1' }), { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    const onDecided = vi.fn();
    render(['customer'], onDecided);
    act(() => container.querySelector('button')?.click());
    expect(container.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Agree to “Resolution time” for the customer?');
    await act(async () => {
      container.querySelector<HTMLButtonElement>('[role="group"] button')?.click();
    });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/sla/objectives/o1/versions/v2/agree',
      expect.objectContaining({ method: 'POST', body: '{"side":"customer"}' }),
    );
    expect(onDecided).toHaveBeenCalledWith({ objectiveId: 'o1' }, 'Agreed.');
  });
});
