import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSurveyWave, invite, type SurveyWave } from './fixture.js';
import { RespondentClient } from './respondent-client.js';
import { createRespondentTestServer, type RespondentTestServer } from './support.js';

// What a browser downloads: small, compressed, cacheable where it may be, and nothing inline
// that the strict Content-Security-Policy would have to allow.
let server: RespondentTestServer;
let wave: SurveyWave;

beforeAll(async () => {
  server = await createRespondentTestServer();
  wave = await createSurveyWave(server.context, server.db, { customerNames: ['Marketing'] });
});
afterAll(async () => {
  await server?.cleanup();
});

const assetPaths = (page: string) => [...page.matchAll(/(?:href|src)="(\/r\/assets\/[^"]+)"/g)].map((match) => match[1] as string);

describe('respondent pages', () => {
  it('stay far below 80 KB of compressed transfer on first load', async () => {
    const { token } = await invite(server.context, server.db, wave);
    const gzip = { 'accept-encoding': 'gzip' };
    const link = await server.app.inject({ method: 'GET', url: `/r/${token}`, headers: gzip });
    const cookie = String(link.headers['set-cookie']).split(';')[0] ?? '';
    const intro = await server.app.inject({ method: 'GET', url: '/r', headers: { ...gzip, cookie } });
    expect(intro.headers['content-encoding']).toBe('gzip');
    const html = gunzipSync(intro.rawPayload).toString('utf8');
    const assets = await Promise.all(assetPaths(html).map((url) => server.app.inject({ method: 'GET', url, headers: gzip })));
    expect(assets).toHaveLength(2);
    const bytes = [link, intro, ...assets].reduce((sum, response) => sum + response.rawPayload.length, 0);
    expect(bytes).toBeLessThan(20 * 1024);
  });

  it('serve the stylesheet and script under content-hashed names, cached for a year, compressed on request', async () => {
    const { token } = await invite(server.context, server.db, wave);
    const client = new RespondentClient(server.app);
    await client.open(token);
    for (const url of assetPaths(client.lastPage)) {
      expect(url).toMatch(/^\/r\/assets\/respondent\.[0-9a-f]{10}\.(css|js)$/);
      const plain = await server.app.inject({ method: 'GET', url });
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      // Below 1 KB compression saves nothing worth a header.
      const brotli = await server.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
      if (plain.rawPayload.length < 1024) continue;
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    }
    expect((await server.app.inject({ method: 'GET', url: '/r/assets/respondent.0000000000.css' })).statusCode).toBe(404);
  });

  it('carry no inline script or style, and the strict CSP of the rest of the server', async () => {
    const { token } = await invite(server.context, server.db, wave);
    const client = new RespondentClient(server.app);
    await client.open(token);
    const pages = [client.lastPage];
    await client.postPage({});
    pages.push(client.lastPage);
    await client.postPage({});
    pages.push(client.lastPage);
    for (const page of pages) {
      expect(page).not.toMatch(/<script(?![^>]*\ssrc=)/);
      expect(page).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    }
    const response = await client.get('/r');
    expect(String(response.headers['content-security-policy'])).toMatch(/script-src 'self';/);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('show the privacy notice with the anonymity thresholds in either language', async () => {
    const english = await server.app.inject({ method: 'GET', url: '/r/privacy', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(english.body).toContain(`groups of at least ${server.config.anonymityThreshold} people`);
    expect(english.body).toContain(`comments only from ${server.config.commentThreshold} people on`);
    const german = await server.app.inject({ method: 'GET', url: '/r/privacy?lang=de' });
    expect(german.body).toContain('<html lang="de">');
    expect(german.body).toContain(`mindestens ${server.config.anonymityThreshold} Personen`);
    // Exactly what a response row holds (see the anonymity tests), and the traces the README admits (the minute, and on PostgreSQL which minute until the day's end).
    expect(english.body).toContain(
      'What is stored: your answers and comments, the unit you rated, your unit (as the customer group, or as the provider when you rate your customers or your own unit), the survey with the version of its questions, and the day you submitted.',
    );
    expect(english.body).toContain('your name, your email address, the time of day, your IP address or your browser');
    expect(english.body).toContain('For about a minute after you submit');
    expect(english.body).toContain('Until the day is over (by UTC), they may then still tell in which minute your answers arrived');
    expect(german.body).toContain('die Umfrage mit der Fassung ihrer Fragen und der Tag des Absendens');
    expect(german.body).toContain('Etwa eine Minute lang nach dem Absenden');
    expect(german.body).toContain('in welcher Minute Ihre Antworten eintrafen');
  });
});
