// @vitest-environment happy-dom
import { act, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderForTest, type RenderedForTest } from '../../../shared/render-for-test';
import type { Unit } from '../api';
import { groupChildren } from '../unit-tree';
import { UnitTreeView } from './unit-tree-view';

const unit = (id: string, name: string, parentId: string | null): Unit => ({ id, name, parentId, code: null, path: name, peopleCount: 0 });
const units = [unit('c', 'Company', null), unit('it', 'IT', 'c'), unit('sup', 'Support', 'it'), unit('sal', 'Sales', 'c')];

function Harness() {
  const [expanded, setExpanded] = useState(new Set(['c']));
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return <UnitTreeView childrenByParent={groupChildren(units)} expanded={expanded} onToggle={toggle} />;
}

describe('UnitTreeView', () => {
  let view: RenderedForTest;
  afterEach(() => view.unmount());

  it('expands and collapses with buttons that report aria-expanded', () => {
    view = renderForTest(<Harness />);
    const { container } = view;
    const links = () => [...container.querySelectorAll('a')].map((link) => link.textContent);
    expect(links()).toEqual(['Company', 'IT', 'Sales']);

    const itToggle = container.querySelector<HTMLButtonElement>('button[aria-label="Sub-units of IT"]');
    expect(itToggle?.getAttribute('aria-expanded')).toBe('false');
    act(() => itToggle?.click());
    expect(itToggle?.getAttribute('aria-expanded')).toBe('true');
    expect(links()).toEqual(['Company', 'IT', 'Support', 'Sales']);
    expect(container.querySelector('a[href="/units/sup"]')).not.toBeNull();

    const companyToggle = container.querySelector<HTMLButtonElement>('button[aria-label="Sub-units of Company"]');
    act(() => companyToggle?.click());
    expect(links()).toEqual(['Company']);
  });
});
