import { SMTPServer } from 'smtp-server';

export interface SmtpCounter {
  url: string;
  /** Messages accepted per recipient address (lower-cased). */
  received: Map<string, number>;
  total(): number;
  close(): Promise<void>;
}

/**
 * A loopback SMTP relay that accepts every message, reads and discards its body, and counts the
 * messages each recipient got: the benchmark's independent record of what was delivered.
 */
export async function startSmtpCounter(): Promise<SmtpCounter> {
  const received = new Map<string, number>();
  let total = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    maxClients: 200,
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        for (const rcpt of session.envelope.rcptTo) {
          const address = rcpt.address.toLowerCase();
          received.set(address, (received.get(address) ?? 0) + 1);
          total++;
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    total: () => total,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
