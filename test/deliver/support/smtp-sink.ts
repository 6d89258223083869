import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server in this process, as nodemailer's own pool tests use: it accepts mail,
 * or rejects by rule so each reply class can be exercised.
 */
export interface SmtpSink {
  port: number;
  url: string;
  /** Raw messages received, in order. */
  messages: Buffer[];
  /** Every RCPT TO, with when it came and the code answered (250 when accepted). */
  attempts: { address: string; at: number; code: number }[];
  close(): Promise<void>;
}

export type Rule = { match: RegExp; code: number; message: string };

export interface SinkOptions {
  /** Decides a RCPT TO before the fixed rules (e.g. a 451 storm); undefined falls through. */
  onRcpt?: (address: string) => Rule | undefined;
}

/** Rejections at RCPT TO: a 4xx (try later) and a 5xx (no such user). */
export const RCPT_RULES: Rule[] = [
  { match: /^busy@/, code: 450, message: '4.2.1 Mailbox busy, try again later' },
  {
    match: /^gone@/,
    code: 550,
    message: '5.1.1 <gone@example.net>: Recipient address rejected: User unknown',
  },
];

function smtpError(rule: Rule): Error & { responseCode: number } {
  return Object.assign(new Error(rule.message), { responseCode: rule.code });
}

export async function startSmtpSink(options: SinkOptions = {}): Promise<SmtpSink> {
  const messages: Buffer[] = [];
  const attempts: SmtpSink['attempts'] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const rule =
        options.onRcpt?.(address.address) ??
        RCPT_RULES.find((candidate) => candidate.match.test(address.address));
      attempts.push({ address: address.address, at: Date.now(), code: rule?.code ?? 250 });
      callback(rule ? smtpError(rule) : undefined);
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push(Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const sink = await startSmtpSink();
  await sink.close();
  return sink.port;
}
