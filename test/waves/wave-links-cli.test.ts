import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/app/tokens.js';
import { createTestServer, type ApiClient, type TestServer } from '../support/server.js';
import { buildSurveyCompany, createWave, invitedByDefault, markSubmitted, type SurveyCompany } from './wave-support.js';

const projectRoot = new URL('../../', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'eyelevel-wave-links-'));
let server: TestServer;
let admin: ApiClient;
let company: SurveyCompany;
let waveId: string;

beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
  company = await buildSurveyCompany(server.context, 'Links');
  waveId = (await createWave(admin, { name: 'Print run' })).id;
  expect((await admin.post(`/api/waves/${waveId}/open`)).status).toBe(200);
});
afterAll(async () => {
  await server?.cleanup();
  rmSync(folder, { recursive: true, force: true });
});

/** Runs `eyelevel wave …` as an operator would, on the test's own database. */
function eyelevel(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  const database = server.config.database;
  const target = database.kind === 'postgres' ? { DATABASE_URL: database.url } : {};
  const data = database.kind === 'sqlite' ? ['--data', server.config.dataDirectory] : [];
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'src/cli/main.ts', 'wave', ...args, ...data],
      { cwd: projectRoot, env: { ...environment, ...target, LOG_LEVEL: 'silent', EYELEVEL_PUBLIC_URL: 'https://survey.example.com' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('eyelevel wave', () => {
  it('links WAVE --out FILE writes email,name,unit,link for everyone invited, answered or not, with links whose hashes are stored', async () => {
    await markSubmitted(server, waveId, [company.people.sales[0]!]);
    const out = join(folder, 'links.csv');
    const result = await eyelevel('links', 'print RUN', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`wrote 13 links for wave "Print run" to ${out}`);
    expect(result.stdout + result.stderr).not.toMatch(/\/r\/[A-Za-z0-9_-]{20,}/);
    expect(statSync(out).mode & 0o777).toBe(0o600);

    const [header, ...rows] = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(header).toBe('email,name,unit,link');
    expect(rows).toHaveLength(13);
    // The one who answered is listed too: a list of those still to answer would tell who has.
    const invited = invitedByDefault(company);
    const stored = await server.runtime.handle.db
      .selectFrom('invitation_tokens')
      .innerJoin('invitations', 'invitations.id', 'invitation_tokens.invitation_id')
      .select(['token_hash', 'person_id', 'wave_id'])
      .execute();
    for (const row of rows) {
      const [email, name, unit, link] = row.split(',');
      const person = invited.find((candidate) => candidate.email === email);
      expect(person, row).toBeDefined();
      expect(name).toBe(person?.name);
      expect(unit).toMatch(/^Links AG\/(Sales|HR|Legal|IT|Finance)$/);
      expect(link).toMatch(/^https:\/\/survey\.example\.com\/r\/[A-Za-z0-9_-]{43}$/);
      const token = link!.split('/r/')[1]!;
      expect(stored.find((entry) => entry.token_hash === hashToken(token))).toEqual({
        token_hash: hashToken(token),
        person_id: person?.id,
        wave_id: waveId,
      });
      expect(stored.map((entry) => entry.token_hash)).not.toContain(token);
    }
    // The invitation mails' links still work: every invitation now has two.
    const perInvitation = stored.filter((entry) => entry.person_id === invited[0]?.id);
    expect(perInvitation).toHaveLength(2);
  }, 120_000);

  it('links WAVE --out FILE.pdf writes cards to print and cut, eight to a page, owner-only', async () => {
    const out = join(folder, 'cards.pdf');
    const result = await eyelevel('links', 'print RUN', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`wrote 13 links for wave "Print run" to ${out}`);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(2);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  }, 120_000);

  it('list shows the waves', async () => {
    const result = await eyelevel('list');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${waveId}\\s+open\\s+.*\\s+13\\s+Print run$`, 'm'));
  }, 120_000);

  it('refuses a wave that is not open, an unknown wave, a missing --out and an existing file', async () => {
    const draft = await createWave(admin, { name: 'Not yet' });
    const out = join(folder, 'draft.csv');
    const existing = join(folder, 'existing.csv');
    writeFileSync(existing, 'keep me');
    // Each run starts a process: run them side by side.
    const [notOpen, unknown, missing, refused, badFormat] = await Promise.all([
      eyelevel('links', draft.id, '--out', out),
      eyelevel('links', 'No such wave', '--out', join(folder, 'unknown.csv')),
      eyelevel('links', waveId),
      eyelevel('links', waveId, '--out', existing),
      eyelevel('links', waveId, '--out', join(folder, 'cards.docx'), '--format', 'docx'),
    ]);
    expect(notOpen.code).toBe(1);
    expect(notOpen.stderr).toBe('eyelevel: wave "Not yet" is draft; links are made only for an open wave\n');
    expect(existsSync(out)).toBe(false);

    expect(unknown.stderr).toBe('eyelevel: wave "No such wave" not found\n');

    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("required option '--out <file>' not specified");

    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('exists; choose another file or add --force');
    expect(readFileSync(existing, 'utf8')).toBe('keep me');

    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toBe('eyelevel: --format: "docx" is not a format; choose csv or pdf\n');
    expect(existsSync(join(folder, 'cards.docx'))).toBe(false);
  }, 120_000);
});
