import { describe, expect, it } from 'vitest';
import { buildStandardContent } from '../questionnaire/questionnaire.js';
import { emptyDraft } from './draft.js';
import { MAX_CUSTOMER_PAGES, buildPageSequence, sampleCustomers } from './page-sequence.js';
import type { SurveyFrame } from './survey-frame.js';

const frame = (overrides: Partial<SurveyFrame> = {}): SurveyFrame => ({
  waveId: 'w',
  questionnaireVersionId: 'v',
  content: buildStandardContent(),
  ownUnitId: 'own',
  providerUnitIds: ['p1', 'p2'],
  customerUnitIds: [],
  ...overrides,
});

describe('the respondent page sequence', () => {
  it('is intro, one page per provider, add, review for a unit that serves no one', () => {
    expect(buildPageSequence(frame(), emptyDraft(), 'i').map((page) => page.key)).toEqual([
      'intro',
      'provider:p1',
      'provider:p2',
      'add-provider',
      'review',
    ]);
  });

  it('puts added providers after the listed ones, leaving out listed and own units', () => {
    const draft = { ...emptyDraft(), addedProviderIds: ['x', 'p1', 'own', 'y'] };
    const pages = buildPageSequence(frame(), draft, 'i');
    expect(pages.map((page) => page.key)).toEqual([
      'intro',
      'provider:p1',
      'provider:p2',
      'provider:x',
      'provider:y',
      'add-provider',
      'review',
    ]);
    expect(pages.filter((page) => page.kind === 'provider' && page.isAdded).map((page) => page.key)).toEqual(['provider:x', 'provider:y']);
  });

  it('adds a page per customer and the self-assessment when the unit serves others', () => {
    const keys = buildPageSequence(frame({ customerUnitIds: ['c1', 'c2'] }), emptyDraft(), 'i').map((page) => page.key);
    expect(keys.slice(-4)).toEqual(['customer:c1', 'customer:c2', 'self', 'review']);
  });

  it('leaves out the reverse and self pages the questionnaire does not ask', () => {
    const content = buildStandardContent();
    content.blocks.reverse = false;
    content.blocks.selfAssessment = false;
    const keys = buildPageSequence(frame({ content, customerUnitIds: ['c1'] }), emptyDraft(), 'i').map((page) => page.key);
    expect(keys).not.toContain('customer:c1');
    expect(keys).not.toContain('self');
  });

  it('samples at most MAX_CUSTOMER_PAGES customers, the same ones for one invitation, in display order', () => {
    const customers = Array.from({ length: 20 }, (_, index) => `c${String(index).padStart(2, '0')}`);
    const first = sampleCustomers(customers, 'invitation-1');
    expect(first).toHaveLength(MAX_CUSTOMER_PAGES);
    expect(sampleCustomers(customers, 'invitation-1')).toEqual(first);
    expect([...first].sort()).toEqual(first);
    const covered = new Set(Array.from({ length: 200 }, (_, index) => sampleCustomers(customers, `invitation-${index}`)).flat());
    expect(covered.size).toBe(customers.length);
  });
});
