import { describe, expect, it } from 'vitest';
import { actionCreateHref, actionHref } from './links';

describe('actionHref', () => {
  it.each([
    ['a1', '/actions/a1'],
    ['a/b c', '/actions/a%2Fb%20c'],
  ])('links %s to %s', (id, expected) => {
    expect(actionHref(id)).toBe(expected);
  });
});

describe('actionCreateHref', () => {
  it.each([
    [
      { providerUnitId: 'sd', customerGroupId: 'sales', dimension: 'responsiveness', waveId: 'w1' },
      '/actions/new?provider=sd&customer=sales&dimension=responsiveness&wave=w1',
    ],
    [
      { providerUnitId: 'sd', customerGroupId: null, dimension: 'courtesy', waveId: 'w1' },
      '/actions/new?provider=sd&dimension=courtesy&wave=w1',
    ],
    [{ providerUnitId: 'sd', customerGroupId: null, dimension: null, waveId: null }, '/actions/new?provider=sd'],
    [{ providerUnitId: '', customerGroupId: null, dimension: null, waveId: null }, '/actions/new'],
    [
      { providerUnitId: 'a b&c', customerGroupId: 'x/y', dimension: null, waveId: 'w?1' },
      '/actions/new?provider=a+b%26c&customer=x%2Fy&wave=w%3F1',
    ],
  ])('builds the link for %j', (input, expected) => {
    expect(actionCreateHref(input)).toBe(expected);
  });
});
