import SqliteDatabase from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Fastify from 'fastify';
import { loadConfig } from '../../src/config.js';
import { startWaveScheduler } from '../../src/app/waves/schedule-waves.js';
import { buildServer } from '../../src/http/server.js';
import { startRuntime } from '../../src/wiring.js';
import { createSurveyWave, inviteMany, twentyAnswers } from '../respond/fixture.js';
import { report } from './measure.js';

// Ingest through HTTP with durable commits (SQLite, synchronous=FULL): each request is one
// invitation submitting its ratings of 20 answers with `Authorization: Bearer <token>`.
// autocannon runs in a worker thread, so the load client has its own event loop, on the same
// machine as the server. Budget (SPEC.md): ≥ 5,000 ratings/s at concurrency 20, ≥ 10,000 at
// 200, p99 ≤ 50 ms, every acknowledged rating durable.

interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  ok: number;
  errors: number;
  non2xx: number;
  seconds: number;
}

const LOAD_CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require('autocannon');
const { url, path, method, tokens, count, body, connections } = workerData;
let next = 0;
const options = {
  url, connections, amount: count, timeout: 30,
  requests: [{
    method, path,
    setupRequest: (request) => {
      const headers = { ...request.headers };
      if (body) headers['content-type'] = 'application/json';
      if (tokens) headers.authorization = 'Bearer ' + tokens[next++ % tokens.length];
      return { ...request, body, headers };
    },
  }],
};
// autocannon notices that a fixed amount is done only on its next one-second tick, so its
// duration rounds up to whole seconds; the rate is taken from the first request to the last answer.
const startedAt = Date.now();
let lastAnswerAt = startedAt;
const instance = autocannon(options, (error, raw) => {
  if (error) throw error;
  // Outside the main thread autocannon leaves its histograms encoded; aggregate them here.
  const result = autocannon.aggregateResult([raw], options);
  const seconds = Math.max(lastAnswerAt - startedAt, 1) / 1000;
  parentPort.postMessage({
    requestsPerSecond: result['2xx'] / seconds, p50: result.latency.p50, p99: result.latency.p99,
    ok: result['2xx'], errors: result.errors + result.timeouts, non2xx: result.non2xx, seconds,
  });
});
instance.on('response', () => {
  lastAnswerAt = Date.now();
});
`;

interface LoadOptions {
  url: string;
  path: string;
  method: 'GET' | 'POST';
  connections: number;
  count: number;
  /** One token per request, sent as `Authorization: Bearer …`. */
  tokens?: string[];
  body?: string;
}

function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_CLIENT, { eval: true, workerData: options });
    worker.once('message', (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Requests per second of the bare committing endpoint, by concurrency: the machine's ceiling. */
type References = Record<number, number>;

/**
 * A bare endpoint with durable group commits and no checks, as the comparison
 * describes it: Fastify with no plugins; each POST's body is queued, and what arrived
 * together is inserted in one transaction into a SQLite file (WAL, synchronous=FULL) on the
 * server's thread; every request is answered after its commit. No token lookup, no
 * validation, no invitation marked.
 */
async function startBareCommitServer(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  const sqlite = new SqliteDatabase(join(folder, 'bare.db'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.exec('CREATE TABLE bodies (id text PRIMARY KEY, body text NOT NULL)');
  const insert = sqlite.prepare('INSERT INTO bodies (id, body) VALUES (?, ?)');
  const store = sqlite.transaction((bodies: string[]) => {
    for (const body of bodies) insert.run(randomUUID(), body);
  });
  let queue: { body: string; done: () => void }[] = [];
  let isScheduled = false;
  const flush = () => {
    isScheduled = false;
    const batch = queue;
    queue = [];
    store(batch.map((entry) => entry.body));
    for (const entry of batch) entry.done();
  };
  const bare = Fastify();
  bare.post('/bare-commit', (request, reply) => {
    queue.push({ body: JSON.stringify(request.body), done: () => void reply.send({ stored: true }) });
    if (!isScheduled) {
      isScheduled = true;
      setImmediate(flush);
    }
  });
  const url = await bare.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    close: async () => {
      await bare.close();
      sqlite.close();
    },
  };
}

/**
 * What this machine gives before any of our work: Fastify with no plugins answering the same
 * POST without a database; the same with durable group commits (the ceiling); and the full
 * server (security plugins, rate limit) on GET /api/health.
 */
async function measureReferences(body: string, fullServerUrl: string, folder: string): Promise<References> {
  const bare = Fastify();
  bare.post('/bare', async (request) => ({ received: Object.keys(request.body as object).length }));
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  for (const connections of [20, 200]) {
    await runLoad({ url: bareUrl, path: '/bare', method: 'POST', connections, count: 5_000, body });
    const result = await runLoad({ url: bareUrl, path: '/bare', method: 'POST', connections, count: 30_000, body });
    report(`reference: bare Fastify POST c${connections}`, {
      'requests/s': result.requestsPerSecond,
      p50ms: result.p50,
      p99ms: result.p99,
    });
  }
  await bare.close();
  const ceiling: References = {};
  const committing = await startBareCommitServer(folder);
  for (const connections of [20, 200]) {
    await runLoad({ url: committing.url, path: '/bare-commit', method: 'POST', connections, count: 5_000, body });
    const result = await runLoad({ url: committing.url, path: '/bare-commit', method: 'POST', connections, count: 30_000, body });
    ceiling[connections] = result.requestsPerSecond;
    report(`reference: bare POST, durable group commit, no checks c${connections}`, {
      'requests/s': result.requestsPerSecond,
      p50ms: result.p50,
      p99ms: result.p99,
      errors: result.errors + result.non2xx,
    });
  }
  await committing.close();
  const health = await runLoad({ url: fullServerUrl, path: '/api/health', method: 'GET', connections: 20, count: 30_000 });
  report('reference: full server GET /api/health c20', { 'requests/s': health.requestsPerSecond, p50ms: health.p50, p99ms: health.p99 });
  return ceiling;
}

/** Bytes on the wire for one GET: status line, headers and the (compressed) body. */
function fetchRaw(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; bytes: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers }, (response) => {
      let bytes = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n`.length + 2;
      for (let index = 0; index < response.rawHeaders.length; index += 2) {
        bytes += `${response.rawHeaders[index]}: ${response.rawHeaders[index + 1]}\r\n`.length;
      }
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes, headers: response.headers }));
    });
    request.on('error', reject);
    request.end();
  });
}

/**
 * First load of the respondent page as a browser sees it: the link (a redirect), the intro
 * page, its CSS and JS; plus a provider page and the add-provider page (a list of units).
 */
async function measurePageTransfer(
  baseUrl: string,
  token: string,
  providerUnitId: string,
): Promise<{ firstLoad: number; providerPage: number; addPage: number }> {
  const accept = { 'accept-encoding': 'gzip, deflate, br', 'accept-language': 'de-DE,de;q=0.9,en;q=0.8' };
  const link = await fetchRaw(`${baseUrl}/r/${token}`, accept);
  const cookie = String(link.headers['set-cookie'] ?? '').split(';')[0] ?? '';
  const intro = await fetchRaw(`${baseUrl}/r`, { ...accept, cookie });
  const introHtml = await (await fetch(`${baseUrl}/r`, { headers: { cookie } })).text();
  const assets = [...introHtml.matchAll(/(?:href|src)="(\/r\/assets\/[^"]+)"/g)].map((match) => match[1] as string);
  let assetBytes = 0;
  for (const asset of assets) assetBytes += (await fetchRaw(`${baseUrl}${asset}`, accept)).bytes;
  const pageBytes = async (key: string) => (await fetchRaw(`${baseUrl}/r?page=${encodeURIComponent(key)}`, { ...accept, cookie })).bytes;
  return {
    firstLoad: link.bytes + intro.bytes + assetBytes,
    providerPage: await pageBytes(`provider:${providerUnitId}`),
    addPage: await pageBytes('add-provider'),
  };
}

export async function benchmarkIngest(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'eyelevel-bench-ingest-'));
  const config = loadConfig({ EYELEVEL_DATA: folder, LOG_LEVEL: 'silent', EYELEVEL_RATE_LIMIT: '100000000' });
  const runtime = await startRuntime(config);
  const { context, handle } = runtime;
  try {
    const wave = await createSurveyWave(context, handle.db, {
      providerNames: ['IT Support', 'Controlling', 'Facilities', 'HR', 'Legal', 'Purchasing'],
      otherNames: Array.from({ length: 200 }, (_, index) => `Unit ${index}`),
    });
    const plan = [
      { name: 'warm-up', connections: 20, count: 3_000, ratings: 1 },
      { name: 'concurrency 20', connections: 20, count: 30_000, ratings: 1 },
      { name: 'concurrency 200', connections: 200, count: 40_000, ratings: 1 },
      { name: 'concurrency 20, 6 ratings', connections: 20, count: 10_000, ratings: 6 },
      { name: 'concurrency 200, 6 ratings', connections: 200, count: 15_000, ratings: 6 },
    ];
    // `INGEST_STEPS="concurrency 200"` (names separated by ';') runs those steps only, after the
    // warm-up: alternating runs of two trees compare within the machine's noise in minutes.
    const chosen = process.env.INGEST_STEPS?.split(';').map((name) => name.trim());
    if (chosen) {
      const unknown = chosen.filter((name) => !plan.some((step) => step.name === name));
      if (unknown.length > 0)
        throw new Error(`INGEST_STEPS: unknown step ${unknown.join(', ')}; choose from ${plan.map((step) => step.name).join('; ')}`);
      plan.splice(0, plan.length, ...plan.filter((step) => step.name === 'warm-up' || chosen.includes(step.name)));
    }
    const invitations = await inviteMany(handle.db, wave, plan.reduce((sum, step) => sum + step.count, 0) + 10);
    const app = await buildServer({ context, config });
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    // As in `serve`, the scheduler empties the response inbox, here every 10 s instead of every minute.
    const scheduler = startWaveScheduler({
      context,
      settings: { publicUrl: config.publicUrl, anonymityThreshold: config.anonymityThreshold },
      intervalMs: 10_000,
      onError: (error) => console.error('the scheduler failed', error),
    });
    const answers = twentyAnswers(wave.content);
    const ceiling = await measureReferences(
      JSON.stringify({ ratings: [{ kind: 'perception', providerUnitId: wave.providers[0]?.id, answers }] }),
      baseUrl,
      folder,
    );
    let used = 0;
    let acknowledgedRatings = 0;
    let acknowledgedSubmissions = 0;
    for (const step of plan) {
      const tokens = invitations.slice(used, used + step.count).map((invitation) => invitation.token);
      used += step.count;
      const ratings = wave.providers
        .slice(0, step.ratings)
        .map((provider) => ({ kind: 'perception', providerUnitId: provider.id, answers }));
      const result = await runLoad({
        url: baseUrl,
        path: '/api/respond/submissions',
        method: 'POST',
        tokens,
        count: tokens.length,
        body: JSON.stringify({ ratings }),
        connections: step.connections,
      });
      acknowledgedSubmissions += result.ok;
      acknowledgedRatings += result.ok * step.ratings;
      if (step.name === 'warm-up') continue;
      const ratingsPerSecond = result.requestsPerSecond * step.ratings;
      const goal = step.connections >= 200 ? 10_000 : 5_000;
      // The goals were set beside a bare endpoint with durable group commits and no checks,
      // measured at 6,000/s at concurrency 20 and 13,800/s at 200 on a machine of the same
      // kind: 5/6 and 0.72 of it. Taken of the same endpoint on this machine, those shares
      // give goals that compare across machines of different speed.
      const goalShareOfCeiling = step.connections >= 200 ? 10_000 / 13_800 : 5_000 / 6_000;
      const machineCeiling = ceiling[step.connections] ?? Number.NaN;
      report(`ingest ${step.name}`, {
        'ratings/s': ratingsPerSecond,
        'requests/s': result.requestsPerSecond,
        p50ms: result.p50,
        p99ms: result.p99,
        errors: result.errors + result.non2xx,
        ofGoal: `${(ratingsPerSecond / goal).toFixed(2)}×${goal}`,
        ...(step.ratings === 1
          ? {
              ofCeiling: `${(result.requestsPerSecond / machineCeiling).toFixed(2)}×${Math.round(machineCeiling)}`,
              ofScaledGoal: `${(result.requestsPerSecond / (machineCeiling * goalShareOfCeiling)).toFixed(2)}×${Math.round(machineCeiling * goalShareOfCeiling)}`,
            }
          : {}),
        p99OfBudget: `${(result.p99 / 50).toFixed(2)}×50ms`,
      });
    }
    await scheduler.stop();
    const transfer = await measurePageTransfer(baseUrl, invitations[invitations.length - 1]?.token ?? '', wave.providers[0]?.id ?? '');
    await app.close();
    await runtime.close();
    // Durability: a fresh connection sees exactly what was acknowledged.
    const check = new SqliteDatabase(join(folder, 'eyelevel.db'), { readonly: true });
    const stored = check.prepare('SELECT (SELECT count(*) FROM responses) + (SELECT count(*) FROM response_inbox) AS n').get() as {
      n: number;
    };
    const submitted = check.prepare('SELECT count(*) AS n FROM invitations WHERE is_submitted = 1').get() as { n: number };
    check.close();
    const isDurable = stored.n === acknowledgedRatings && submitted.n === acknowledgedSubmissions;
    report('ingest durability', {
      acknowledgedRatings,
      storedRatings: stored.n,
      acknowledgedSubmissions,
      submittedInvitations: submitted.n,
      verdict: isDurable ? 'all durable' : 'MISMATCH',
    });
    // The figures above are void if anything acknowledged is missing: the run fails.
    if (!isDurable) process.exitCode = 1;
    report('respondent page first load', {
      kB: transfer.firstLoad / 1024,
      budgetKB: 80,
      ratio: `${(transfer.firstLoad / 81_920).toFixed(2)} of budget`,
    });
    report('respondent provider page', { kB: transfer.providerPage / 1024 });
    report('respondent add-provider page (200 units)', { kB: transfer.addPage / 1024 });
  } finally {
    await runtime.close().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  }
}
