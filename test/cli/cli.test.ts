import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoWaveSchedule } from '../../src/app/demo/demo-story.js';
import { freePort, startCli } from '../support/cli-process.js';

const folders: string[] = [];

function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'eyelevel-cli-'));
  folders.push(folder);
  return folder;
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Runs the CLI to its end. */
function runCli(
  args: string[],
  environment: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = startCli(args, environment);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/**
 * Starts `demo`, waits for "eyelevel is serving URL", runs `work` against it and stops it
 * with SIGTERM (by its pid). Answers the work's result and everything the demo printed.
 */
async function withDemo<T>(
  folder: string,
  work: (url: string, output: string) => Promise<T>,
): Promise<{ result: T; output: string; code: number | null }> {
  const port = await freePort();
  const child = startCli(['demo', '--data', folder, '--port', String(port)]);
  let output = '';
  const exited = new Promise<number | null>((resolvePromise) => child.on('close', (code) => resolvePromise(code)));
  try {
    const url = await new Promise<string>((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`demo did not start within 60 s:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /eyelevel is serving (http:\/\/\S+)/.exec(output);
        // The sign-in line and the respondent links come after the serving line; wait for all.
        if (match?.[1] && /sign in as .+\n/.test(output) && printedLinks(output).length === 2) {
          clearTimeout(timer);
          resolvePromise(match[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('close', (code) => {
        clearTimeout(timer);
        reject(new Error(`demo exited with ${code} before serving:\n${output}`));
      });
    });
    expect(url).toBe(`http://127.0.0.1:${port}`);
    const result = await work(url, output);
    if (child.pid !== undefined) process.kill(child.pid, 'SIGTERM');
    return { result, output, code: await exited };
  } finally {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
    await exited;
  }
}

/** The respondent links `demo` prints: language, person, unit and link. */
function printedLinks(output: string): { language: string; name: string; link: string }[] {
  return [...output.matchAll(/^ {2}(German|English): (.+) \(.+\): (http:\/\/\S+\/r\/\S+)$/gm)].map((match) => ({
    language: match[1] ?? '',
    name: match[2] ?? '',
    link: match[3] ?? '',
  }));
}

/** Follows a printed link as a browser would: the token becomes a cookie, /r shows the survey in the person's language. */
async function openSurvey(url: string, link: string): Promise<string> {
  const exchange = await fetch(link, { redirect: 'manual' });
  expect(exchange.status).toBe(303);
  const cookie = exchange.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  const survey = await fetch(`${url}${exchange.headers.get('location')}`, { headers: { cookie } });
  expect(survey.status).toBe(200);
  return survey.text();
}

/** Signs in with the login `demo` printed and answers the session cookie. */
async function signInAsDemoAdmin(url: string, output: string): Promise<string> {
  const login = /sign in as (\S+) with password (\S+)/.exec(output);
  expect(login, output).not.toBeNull();
  const signIn = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: login?.[1], password: login?.[2] }),
  });
  expect(signIn.status).toBe(200);
  return signIn.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
}

/** How many units and survey waves the demo admin sees. */
async function countAsDemoAdmin(url: string, output: string): Promise<{ units: number; waves: number }> {
  const cookie = await signInAsDemoAdmin(url, output);
  const units = await fetch(`${url}/api/units`, { headers: { cookie } });
  expect(units.status).toBe(200);
  const waves = await fetch(`${url}/api/waves`, { headers: { cookie } });
  expect(waves.status).toBe(200);
  return {
    units: ((await units.json()) as { units: unknown[] }).units.length,
    waves: ((await waves.json()) as { waves: unknown[] }).waves.length,
  };
}

describe.concurrent('eyelevel CLI', () => {
  it('--help lists the commands', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const command of ['demo', 'serve', 'migrate', 'import']) expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('migrate --data DIR creates DIR/eyelevel.db and exits 0', async () => {
    const folder = join(temporaryFolder(), 'nested', 'data');
    const first = await runCli(['migrate', '--data', folder]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('database is up to date (sqlite)');
    expect(existsSync(join(folder, 'eyelevel.db'))).toBe(true);
  });

  // Each start costs seconds; more port and environment cases are in-process in config.test.ts.
  it('refuses --port abc, naming --port', async () => {
    const folder = temporaryFolder();
    const { code, stderr } = await runCli(['serve', '--data', folder, '--port', 'abc']);
    expect(code).not.toBe(0);
    expect(stderr).toContain('--port');
    expect(stderr).toContain('"abc"');
    expect(stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace
    expect(existsSync(join(folder, 'eyelevel.db'))).toBe(false);
  });

  it('refuses PORT=abc in the environment, naming PORT', async () => {
    const folder = temporaryFolder();
    const { code, stderr } = await runCli(['serve', '--data', folder], { PORT: 'abc' });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/\bPORT\b/);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(folder, 'eyelevel.db'))).toBe(false);
  });
});

describe('eyelevel demo', () => {
  it('seeds and serves with printed survey links; a second start keeps company and waves and prints new links', async () => {
    const folder = temporaryFolder();
    const first = await withDemo(folder, async (url, output) => {
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      const [german, english] = printedLinks(output);
      expect(await openSurvey(url, german?.link ?? '')).toContain('lang="de"');
      expect(await openSurvey(url, english?.link ?? '')).toContain('lang="en"');
      return countAsDemoAdmin(url, output);
    });
    expect(first.output).toContain('seeded the demo company');
    // The open wave is named after the half-year it opened in, by the same clock.
    const openWave = demoWaveSchedule(new Date()).open.name;
    expect(first.output).toMatch(/seeded 3 past survey waves .* and the open wave "/);
    expect(first.output).toContain(`and the open wave "${openWave}"`);
    expect(printedLinks(first.output).map((link) => link.language)).toEqual(['German', 'English']);
    expect(first.result.units).toBeGreaterThan(5);
    expect(first.result.waves).toBe(4);
    expect(first.code).toBe(0); // SIGTERM shuts down cleanly

    const second = await withDemo(folder, (url, output) => countAsDemoAdmin(url, output));
    expect(second.output).toContain('already there');
    expect(second.output).not.toContain('seeded the demo company');
    expect(second.output).not.toContain('past survey waves');
    expect(second.result).toEqual(first.result);
    // New links for the same two people (they have not answered): raw tokens are never stored.
    const [before, after] = [printedLinks(first.output), printedLinks(second.output)];
    expect(after.map((link) => link.name)).toEqual(before.map((link) => link.name));
    expect(after.map((link) => link.link)).not.toEqual(before.map((link) => link.link));
    expect(second.code).toBe(0);
  });
});
