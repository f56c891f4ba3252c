// @vitest-environment happy-dom
import i18n from 'i18next';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderForTest, type RenderedForTest } from '../render-for-test';
import { DeleteCard } from './delete-card';

describe('DeleteCard', () => {
  let view: RenderedForTest;
  afterEach(() => view.unmount());

  const buttons = () => [...view.container.querySelectorAll('button')];
  const button = (name: string) => buttons().find((each) => each.textContent === name)!;
  const click = async (name: string) => {
    await act(async () => button(name).click());
  };
  const card = (onDelete: () => Promise<void>) => (
    <DeleteCard title="Delete the draft" hint="Only drafts go." question="Delete this draft retrospective?" onDelete={onDelete} />
  );

  it('asks before deleting and deletes only when confirmed', async () => {
    const onDelete = vi.fn(() => Promise.resolve());
    view = renderForTest(card(onDelete));
    expect(view.container.querySelector('h2')?.textContent).toBe('Delete the draft');
    expect(view.container.textContent).toContain('Only drafts go.');
    expect(buttons().map((each) => each.textContent)).toEqual(['Delete']);
    expect(button('Delete').getAttribute('aria-label')).toBe('Delete this draft retrospective');

    await click('Delete');
    expect(view.container.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Delete this draft retrospective?');
    await click('Cancel');
    expect(onDelete).not.toHaveBeenCalled();
    expect(buttons().map((each) => each.textContent)).toEqual(['Delete']);

    await click('Delete');
    await click('Yes, delete');
    expect(onDelete).toHaveBeenCalledTimes(1);
  });

  it('speaks German', async () => {
    await i18n.changeLanguage('de');
    try {
      view = renderForTest(card(() => Promise.resolve()));
      await click('Löschen');
      expect(button('Ja, löschen')).toBeDefined();
    } finally {
      await act(async () => {
        await i18n.changeLanguage('en');
      });
    }
  });
});
