import type { Draft } from './draft.js';
import { asksReverse, asksSelfAssessment, type SurveyFrame } from './survey-frame.js';

/** One page of the respondent's form. */
export type RespondentPage =
  | { key: 'intro'; kind: 'intro' }
  | { key: string; kind: 'provider'; unitId: string; isAdded: boolean }
  | { key: 'add-provider'; kind: 'add-provider' }
  | { key: string; kind: 'customer'; unitId: string }
  | { key: 'self'; kind: 'self' }
  | { key: 'review'; kind: 'review' };

/**
 * A provider with many customers would otherwise face a page per customer; it rates at most
 * this many, a different sample for each respondent, so that together they cover all.
 */
export const MAX_CUSTOMER_PAGES = 5;

export const providerPageKey = (unitId: string): string => `provider:${unitId}`;
export const customerPageKey = (unitId: string): string => `customer:${unitId}`;

/**
 * The respondent's pages in order: intro, one page per provider of their unit, the units
 * they added, a page to add one more, then (when their unit serves others in the wave)
 * one page per sampled customer and a self-assessment, and the review.
 */
export function buildPageSequence(frame: SurveyFrame, draft: Draft, seed: string): RespondentPage[] {
  const listed = new Set(frame.providerUnitIds);
  const added = draft.addedProviderIds.filter((id) => !listed.has(id) && id !== frame.ownUnitId);
  const pages: RespondentPage[] = [
    { key: 'intro', kind: 'intro' },
    ...frame.providerUnitIds.map((unitId) => ({ key: providerPageKey(unitId), kind: 'provider' as const, unitId, isAdded: false })),
    ...added.map((unitId) => ({ key: providerPageKey(unitId), kind: 'provider' as const, unitId, isAdded: true })),
    { key: 'add-provider', kind: 'add-provider' },
  ];
  if (asksReverse(frame)) {
    for (const unitId of sampleCustomers(frame.customerUnitIds, seed)) {
      pages.push({ key: customerPageKey(unitId), kind: 'customer', unitId });
    }
  }
  if (asksSelfAssessment(frame)) pages.push({ key: 'self', kind: 'self' });
  pages.push({ key: 'review', kind: 'review' });
  return pages;
}

/** Pages that rate one unit: the ones that need an answer or "no contact". */
export function isRatingPage(page: RespondentPage): page is Extract<RespondentPage, { kind: 'provider' | 'customer' }> {
  return page.kind === 'provider' || page.kind === 'customer';
}

/**
 * Up to MAX_CUSTOMER_PAGES customers, chosen by a hash of the seed (the invitation) and the
 * customer, so that one respondent always sees the same ones; kept in display order.
 */
export function sampleCustomers(customerUnitIds: readonly string[], seed: string): string[] {
  if (customerUnitIds.length <= MAX_CUSTOMER_PAGES) return [...customerUnitIds];
  const chosen = new Set(
    [...customerUnitIds]
      .sort((a, b) => hashString(`${seed}:${a}`) - hashString(`${seed}:${b}`) || (a < b ? -1 : 1))
      .slice(0, MAX_CUSTOMER_PAGES),
  );
  return customerUnitIds.filter((id) => chosen.has(id));
}

/** 32-bit FNV-1a: a stable, well-spread hash for sampling, not for security. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
