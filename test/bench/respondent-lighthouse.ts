import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { buildServer } from '../../src/http/server.js';
import { startRuntime } from '../../src/wiring.js';
import { createSurveyWave, invite } from '../respond/fixture.js';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/browser.js';
import { report } from './measure.js';

// The respondent page against the budget of SPEC.md: Lighthouse mobile performance ≥ 95 and
// accessibility 100. Lighthouse's mobile defaults: a phone's screen, a 4× slower CPU and a
// slow 4G network, simulated from a trace of the real load. Debian's Chromium, headless;
// everything the page loads comes from the server on 127.0.0.1.

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function benchmarkRespondentLighthouse(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'eyelevel-bench-lighthouse-'));
  const config = loadConfig({ EYELEVEL_DATA: folder, LOG_LEVEL: 'silent' });
  const runtime = await startRuntime(config);
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`],
  });
  try {
    const wave = await createSurveyWave(runtime.context, runtime.handle.db, { customerNames: ['Marketing'] });
    const app = await buildServer({ context: runtime.context, config });
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const pages = [
      // The first load, as from the invitation mail: the link, its redirect to /r, the intro page.
      {
        name: 'intro (first load from the link)',
        url: async () => `${baseUrl}/r/${(await invite(runtime.context, runtime.handle.db, wave)).token}`,
      },
      {
        name: 'provider page',
        url: async () => {
          const { token } = await invite(runtime.context, runtime.handle.db, wave);
          const opened = await app.inject({ method: 'GET', url: `/r/${token}` });
          const cookie = String(opened.headers['set-cookie']).split(';')[0] ?? '';
          const path = `/r?page=${encodeURIComponent(`provider:${wave.providers[0]?.id ?? ''}`)}`;
          // The page Lighthouse will load with this cookie is the provider page, not a notice.
          const check = await app.inject({ method: 'GET', url: path, headers: { cookie } });
          if (check.statusCode !== 200 || !check.body.includes('How do you experience')) throw new Error('the provider page did not open');
          return { url: `${baseUrl}${path}`, cookie };
        },
      },
    ];
    for (const page of pages) {
      const target = await page.url();
      const { url, cookie } = typeof target === 'string' ? { url: target, cookie: undefined } : target;
      const result = await lighthouse(url, {
        port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility'],
        ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.name}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const ms = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
      const failedAccessibility = (categories.accessibility?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
      report(`lighthouse mobile: ${page.name}`, {
        performance: score('performance'),
        accessibility: score('accessibility'),
        budget: 'performance ≥ 95, accessibility 100',
        verdict: score('performance') >= 95 && score('accessibility') === 100 ? 'met' : 'MISSED',
        fcpMs: ms('first-contentful-paint'),
        lcpMs: ms('largest-contentful-paint'),
        tbtMs: ms('total-blocking-time'),
        cls: Number((audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3)),
        transferKB: Math.round(((audits['total-byte-weight']?.numericValue ?? Number.NaN) / 1024) * 10) / 10,
        ...(failedAccessibility.length > 0 ? { accessibilityFailures: failedAccessibility.join(',') } : {}),
      });
      if (score('performance') < 95 || score('accessibility') < 100) process.exitCode = 1;
    }
    await app.close();
  } finally {
    await browser.close();
    await runtime.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
