import { Command, Option } from 'commander';
import { createAdminService } from '../../../jobs/admin-service';
import { createMetrics } from '../../../jobs/metrics';
import { queueSignups } from '../../../jobs/processors';
import { queueDashboard } from '../../../jobs/queue-dashboard';
import { startScheduler } from '../../../jobs/scheduler';
import { startWorkers } from '../../../jobs/workers';
import { runShutdown, type ShutdownStep } from '../../app/graceful-shutdown';
import { startMetricsServer } from '../../app/metrics-server';
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
      const stops: ShutdownStep[] = [];
      const runs = (role: Role) => options.role === 'all' || options.role === role;
      const metrics = config.metricsToken ? createMetrics() : undefined;
      // Gauges of shared state (stories, queue depths) only where the web role serves them.
      if (metrics && runs('web')) metrics.watchSharedState(context.store, queues);

      if (runs('scheduler')) {
        await context.store.sources.syncFromConfig(config.sources, context.now());
        const scheduler = startScheduler(context, queues);
        stops.push({ name: 'scheduler', run: scheduler.stop });
      }
      if (runs('web')) {
        const web = await startWeb(
          context,
          {
            admin: createAdminService(context, queues),
            queueSignup: (signupId) => queueSignups(queues, [signupId]),
            metrics: metrics ?? null,
            queueDashboard: queueDashboard(queues),
          },
          runtime.connection,
        );
        stops.push({ name: 'web', run: web.close });
      }
      if (runs('worker')) {
        const workers = await startWorkers(context, queues, runtime.connection, metrics?.jobs);
        stops.push({ name: 'workers', run: workers.close });
        if (metrics && config.metricsToken && !runs('web')) {
          const server = await startMetricsServer({
            port: config.metricsPort,
            token: config.metricsToken,
            metrics,
            logger: context.logger,
          });
          stops.unshift({ name: 'metrics', run: server.close });
        }
      }
      stops.push({ name: 'connections', run: runtime.close });
      context.logger.info({ role: options.role }, 'started');

      let stopping = false;
      const shutdown = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        context.logger.info(
          { signal, timeout_ms: config.shutdownTimeoutMs },
          'shutting down: no new work, finishing jobs in flight',
        );
        // Stop taking work first (scheduler, web), then let workers finish, then close connections.
        const outcome = await runShutdown(stops, {
          timeoutMs: config.shutdownTimeoutMs,
          logger: context.logger,
        });
        context.logger.flush();
        process.exit(outcome.finished ? 0 : 1);
      };
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      process.once('SIGINT', () => void shutdown('SIGINT'));
    });
}
