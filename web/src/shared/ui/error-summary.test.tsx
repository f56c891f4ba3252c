// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api-client';
import { renderForTest, type RenderedForTest } from '../render-for-test';
import { describeProblemError, ErrorSummary } from './error-summary';

describe('describeProblemError', () => {
  it.each([
    [{ line: 3, column: 'email', problem: 'is not an email address' }, 'line 3: email: is not an email address'],
    [{ field: 'name', problem: 'must not be empty' }, 'name: must not be empty'],
    [{ problem: 'unit tree has a cycle' }, 'unit tree has a cycle'],
  ])('formats %j', (item, expected) => {
    expect(describeProblemError(item, 'line')).toBe(expected);
  });
});

describe('ErrorSummary', () => {
  let view: RenderedForTest;
  afterEach(() => view.unmount());

  function render(error: unknown) {
    view = renderForTest(<ErrorSummary error={error} />, { router: false });
    return view.container;
  }

  it('shows the problem detail and the line errors in an alert', () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'nothing was imported',
      errors: [
        { line: 2, column: 'email', problem: 'is not an email address' },
        { line: 5, column: 'unit', problem: 'unknown unit' },
      ],
    });
    const alert = render(error).querySelector('[role="alert"]');
    expect(alert?.querySelector('p')?.textContent).toBe('nothing was imported');
    expect([...(alert?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual([
      'line 2: email: is not an email address',
      'line 5: unit: unknown unit',
    ]);
  });

  it('does not repeat a field error that equals the detail', () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'parentId: cycle',
      errors: [{ field: 'parentId', problem: 'cycle' }],
    });
    expect(render(error).querySelectorAll('li')).toHaveLength(0);
  });

  it('renders nothing without an error', () => {
    expect(render(undefined).innerHTML).toBe('');
  });
});
