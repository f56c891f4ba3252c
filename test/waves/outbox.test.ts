import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';
import { buildSurveyCompany, createWave, outboxOf } from './wave-support.js';

let server: TestServer;
let admin: ApiClient;
let waveId: string;

beforeAll(async () => {
  server = await createTestServer();
  admin = await server.signInAsAdmin();
  await buildSurveyCompany(server.context, 'Mail');
  waveId = (await createWave(admin)).id;
  expect((await admin.post(`/api/waves/${waveId}/open`)).status).toBe(200);
});
afterAll(async () => {
  await server?.cleanup();
});

describe('GET /api/outbox', () => {
  it('lists pending mails with their text while no SMTP server is configured (the demo answers from here)', async () => {
    const response = await admin.get('/api/outbox?status=pending&pageSize=5');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      isSmtpConfigured: false,
      counts: { pending: 10, sent: 0, failed: 0 },
      total: 10,
      page: 1,
      pageSize: 5,
    });
    expect(response.body.items).toHaveLength(5);
    for (const item of response.body.items) {
      expect(item).toMatchObject({ kind: 'invitation', waveId, status: 'pending', attempts: 0, lastError: null });
      expect(item.bodyText).toContain(`${server.config.publicUrl}/r/`);
      expect(item).not.toHaveProperty('bodyHtml');
    }
    expect((await admin.get('/api/outbox?page=2&pageSize=5')).body.items).toHaveLength(5);
  });

  it("shows a failed mail's last error, and retry puts it back in the queue", async () => {
    const [mail] = await outboxOf(server, waveId);
    await server.context.stores.outbox.markFailed(mail!.id, { error: '550 mailbox unavailable', nextAttemptAt: null });
    const failed = await admin.get('/api/outbox?status=failed');
    expect(failed.body.items).toEqual([
      expect.objectContaining({ id: mail!.id, status: 'failed', lastError: '550 mailbox unavailable', bodyText: null }),
    ]);
    expect((await admin.get(`/api/waves/${waveId}`)).body.outbox).toEqual({ pending: 9, sent: 0, failed: 1 });

    expect((await admin.post(`/api/outbox/${mail!.id}/retry`)).status).toBe(204);
    expect((await admin.get('/api/outbox')).body.counts).toEqual({ pending: 10, sent: 0, failed: 0 });
    expectProblem(await admin.post(`/api/outbox/${mail!.id}/retry`), 409);
    expectProblem(await admin.post('/api/outbox/nope/retry'), 409);
  });

  it('refuses an unknown status', async () => {
    expectProblem(await admin.get('/api/outbox?status=lost'), 422, 'querystring.status');
  });

  it('does not show mail bodies when SMTP sends them: the links belong to their recipients', async () => {
    const withSmtp = await createTestServer({ environment: { SMTP_URL: 'smtp://127.0.0.1:2525' } });
    try {
      const client = await withSmtp.signInAsAdmin();
      await buildSurveyCompany(withSmtp.context, 'Smtp');
      const wave = await createWave(client);
      expect((await client.post(`/api/waves/${wave.id}/open`)).status).toBe(200);
      const response = await client.get('/api/outbox');
      expect(response.body.isSmtpConfigured).toBe(true);
      expect(response.body.items.length).toBe(10);
      for (const item of response.body.items) expect(item.bodyText).toBeNull();
    } finally {
      await withSmtp.cleanup();
    }
  });
});
