import { z } from 'zod';
import { listOutbox } from '../../app/waves/list-outbox.js';
import { retryOutboxMail } from '../../app/waves/retry-outbox-mail.js';
import { actorOf } from '../authenticate.js';
import type { OutboxPage } from '../../contract/survey-bodies.js';
import { exactly, idParams } from '../schemas.js';
import type { ApiScope, RouteDependencies } from './types.js';

const outboxStatus = z.enum(['pending', 'sent', 'failed']);

/** The mail outbox (admins): what waits, what went out, what failed and why; retry a failed mail. */
export function registerOutboxRoutes(api: ApiScope, { context, config }: RouteDependencies): void {
  const tags = ['outbox'];
  api.get(
    '/outbox',
    {
      schema: {
        tags,
        description:
          'Mails by status, newest first. Without SMTP configured, pending invitations show their text (with the survey link). Reminders show no recipient, subject or text, and only the codes of their errors: they go only to those who have not answered.',
        querystring: z.object({
          status: outboxStatus.optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: exactly<OutboxPage>()(
            z.object({
              isSmtpConfigured: z.boolean(),
              counts: z.object({ pending: z.number().int(), sent: z.number().int(), failed: z.number().int() }),
              total: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
              items: z.array(
                z.object({
                  id: z.string(),
                  kind: z.string(),
                  waveId: z.string().nullable(),
                  recipient: z.string().nullable(),
                  subject: z.string().nullable(),
                  bodyText: z.string().nullable(),
                  status: outboxStatus,
                  attempts: z.number().int(),
                  nextAttemptAt: z.string(),
                  lastError: z.string().nullable(),
                  createdAt: z.string(),
                  sentAt: z.string().nullable(),
                }),
              ),
            }),
          ),
        },
      },
    },
    async (request) => {
      const isSmtpConfigured = config.smtpUrl !== undefined;
      return { isSmtpConfigured, ...(await listOutbox(context, actorOf(request), { ...request.query, isSmtpConfigured })) };
    },
  );
  api.post('/outbox/:id/retry', { schema: { tags, params: idParams } }, async (request, reply) => {
    await retryOutboxMail(context, actorOf(request), request.params.id);
    return reply.code(204).send();
  });
}
