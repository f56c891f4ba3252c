// @vitest-environment happy-dom
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderForTest, type RenderedForTest } from '../../../shared/render-for-test';
import type { RetrospectiveTemplate } from '../api';
import { groupAnswers, summarizeRows } from '../retrospective-view';
import { AnswersTable } from './answers-table';
import { RetrospectivesTable } from './retrospectives-table';

const template: RetrospectiveTemplate = {
  whatWorks: { title: { de: 'Was gut läuft', en: 'What works' }, prompt: { de: 'Was schätzen Sie?', en: 'What do you value?' } },
  whatToChange: {
    title: { de: 'Was sich ändern soll', en: 'What to change' },
    prompt: { de: 'Was behindert Sie?', en: 'What gets in your way?' },
  },
  whatWeAgree: { title: { de: 'Was wir vereinbaren', en: 'What we agree' }, prompt: { de: 'Welche Maßnahmen?', en: 'Which actions?' } },
};
const provider = {
  authorAccountId: 'lead',
  notes: { whatWorks: 'Quick first replies', whatToChange: '', whatWeAgree: 'Follow-ups in the ticket' },
  writtenAt: '2026-01-01T00:00:00Z',
};

describe('AnswersTable', () => {
  let container: HTMLDivElement;
  let view: RenderedForTest;
  afterEach(() => view.unmount());

  function render(element: ReactNode) {
    view = renderForTest(element);
    container = view.container;
    return container;
  }

  const cells = (selector: string) =>
    [...container.querySelectorAll(selector)].map((row) => [...row.children].map((cell) => cell.textContent));

  it('shows each question with its prompt, the provider answer beside the customer not written yet', () => {
    render(
      <AnswersTable
        rows={groupAnswers(template, { provider, customer: null }, 'en')}
        headings={{ provider: 'Provider: IT', customer: 'Customer: Sales' }}
        authors={{ provider: 'Lea Lead, 1 Jan 2026', customer: null }}
      />,
    );
    expect(cells('thead tr')).toEqual([['Question', 'Provider: ITLea Lead, 1 Jan 2026', 'Customer: SalesNot written yet.']]);
    expect(cells('tbody tr')).toEqual([
      ['What worksWhat do you value?', 'Quick first replies', 'Not written yet.'],
      ['What to changeWhat gets in your way?', 'Left empty.', 'Not written yet.'],
      ['What we agreeWhich actions?', 'Follow-ups in the ticket', 'Not written yet.'],
    ]);
    expect([...container.querySelectorAll('tbody th')].every((cell) => cell.getAttribute('scope') === 'row')).toBe(true);
    expect(container.querySelector('caption')?.textContent).toBe(
      'The three questions with the answers of both sides, provider and customer',
    );
  });

  it('lists retrospectives with status, written sides and a link to each', () => {
    const rows = summarizeRows({
      retrospectives: [
        {
          id: 'r-1',
          relationshipId: 'rel',
          waveId: 'w',
          status: 'completed',
          provider,
          customer: provider,
          actionIds: [],
          slaObjectiveIds: [],
          createdAt: '2026-01-01T00:00:00Z',
          completedAt: '2026-01-05T00:00:00Z',
        },
      ],
      relationships: [{ id: 'rel', providerPath: 'IT', customerPath: 'Sales' }],
      waves: [{ id: 'w', name: 'Autumn 2025' }],
    });
    render(<RetrospectivesTable rows={rows} />);
    const [row] = cells('tbody tr');
    expect(row?.slice(0, 3)).toEqual(['IT → Sales', 'Autumn 2025', 'Completed']);
    expect(row?.[3]).toMatch(/^Both sides/);
    expect(container.querySelector('tbody a')?.getAttribute('href')).toBe('/retrospectives/r-1');
  });
});
