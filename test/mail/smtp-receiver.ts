import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface SmtpReceiver {
  url: string;
  /** Every message the receiver accepted, in order, duplicates included. */
  received: ReceivedMail[];
  /** Recipients answered with "550 no such user" while listed here. */
  rejected: Set<string>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 that parses and keeps what it receives. `beforeAccepting`
 * runs after a message is recorded and before the server answers "250 OK" to it.
 */
export async function startSmtpReceiver(
  options: { beforeAccepting?: (count: number) => Promise<void> | void } = {},
): Promise<SmtpReceiver> {
  const received: ReceivedMail[] = [];
  const rejected = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    // No STARTTLS: the test server has no certificate nodemailer would trust.
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1_000,
    onRcptTo(address, _session, callback) {
      if (!rejected.has(address.address)) return callback();
      callback(Object.assign(new Error('no such user'), { responseCode: 550 }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
          received.push({
            messageId: parsed.messageId ?? '',
            to: to?.value[0]?.address ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          });
          await options.beforeAccepting?.(received.length);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // A client killed mid-session (the crash test) leaves a broken socket behind; that is expected.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the SMTP receiver has no port');
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    rejected,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
