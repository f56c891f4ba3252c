import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { redactUrl, serializeRequest } from './redact.js';

describe('redacting request URLs for the log', () => {
  it.each([
    ['/r/AbCdEf0123456789_-AbCdEf0123456789_-AbCdEf0', '/r/[token]'],
    ['/r/AbC?x=1', '/r/[token]?x=1'],
    ['/r/AbC/more/path', '/r/[token]'],
    ['/r', '/r'],
    ['/r?lang=de&page=intro', '/r?lang=de&page=intro'],
    ['/r/page', '/r/page'],
    ['/r/submit', '/r/submit'],
    ['/r/privacy?lang=en', '/r/privacy?lang=en'],
    ['/r/assets/respondent.abc.css', '/r/assets/respondent.abc.css'],
    ['/r/pages', '/r/[token]'],
    ['/api/units', '/api/units'],
    ['/rest', '/rest'],
  ])('%s → %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it('leaves out the network address of respondent requests only', () => {
    const request = (url: string) =>
      ({ method: 'GET', url, host: 'example.test', ip: '10.0.0.1', socket: { remotePort: 5000 } }) as unknown as FastifyRequest;
    expect(serializeRequest(request('/r/secret-token'))).toEqual({ method: 'GET', url: '/r/[token]' });
    expect(serializeRequest(request('/api/respond/submissions'))).toEqual({ method: 'GET', url: '/api/respond/submissions' });
    expect(serializeRequest(request('/api/units'))).toEqual({
      method: 'GET',
      url: '/api/units',
      host: 'example.test',
      remoteAddress: '10.0.0.1',
      remotePort: 5000,
    });
  });
});
