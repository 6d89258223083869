import { Command, Option } from 'commander';
import { createAdminService } from '../../../jobs/admin-service';
import { queueSignups } from '../../../jobs/processors';
import { startScheduler } from '../../../jobs/scheduler';
import { startWorkers } from '../../../jobs/workers';
import { startWeb } from '../../app/web';
import { loadConfigOrExit, openRuntime } from '../runtime';

type Role = 'all' | 'scheduler' | 'worker' | 'web';

export function startCommand(): Command {
  return new Command('start')
    .description(
      'Run the service: scheduler, workers and web in one process, or one role (they scale separately)',
    )
    .addOption(
      new Option('--role <role>', 'which role to run')
        .choices(['all', 'scheduler', 'worker', 'web'])
        .default('all'),
    )
    .action(async (options: { role: Role }) => {
      const config = loadConfigOrExit();
      const runtime = await openRuntime(config, { allowPrivateRedis: false });
      const { context, queues } = runtime;
      const stops: (() => Promise<void>)[] = [];
      const runs = (role: Role) => options.role === 'all' || options.role === role;

      if (runs('scheduler')) {
        await context.store.sources.syncFromConfig(config.sources, context.now());
        const scheduler = startScheduler(context, queues);
        stops.push(scheduler.stop);
      }
      if (runs('worker')) {
        const workers = await startWorkers(context, queues, runtime.connection);
        stops.push(workers.close);
      }
      if (runs('web')) {
        const web = await startWeb(
          context,
          {
            admin: createAdminService(context, queues),
            queueSignup: (signupId) => queueSignups(queues, [signupId]),
          },
          runtime.connection,
        );
        stops.push(web.close);
      }
      context.logger.info({ role: options.role }, 'started');

      let stopping = false;
      const shutdown = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        context.logger.info({ signal }, 'shutting down: finishing jobs in flight');
        // Stop taking work first (scheduler, web), then let workers finish, then close connections.
        for (const stop of stops) await stop();
        await runtime.close();
        process.exit(0);
      };
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      process.once('SIGINT', () => void shutdown('SIGINT'));
    });
}
