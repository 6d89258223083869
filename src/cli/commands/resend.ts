import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { Command } from 'commander';
import { createAdminService } from '../../../jobs/admin-service';
import { closeContext } from '../../app/context';
import { planResendFailed } from '../../app/resend';
import { loadConfigOrExit, openContextOnly, openRuntime } from '../runtime';

interface ResendOptions {
  to?: string;
  failed?: boolean;
  edition?: string;
  requestId?: string;
  operator: string;
  yes?: boolean;
}

export function resendCommand(): Command {
  return new Command('resend')
    .description(
      'Resend an edition to one reader, or to everyone it failed for; sends are queued for the workers',
    )
    .option('--to <reader>', 'subscriber id or email address')
    .option(
      '--failed',
      'resend to every reader the edition failed for (needs --edition); shows the plan until --yes',
    )
    .option('--edition <id>', 'edition id (default for --to: the latest)')
    .option(
      '--request-id <id>',
      'idempotency key; repeating a request with the same id sends nothing new (default for --to: reader and edition, for an hour)',
    )
    .option('--operator <name>', 'recorded in the audit log', userInfo().username)
    .option('--yes', 'with --failed: queue the resends (without it, only print what would be done)')
    .action(async (options: ResendOptions) => {
      if (Boolean(options.to) === Boolean(options.failed))
        throw new Error('give exactly one of --to <reader> or --failed');
      if (options.failed && !options.edition) throw new Error('--failed needs --edition <id>');
      const config = loadConfigOrExit();
      if (options.failed && !options.yes) return printPlan(config, options.edition as string);
      const runtime = await openRuntime(config, { allowPrivateRedis: false });
      try {
        const admin = createAdminService(runtime.context, runtime.queues);
        const operator = `operator:${options.operator}`;
        if (options.to) {
          const result = await admin.resendToSubscriber({
            subscriber: options.to,
            operator,
            ...(options.requestId ? { requestId: options.requestId } : {}),
            ...(options.edition ? { editionId: options.edition } : {}),
          });
          process.stdout.write(
            `${result.created ? 'queued' : 'already queued, nothing new sent:'} delivery ${result.deliveryId} (request ${result.requestId})\n`,
          );
        } else {
          const requestId = options.requestId ?? randomUUID();
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
    });
}

/** The dry run of `--failed`: deliveries by status and who would get a resend. */
async function printPlan(config: ReturnType<typeof loadConfigOrExit>, editionId: string): Promise<void> {
  const context = await openContextOnly(config);
  try {
    const plan = await planResendFailed(context, editionId);
    const counts = Object.entries(plan.counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, count]) => `  ${status}: ${count}`);
    process.stdout.write(
      [
        `edition ${plan.editionId}: deliveries by status`,
        ...(counts.length > 0 ? counts : ['  (none)']),
        `would resend to ${plan.readers.length} reader(s) whose delivery failed` +
          (plan.optedOut > 0 ? ` (${plan.optedOut} more failed but have since opted out)` : ''),
        'nothing queued: run again with --yes to queue them',
        '',
      ].join('\n'),
    );
  } finally {
    await closeContext(context);
  }
}
