import { describe, expect, it } from 'vitest';
import { curlExample } from './integration-usage';
import { relationshipSlaHref, retrospectivesHref } from './links';

describe('links', () => {
  it.each([
    ['abc-1', '/sla/relationships/abc-1', '/retrospectives?relationshipId=abc-1'],
    ['a b/c', '/sla/relationships/a%20b%2Fc', '/retrospectives?relationshipId=a%20b%2Fc'],
  ])('%s', (id, sla, retrospectives) => {
    expect(relationshipSlaHref(id)).toBe(sla);
    expect(retrospectivesHref(id)).toBe(retrospectives);
  });
});

describe('curlExample', () => {
  it('posts the measurements with the token as bearer', () => {
    const text = curlExample({ origin: 'https://eyelevel.example', secret: 'el_secret', objectiveId: 'obj-1' });
    expect(text).toContain('curl -X POST https://eyelevel.example/api/integrations/measurements');
    expect(text).toContain("-H 'Authorization: Bearer el_secret'");
    const body = /-d '(.*)'$/.exec(text)?.[1] ?? '';
    expect(JSON.parse(body)).toEqual({ measurements: [{ objectiveId: 'obj-1', at: '2026-05-04T09:30:00Z', value: 3.5 }] });
  });
});
