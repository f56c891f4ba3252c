import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startCli } from '../support/cli-process.js';
import { createTestRuntime, type TestRuntime } from '../support/database.js';
import { createSurveyWave, inviteMany, twentyAnswers, type SurveyWave } from './fixture.js';

// The server acknowledges a submission only after the commit that holds it: a server killed
// (SIGKILL, no shutdown) while submissions are in flight has stored every one it acknowledged,
// and of the others either all or nothing.
const submissions = 400;
const killAfter = 100;

let test: TestRuntime;
let wave: SurveyWave;
let invitations: { invitationId: string; token: string }[];
let child: ChildProcess | undefined;

beforeAll(async () => {
  test = await createTestRuntime();
  wave = await createSurveyWave(test.runtime.context, test.runtime.handle.db);
  invitations = await inviteMany(test.runtime.handle.db, wave, submissions);
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await test?.cleanup();
});

/** `eyelevel serve` on the test's database, in a process of its own; resolves with its URL once it serves. */
async function startServer(): Promise<string> {
  const port = await freePort();
  const database = test.config.database;
  const target: Record<string, string> =
    database.kind === 'postgres' ? { DATABASE_URL: database.url } : { EYELEVEL_DATA: test.config.dataDirectory };
  const started = startCli(['serve', '--port', String(port)], { ...target, LOG_LEVEL: 'silent', EYELEVEL_RATE_LIMIT: '100000' });
  child = started;
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /eyelevel is serving (\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    started.stdout?.on('data', read);
    started.stderr?.on('data', read);
    started.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
}

describe('a server killed while submissions are in flight', () => {
  it('has stored every submission it acknowledged, each whole', async () => {
    const url = await startServer();
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    const answers = twentyAnswers(wave.content);
    const body = JSON.stringify({ ratings: [{ kind: 'perception', providerUnitId: wave.providers[0]?.id, answers }] });
    const acknowledged: string[] = [];
    // Twenty clients, each posting its next submission after the answer to the last: when the
    // server is killed, some submissions are in flight and the rest never leave.
    let next = 0;
    const client = async () => {
      while (next < invitations.length) {
        const { invitationId, token } = invitations[next++]!;
        const response = await fetch(`${url}/api/respond/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        });
        if (response.status !== 200) throw new Error(`answered ${response.status}`);
        acknowledged.push(invitationId);
        if (acknowledged.length === killAfter) child?.kill('SIGKILL');
      }
    };
    await Promise.allSettled(Array.from({ length: 20 }, client));
    await exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
    expect(acknowledged.length).toBeLessThan(submissions);

    const { db } = test.runtime.handle;
    const submitted = new Set(
      (await db.selectFrom('invitations').select('id').where('wave_id', '=', wave.waveId).where('is_submitted', '=', 1).execute()).map(
        (row) => row.id,
      ),
    );
    expect(acknowledged.filter((id) => !submitted.has(id))).toEqual([]);
    // One response per submission: a submission was stored whole or not at all.
    let stored = 0;
    for (const table of ['responses', 'response_inbox'] as const) {
      const { n } = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('wave_id', '=', wave.waveId)
        .executeTakeFirstOrThrow();
      stored += Number(n);
    }
    expect(stored).toBe(submitted.size);
  }, 120_000);
});
