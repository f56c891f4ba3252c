import { describe, expect, it } from 'vitest';
import { relationshipLabel, unitName } from './relationship-label';

describe('unitName', () => {
  it.each([
    ['Muster AG/IT/Service Desk', 'Service Desk'],
    ['Muster AG', 'Muster AG'],
    ['IT / Service Desk', 'Service Desk'],
  ])('%s → %s', (path, expected) => {
    expect(unitName(path)).toBe(expected);
  });
});

describe('relationshipLabel', () => {
  it.each([
    ['Muster AG/IT/Service Desk', 'Muster AG/Vertrieb/Innendienst', 'Service Desk → Innendienst'],
    ['Muster AG', 'Muster AG/Vertrieb', 'Muster AG → Vertrieb'],
  ])('%s and %s → %s', (providerPath, customerPath, expected) => {
    expect(relationshipLabel({ providerPath, customerPath })).toBe(expected);
  });
});
