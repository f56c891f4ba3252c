import nodemailer from 'nodemailer';
import type { Mailer } from '../app/ports.js';

export interface SmtpMailer extends Mailer {
  /** Closes the pooled connections; mails in flight finish first. */
  close(): void;
}

/**
 * Sends outbox mails over SMTP with nodemailer, through a small pool of reused connections.
 * Parameters in the URL (`?pool=false`, `?secure=true`, user and password) win over these defaults.
 */
export function createSmtpMailer(options: { url: string; from: string; maxConnections?: number }): SmtpMailer {
  const transport = nodemailer.createTransport({
    url: options.url,
    pool: true,
    maxConnections: options.maxConnections ?? 2,
    // The outbox retries with backoff and records the error; a silent resend inside the pool would do neither.
    maxRequeues: 0,
    // A hung server must fail the attempt well inside the outbox lease (minutes), not after
    // nodemailer's default of 10 minutes, or another worker could claim and send the mail too.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from: options.from,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.bodyText,
        html: mail.bodyHtml,
        // The same id on every attempt: a mail sent again after a crash between the server's
        // "250 OK" and markSent is recognisably the same message, and mail clients drop the copy.
        messageId: `<${mail.id}@eyelevel>`,
        // RFC 3834: out-of-office responders do not answer automated mail.
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
      if (info.rejected?.length) throw new Error(`recipient rejected: ${info.rejected.join(', ')}`);
    },
    close: () => transport.close(),
  };
}
