// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderForTest, type RenderedForTest } from '../../../shared/render-for-test';
import { TermsForm } from './terms-form';

describe('TermsForm', () => {
  let container: HTMLDivElement;
  let view: RenderedForTest;
  afterEach(() => view.unmount());

  function render(onSubmit = vi.fn(() => Promise.resolve())) {
    view = renderForTest(<TermsForm sides={['provider']} onSubmit={onSubmit} />, { router: false });
    container = view.container;
    return onSubmit;
  }

  function type(input: HTMLInputElement, value: string) {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    act(() => {
      setter?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  it('shows each problem at its field and links to it from the summary', () => {
    const onSubmit = render();
    const target = [...container.querySelectorAll('input')].find((input) => input.getAttribute('inputmode') === 'decimal');
    if (!target) throw new Error('no target field');
    type(target, 'soon');
    act(() => container.querySelector('form')?.requestSubmit());

    expect(onSubmit).not.toHaveBeenCalled();
    const summary = container.querySelector('.error-summary');
    expect(summary?.textContent).toContain('Please correct the form.');
    const links = [...(summary?.querySelectorAll('a') ?? [])];
    expect(links.map((link) => link.textContent)).toEqual(['Name: enter a name', 'Target: enter a number']);

    for (const link of links) {
      const control = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
      expect(control?.getAttribute('aria-invalid')).toBe('true');
      const describedBy = control?.getAttribute('aria-describedby') ?? '';
      const messages = describedBy.split(' ').map((id) => document.getElementById(id)?.textContent);
      expect(messages).toContain(link.textContent?.split(': ')[1]);
    }
  });
});
