// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ResponseRates } from '@contract/survey-bodies';
import { renderForTestAsync, type RenderedForTest } from '../../../shared/render-for-test';
import { ResponseRatesCard } from './response-rates-card';

const rates = (submitted: number): ResponseRates => ({
  waveId: 'w1',
  status: 'open',
  threshold: 5,
  units: [{ unitId: 'u1', unitPath: 'Muster AG/Sales', invited: 10, submitted }],
  otherUnits: null,
  hiddenUnitCount: 1,
  total: { invited: 10, submitted },
});

describe('ResponseRatesCard', () => {
  let view: RenderedForTest;
  afterEach(() => {
    view.unmount();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it.each([
    { isLive: true, calls: 3, shown: '7' },
    { isLive: false, calls: 1, shown: '2' },
  ])('refreshes every 30 s while the wave is open (isLive $isLive)', async ({ isLive, calls, shown }) => {
    vi.useFakeTimers();
    let submitted = 2;
    const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify(rates(submitted)), { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    view = await renderForTestAsync(<ResponseRatesCard waveId="w1" isLive={isLive} />, { router: false });
    const answered = () => view.container.querySelector('tbody tr td:nth-child(3)')?.textContent;
    expect(answered()).toBe('2');
    expect(view.container.textContent).toContain('1 unit with fewer than 5 invitees is hidden to protect anonymity.');

    submitted = 5;
    await act(async () => vi.advanceTimersByTimeAsync(30_000));
    submitted = 7;
    await act(async () => vi.advanceTimersByTimeAsync(30_000));
    expect(fetchMock).toHaveBeenCalledTimes(calls);
    expect(answered()).toBe(shown);
  });
});
