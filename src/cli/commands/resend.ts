import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { Command } from 'commander';
import { createAdminService } from '../../../jobs/admin-service';
import { loadConfigOrExit, openRuntime } from '../runtime';

export function resendCommand(): Command {
  return new Command('resend')
    .description(
      'Resend an edition to one reader, or to everyone it failed for; sends are queued for the workers',
    )
    .option('--to <reader>', 'subscriber id or email address')
    .option('--failed', 'resend to every reader the edition failed for (needs --edition)')
    .option('--edition <id>', 'edition id (default for --to: the latest)')
    .option('--request-id <id>', 'idempotency key; repeating a request with the same id sends nothing new')
    .option('--operator <name>', 'recorded in the audit log', userInfo().username)
    .action(
      async (options: {
        to?: string;
        failed?: boolean;
        edition?: string;
        requestId?: string;
        operator: string;
      }) => {
        if (Boolean(options.to) === Boolean(options.failed))
          throw new Error('give exactly one of --to <reader> or --failed');
        if (options.failed && !options.edition) throw new Error('--failed needs --edition <id>');
        const config = loadConfigOrExit();
        const runtime = await openRuntime(config, { allowPrivateRedis: false });
        try {
          const admin = createAdminService(runtime.context, runtime.queues);
          const requestId = options.requestId ?? randomUUID();
          const operator = `operator:${options.operator}`;
          if (options.to) {
            const result = await admin.resendToSubscriber({
              subscriber: options.to,
              requestId,
              operator,
              ...(options.edition ? { editionId: options.edition } : {}),
            });
            process.stdout.write(
              `${result.created ? 'queued' : 'already queued'} delivery ${result.deliveryId} (request ${requestId})\n`,
            );
          } else {
            const result = await admin.resendFailed({
              editionId: options.edition as string,
              requestId,
              operator,
            });
            process.stdout.write(`queued ${result.queued} resends (request ${requestId})\n`);
          }
        } finally {
          await runtime.close();
        }
      },
    );
}
