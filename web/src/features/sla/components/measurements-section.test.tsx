// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderForTestAsync, type RenderedForTest } from '../../../shared/render-for-test';
import { slaVersion } from '../sla-version.fixture';
import { MeasurementsSection } from './measurements-section';

const terms = slaVersion();

describe('MeasurementsSection', () => {
  let container: HTMLDivElement;
  let view: RenderedForTest;
  afterEach(() => {
    view.unmount();
    vi.unstubAllGlobals();
  });

  it('names the value field when the value is no number, and sends nothing', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ measurements: [] }), { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    view = await renderForTestAsync(<MeasurementsSection objectiveId="o1" terms={terms} canRecord onRecorded={vi.fn()} />, {
      router: false,
    });
    container = view.container;

    const value = container.querySelector<HTMLInputElement>('input[inputmode="decimal"]');
    if (!value) throw new Error('no value field');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    act(() => {
      setter?.call(value, 'three');
      value.dispatchEvent(new Event('input', { bubbles: true }));
    });
    fetchMock.mockClear();
    await act(async () => container.querySelector('form')?.requestSubmit());

    expect(fetchMock).not.toHaveBeenCalled();
    expect(value.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${value.id}-error`)?.textContent).toBe('Value (hours): enter a number, e.g. 3.5.');
    expect(container.querySelector('.error-summary a')?.getAttribute('href')).toBe(`#${value.id}`);
  });
});
