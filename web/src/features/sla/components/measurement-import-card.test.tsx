// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderForTest, type RenderedForTest } from '../../../shared/render-for-test';
import { MeasurementImportCard } from './measurement-import-card';

const report = { dryRun: true, summary: { measurementsCreated: 1, measurementsUnchanged: 0 }, changes: [], changesTruncated: false };

describe('MeasurementImportCard', () => {
  let container: HTMLDivElement;
  let view: RenderedForTest;
  afterEach(() => {
    view.unmount();
    vi.unstubAllGlobals();
  });

  async function choose(content: string) {
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], 'measurements.csv')] });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }

  const importButton = () =>
    [...container.querySelectorAll('button')].find((button) => button.textContent === 'Import') as HTMLButtonElement;

  it('enables Import only for the file the check was about', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(report), { status: 200 }))),
    );
    view = renderForTest(<MeasurementImportCard />, { router: false });
    container = view.container;

    await choose('objective,at,value\no1,2026-05-04,3\n');
    await act(async () => {
      container.querySelector('form')?.requestSubmit();
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect(importButton().disabled).toBe(false);

    await choose('objective,at,value\no1,2026-05-05,4\n');
    expect(importButton().disabled).toBe(true);
  });

  it('ignores a check that answers after another file was chosen', async () => {
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    view = renderForTest(<MeasurementImportCard />, { router: false });
    container = view.container;

    await choose('objective,at,value\no1,2026-05-04,3\n');
    act(() => container.querySelector('form')?.requestSubmit());
    await choose('objective,at,value\no1,2026-05-05,4\n');
    await act(async () => {
      answer(new Response(JSON.stringify(report), { status: 200 }));
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect(importButton().disabled).toBe(true);
    expect(container.textContent).not.toContain('Check result');
  });
});
