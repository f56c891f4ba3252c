import pino from 'pino';
import { ensureAdminAccount } from '../app/access/accounts.js';
import type { Config } from '../config.js';
import { serializeRequest } from '../http/respondent/redact.js';
import { buildServer } from '../http/server.js';
import { startMailDelivery } from '../platform/outbox-worker.js';
import { startWaveScheduler } from '../app/waves/schedule-waves.js';
import type { Runtime } from '../wiring.js';

/** Starts the HTTP server on an open runtime and prints where it listens and how to sign in. */
export async function startServing({ config, runtime }: { config: Config; runtime: Runtime }): Promise<string> {
  const admin = await ensureAdminAccount(runtime.context, { email: config.adminEmail, password: config.adminPassword });
  const logger = pino({
    level: config.logLevel,
    // Survey links carry tokens; every logged URL goes through the respondent redaction.
    serializers: { req: serializeRequest },
    redact: { paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], remove: true },
  });
  const app = await buildServer({ context: runtime.context, config, logger });
  const mailDelivery = startMailDelivery({
    config,
    context: runtime.context,
    onError: (error) => logger.error({ err: error }, 'mail delivery failed'),
  });
  const waveScheduler = startWaveScheduler({
    context: runtime.context,
    settings: { publicUrl: config.publicUrl, anonymityThreshold: config.anonymityThreshold },
    onReport: (report) => {
      if (report.opened.length + report.closed.length > 0)
        logger.info({ opened: report.opened, closed: report.closed }, 'scheduled waves advanced');
      for (const failure of report.failed) logger.warn({ waveId: failure.waveId }, `scheduled opening failed: ${failure.message}`);
    },
    onError: (error) =>
      logger.error(
        { err: error },
        'the wave scheduler failed (opening or closing waves, moving the response inbox, or the daily rewrite of open waves)',
      ),
  });
  const shutdown = async () => {
    await app.close();
    await waveScheduler.stop();
    await mailDelivery?.stop();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  process.stdout.write(`eyelevel is serving ${url}\n`);
  process.stdout.write(mailDelivery ? 'mail: sending through SMTP_URL\n' : 'mail: no SMTP_URL set; mails wait in the outbox page\n');
  if (admin) {
    process.stdout.write(`admin login: ${admin.email}\n`);
    process.stdout.write(
      admin.generatedPassword
        ? `admin password (shown once, change it after signing in): ${admin.generatedPassword}\n`
        : 'admin password: the one in EYELEVEL_ADMIN_PASSWORD\n',
    );
  }
  return url;
}
