import { Command } from 'commander';
import { runCycle } from '../../../jobs/run-cycle';
import { startWorkers } from '../../../jobs/workers';
import { loadConfigOrExit, openRuntime } from '../runtime';

export function runOnceCommand(): Command {
  return new Command('run-once')
    .description(
      'Run one whole cycle now through the queues (poll due sources, build, fan out, send) and exit',
    )
    .option('--timeout <seconds>', 'give up after this long', '600')
    .option('--force', 'poll every enabled source now, even those waiting out a backoff or Retry-After')
    .action(async (options: { timeout: string; force?: boolean }) => {
      const config = loadConfigOrExit();
      const runtime = await openRuntime(config, { allowPrivateRedis: true });
      const { context } = runtime;
      const workers = await startWorkers(context, runtime.queues, runtime.connection);
      try {
        await context.store.sources.syncFromConfig(config.sources, context.now());
        const report = await runCycle(
          context,
          runtime.queues,
          runtime.connection,
          Number(options.timeout) * 1000,
          options.force === true,
        );
        process.stdout.write(
          `polled ${report.polled} sources; edition ${report.editionId} (${report.slot}); ` +
            `sent ${report.sends.sent}, failed ${report.sends.failed}, skipped ${report.sends.skipped}\n`,
        );
      } finally {
        await workers.close();
        await runtime.close();
      }
    });
}
